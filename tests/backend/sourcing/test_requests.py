"""Cross-region sourcing requests: Normandie asks, Hauts-de-France answers from its directory, Normandie
accepts into the chain; the other regions, partners and strangers see nothing of it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from filiere.demo.planning import DEMO_AS_OF
from filiere.notifications.models import InboxItem
from filiere.sourcing.importer import import_sirene
from filiere.sourcing.models import SourcingAnswer, SourcingRequest
from tests.backend.sourcing.request_helpers import (
    ADVISER,
    ANSWER,
    ARRAS,
    BFC_ADVISER,
    ERRORS,
    HDF_ADVISER,
    NATIONAL,
    PARTNER,
    POST,
    call,
    posted,
)
from tests.backend.sourcing.sirene_files import write_files
from tests.backend.sourcing.supply_chain_helpers import LILLE, ROUEN
from tests.backend.world import World

ACCEPT = f"""mutation($input: AcceptProposedSupplierInput!) {{ acceptProposedSupplier(input: $input) {{
  __typename ... on SupplierCandidateSuccess {{ candidate {{ name siret regionCode status notes }} }} {ERRORS} }} }}"""
LIST = """query($addressedToMe: Boolean!, $includeExpired: Boolean!) {
  sourcingRequests(addressedToMe: $addressedToMe, includeExpired: $includeExpired, first: 20) {
    totalCount edges { node { id projectName stageName viewerCanAnswer answerCount
      answers(first: 10) { totalCount edges { node { answererName suppliers { siret accepted } } } } } } } }"""
INBOX = "{ inbox(first: 10) { edges { node { kind actorName projectName excerpt sourcingRequestId } } } }"


async def listed(world: World, as_user: str, *, addressed_to_me: bool = True, expired: bool = False) -> list[Any]:
    body = await world.graphql(LIST, {"addressedToMe": addressed_to_me, "includeExpired": expired}, as_user=as_user)
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["sourcingRequests"]["edges"]]


async def inbox(world: World, as_user: str) -> list[dict[str, Any]]:
    body = await world.graphql(INBOX, as_user=as_user)
    return [edge["node"] for edge in body["data"]["inbox"]["edges"]]


async def counts(world: World) -> tuple[int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        requests = await session.scalar(select(func.count()).select_from(SourcingRequest)) or 0
        answers = await session.scalar(select(func.count()).select_from(SourcingAnswer)) or 0
    async with world.registry.national.sessions() as national:
        notices = await national.scalar(select(func.count()).select_from(InboxItem)) or 0
    return requests, answers, notices


async def test_a_request_reaches_the_targeted_region_only(world: World, tmp_path: Path) -> None:
    request, stage = await posted(world, tmp_path)
    assert (request["stageName"], request["nafHints"], request["isExpired"]) == (stage["name"], ["13.20Z", "C"], False)
    assert [region["slug"] for region in request["targetRegions"]] == ["hauts-de-france"]
    hdf = await listed(world, HDF_ADVISER)
    assert [(node["id"], node["viewerCanAnswer"]) for node in hdf] == [(request["id"], True)]
    notice = (await inbox(world, HDF_ADVISER))[0]
    assert (notice["kind"], notice["actorName"], notice["sourcingRequestId"]) == (
        "SOURCING_REQUEST",
        "Camille Lemoine",
        request["id"],
    )
    assert "tisseur de lin" in notice["excerpt"]
    assert await listed(world, BFC_ADVISER) == []
    assert not any(n["kind"] == "SOURCING_REQUEST" for n in await inbox(world, BFC_ADVISER))
    assert [node["id"] for node in await listed(world, NATIONAL)] == [request["id"]]
    assert [node["id"] for node in await listed(world, ADVISER, addressed_to_me=False)] == [request["id"]]
    assert await listed(world, ADVISER) == [], "not addressed to its own region"
    partner = await world.graphql(LIST, {"addressedToMe": True, "includeExpired": False}, as_user=PARTNER)
    assert "errors" not in partner and partner["data"]["sourcingRequests"]["totalCount"] == 0
    anonymous = await world.graphql(LIST, {"addressedToMe": True, "includeExpired": False})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_no_confidential_project_field_travels_with_a_request(world: World) -> None:
    body = await world.graphql('{ __type(name: "SourcingRequest") { fields { name } } }', as_user=ADVISER)
    fields = {field["name"] for field in body["data"]["__type"]["fields"]}
    assert fields == {
        "id",
        "region",
        "projectId",
        "projectName",
        "stageId",
        "stageName",
        "need",
        "nafHints",
        "deadline",
        "isExpired",
        "targetRegions",
        "requesterName",
        "createdAt",
        "answerCount",
        "viewerCanAnswer",
        "answers",
    }, "a new field must be summary data (project card) or written for the request"


async def test_an_answer_from_the_directory_is_accepted_into_the_chain_in_one_click(
    world: World, tmp_path: Path
) -> None:
    request, _ = await posted(world, tmp_path)
    answer = await call(
        world,
        ANSWER,
        {"requestId": request["id"], "sirets": [ARRAS.siret], "note": "Travaille déjà le lin normand."},
        HDF_ADVISER,
    )
    assert answer["__typename"] == "SourcingAnswerSuccess", answer
    proposed = answer["answer"]["suppliers"][0]
    assert (proposed["name"], proposed["accepted"]) == ("Tissage Arrageois", False)
    notice = (await inbox(world, ADVISER))[0]
    assert (notice["kind"], notice["actorName"]) == ("SOURCING_ANSWER", "Léa Dupuis (Hauts-de-France)")
    mine = await listed(world, ADVISER, addressed_to_me=False)
    assert mine[0]["answerCount"] == 1 and mine[0]["answers"]["totalCount"] == 1
    accepted = await call(world, ACCEPT, {"proposedSupplierId": proposed["id"]}, ADVISER)
    assert accepted["__typename"] == "SupplierCandidateSuccess", accepted
    candidate = accepted["candidate"]
    assert (candidate["siret"], candidate["regionCode"], candidate["status"]) == (ARRAS.siret, "32", "IDENTIFIED")
    assert candidate["notes"] == "Proposé par Léa Dupuis (Hauts-de-France) : Travaille déjà le lin normand."
    again = await call(world, ACCEPT, {"proposedSupplierId": proposed["id"]}, ADVISER)
    assert (again["__typename"], again["code"]) == ("SourcingInvalid", "ALREADY_IN_CHAIN")
    seen = (await listed(world, ADVISER, addressed_to_me=False))[0]["answers"]["edges"][0]["node"]
    assert seen["suppliers"] == [{"siret": ARRAS.siret, "accepted": True}]


async def test_only_the_targeted_regions_answer_and_only_from_their_own_directory(world: World, tmp_path: Path) -> None:
    request, _ = await posted(world, tmp_path)
    before = await counts(world)
    rouen_siret = ROUEN.siret  # in Normandie's directory, not in Hauts-de-France's
    foreign = await call(world, ANSWER, {"requestId": request["id"], "sirets": [rouen_siret]}, HDF_ADVISER)
    assert (foreign["__typename"], foreign["field"], foreign["code"]) == (
        "SourcingInvalid",
        "sirets.0",
        "UNKNOWN_SUPPLIER",
    )
    empty = await call(world, ANSWER, {"requestId": request["id"], "sirets": []}, HDF_ADVISER)
    assert (empty["field"], empty["code"]) == ("sirets", "REQUIRED")
    for user in (BFC_ADVISER, ADVISER, NATIONAL):
        refused = await call(world, ANSWER, {"requestId": request["id"], "sirets": [ARRAS.siret]}, user)
        assert refused["__typename"] == "SourcingNotAllowed", (user, refused)
    assert await counts(world) == before, "nothing half-written"
    await call(world, ANSWER, {"requestId": request["id"], "sirets": [ARRAS.siret]}, HDF_ADVISER)
    bfc = await world.graphql(
        "query($id: ID!) { sourcingRequest(id: $id) { id } }", {"id": request["id"]}, as_user=BFC_ADVISER
    )
    assert bfc["data"]["sourcingRequest"] is None


async def test_the_answer_picker_searches_the_answering_regions_directory_and_answers_with_it(
    world: World, tmp_path: Path
) -> None:
    """What the SPA's picker does: the search filtered by the answerer's région's départements, from the
    request's suggested activities, finds its own establishments only; they are what the answer takes."""
    request, _ = await posted(world, tmp_path)
    (tmp_path / "all").mkdir()  # a stock replaces the last one: every establishment of the test, active
    establishments, legal_units = write_files(tmp_path / "all", [ROUEN, LILLE, ARRAS])
    await import_sirene(world.registry, establishments=establishments, legal_units=legal_units)
    region = await world.graphql("{ viewer { region { slug departements } } }", as_user=HDF_ADVISER)
    own = region["data"]["viewer"]["region"]
    assert own["slug"] == "hauts-de-france" and {"59", "62"} <= set(own["departements"])
    search = """query($filter: SupplierFilter) { suppliers(filter: $filter, first: 20) {
      edges { node { siret departement } } } }"""
    body = await world.graphql(
        search, {"filter": {"naf": request["nafHints"], "departements": own["departements"]}}, as_user=HDF_ADVISER
    )
    assert "errors" not in body, body
    found = [edge["node"] for edge in body["data"]["suppliers"]["edges"]]
    assert {node["siret"] for node in found} == {ARRAS.siret, LILLE.siret}, "Normandie's Rouen is not proposed"
    answer = await call(
        world, ANSWER, {"requestId": request["id"], "sirets": [node["siret"] for node in found]}, HDF_ADVISER
    )
    assert answer["__typename"] == "SourcingAnswerSuccess", answer
    assert {supplier["name"] for supplier in answer["answer"]["suppliers"]} == {"Tissage Arrageois", "Peignage Lillois"}
    # The same search across France finds Rouen; the answer still refuses it, beside its position.
    everywhere = await world.graphql(search, {"filter": {"naf": request["nafHints"]}}, as_user=HDF_ADVISER)
    assert ROUEN.siret in {edge["node"]["siret"] for edge in everywhere["data"]["suppliers"]["edges"]}
    foreign = await call(world, ANSWER, {"requestId": request["id"], "sirets": [LILLE.siret, ROUEN.siret]}, HDF_ADVISER)
    assert (foreign["field"], foreign["code"]) == ("sirets.1", "UNKNOWN_SUPPLIER")


async def test_an_expired_request_takes_no_answer_and_leaves_the_inbox(world: World, tmp_path: Path) -> None:
    request, _ = await posted(world, tmp_path)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(update(SourcingRequest).values(deadline=DEMO_AS_OF - timedelta(days=1)))
    late = await call(world, ANSWER, {"requestId": request["id"], "sirets": [ARRAS.siret]}, HDF_ADVISER)
    assert (late["__typename"], late["code"]) == ("SourcingInvalid", "REQUEST_EXPIRED")
    assert "a expiré le dimanche 22 novembre 2026" in late["message"]
    assert await listed(world, HDF_ADVISER) == []
    expired = await listed(world, HDF_ADVISER, expired=True)
    assert [(node["id"], node["viewerCanAnswer"]) for node in expired] == [(request["id"], False)]


async def test_bad_requests_are_refused_in_french_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    await posted(world, tmp_path)
    before = await counts(world)
    chain_stage = (await listed(world, ADVISER, addressed_to_me=False))[0]
    base = {"stageId": None, "need": "Un tisseur", "deadline": (DEMO_AS_OF + timedelta(days=10)).isoformat()}
    body = await world.graphql(
        "query($id: ID!) { sourcingRequest(id: $id) { stageId } }", {"id": chain_stage["id"]}, as_user=ADVISER
    )
    base["stageId"] = body["data"]["sourcingRequest"]["stageId"]
    cases = [
        ({"need": "  "}, "need", "REQUIRED"),
        ({"deadline": (DEMO_AS_OF - timedelta(days=1)).isoformat()}, "deadline", "OUT_OF_RANGE"),
        ({"deadline": (DEMO_AS_OF + timedelta(days=181)).isoformat()}, "deadline", "OUT_OF_RANGE"),
        ({"targetRegions": ["bretagne"]}, "targetRegions.0", "UNKNOWN_REGION"),
        ({"targetRegions": ["normandie"]}, "targetRegions.0", "UNKNOWN_REGION"),
        ({"nafHints": ["ZZ"]}, "nafHints.0", "UNKNOWN_NAF_CODE"),
    ]
    for change, field, code in cases:
        refused = await call(world, POST, base | change, ADVISER)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("SourcingInvalid", field, code), change
    for user in (HDF_ADVISER, NATIONAL, PARTNER):
        refused = await call(world, POST, base, user)
        assert refused["__typename"] == "SourcingNotAllowed", (user, refused)
    assert await counts(world) == before
