"""« Demandes qui attendent ma réponse » (the staff's home page): the open requests sent to a region that
it has not answered yet; for CCI France, those no region answered."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import update

from filiere.demo.planning import DEMO_AS_OF
from filiere.ids import decode_id
from filiere.sourcing.models import SourcingAnswer, SourcingRequest
from tests.backend.sourcing.request_helpers import ADVISER, BFC_ADVISER, HDF_ADVISER, NATIONAL, PARTNER, posted
from tests.backend.world import World, count_statements

AWAITING = """query($addressedToMe: Boolean!) {
  sourcingRequests(addressedToMe: $addressedToMe, awaitingMyAnswer: true, first: 20) {
    totalCount edges { node { id projectName viewerCanAnswer } } } }"""


async def awaiting(world: World, as_user: str | None, *, addressed_to_me: bool = True) -> dict[str, Any]:
    return await world.graphql(AWAITING, {"addressedToMe": addressed_to_me}, as_user=as_user)


def ids(body: dict[str, Any]) -> list[str]:
    assert "errors" not in body, body
    return [edge["node"]["id"] for edge in body["data"]["sourcingRequests"]["edges"]]


async def answered_by(world: World, request_id: str, region: str) -> None:
    """An answer of `region`, as the answer mutation stores it (the mutation has its own tests)."""
    async with world.registry.region("normandie").sessions() as session, session.begin():
        session.add(
            SourcingAnswer(
                sourcing_request_id=decode_id(request_id, expected_type="SourcingRequest").int_key,
                answerer_user_id=1,
                answerer_name="Léa Dupuis",
                answerer_region=region,
                note="",
            )
        )


async def test_a_request_waits_for_each_targeted_region_until_it_answers(world: World, tmp_path: Path) -> None:
    request, _ = await posted(world, tmp_path, targetRegions=["hauts-de-france", "bourgogne-franche-comte"])
    for user in (HDF_ADVISER, BFC_ADVISER, NATIONAL):
        assert ids(await awaiting(world, user)) == [request["id"]], user

    await answered_by(world, request["id"], "hauts-de-france")
    assert ids(await awaiting(world, HDF_ADVISER)) == [], "answered by its region"
    assert ids(await awaiting(world, BFC_ADVISER)) == [request["id"]], "still waits for Bourgogne-Franche-Comté"
    assert ids(await awaiting(world, NATIONAL)) == [], "CCI France: a region answered"
    # Without the filter, the answered request stays in the region's list.
    everything = await world.graphql("{ sourcingRequests(first: 20) { edges { node { id } } } }", as_user=HDF_ADVISER)
    assert [edge["node"]["id"] for edge in everything["data"]["sourcingRequests"]["edges"]] == [request["id"]]


async def test_an_expired_request_waits_for_nobody(world: World, tmp_path: Path) -> None:
    await posted(world, tmp_path)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(update(SourcingRequest).values(deadline=DEMO_AS_OF - timedelta(days=1)))
    assert ids(await awaiting(world, HDF_ADVISER)) == []
    included = await world.graphql(
        "{ sourcingRequests(includeExpired: true, awaitingMyAnswer: true, first: 20) { totalCount } }",
        as_user=HDF_ADVISER,
    )
    assert included["data"]["sourcingRequests"]["totalCount"] == 0, "awaiting an answer means open"


async def test_other_regions_partners_and_strangers_are_awaited_by_nothing(world: World, tmp_path: Path) -> None:
    await posted(world, tmp_path)
    assert ids(await awaiting(world, BFC_ADVISER)) == [], "not addressed to Bourgogne-Franche-Comté"
    assert ids(await awaiting(world, ADVISER)) == [], "not addressed to its own region"
    assert ids(await awaiting(world, PARTNER)) == []
    anonymous = await awaiting(world, None)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_filter_costs_no_statement(world: World, tmp_path: Path) -> None:
    await posted(world, tmp_path, targetRegions=[])
    with count_statements(world.registry) as plain:
        await world.graphql("{ sourcingRequests(first: 20) { totalCount } }", as_user=NATIONAL)
    with count_statements(world.registry) as filtered:
        await world.graphql("{ sourcingRequests(first: 20, awaitingMyAnswer: true) { totalCount } }", as_user=NATIONAL)
    assert filtered.count == plain.count
