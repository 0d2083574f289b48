"""Who sees and does what of the jury: another region (co-organisers excepted) cannot manage, a partner reads
only published results, a juror of another event nothing, a coach, a student and an anonymous caller nothing."""

from __future__ import annotations

import pytest

from filiere.ids import encode_id
from filiere.settings import NATIONAL_SLUG
from tests.backend.events.jury_support import (
    ANNE,
    COACH,
    HDF_ADVISER,
    IDF_ADVISER,
    MIJUIN,
    NATIONAL,
    NORMANDIE_ADVISER,
    OUTSIDER,
    PARTNER,
    STUDENT,
    card,
    event_version,
    jury_event,
    score,
)
from tests.backend.world import World

ORGANISER_VIEW = """query($id: ID!) { node(id: $id) { ... on Event {
  pitches { id project { name } } scoringGrid { criteria { name weight } }
  jurors { user { displayName } } juryProgress { complete } juryResults { rankingsDiffer }
  results { rank } prizes { name } myScorecards { abstained } viewerCanManage
} } }"""
JURY_EVENTS = """{ myJuryEvents { name pitches { order project { name summary company { name } } }
  scoringGrid { criteria { name weight } } myScorecards { pitch { id } abstained scores { value } } } }"""
LOCK = """mutation($input: JuryResultsInput!) { lockJuryResults(input: $input) { __typename
  ... on EventError { code } } }"""


async def test_organisers_see_the_jury_and_other_staff_only_the_running_order(world: World) -> None:
    event = await jury_event(world)
    organiser = (await world.graphql(ORGANISER_VIEW, {"id": event.id}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert organiser["viewerCanManage"] is True
    assert len(organiser["pitches"]) == 3
    assert [c["weight"] for c in organiser["scoringGrid"]["criteria"]] == [3, 2, 2, 2, 1]
    assert len(organiser["jurors"]) == 3
    assert organiser["juryProgress"] == {"complete": False}
    for reader in (HDF_ADVISER, IDF_ADVISER, NATIONAL, PARTNER):
        node = (await world.graphql(ORGANISER_VIEW, {"id": event.id}, as_user=reader))["data"]["node"]
        assert node["viewerCanManage"] is False, reader
        assert len(node["pitches"]) == 3, reader  # an event's running order is public
        assert (node["jurors"], node["juryProgress"], node["juryResults"]) == ([], None, None), reader
        assert (node["results"], node["prizes"], node["myScorecards"]) == ([], [], []), reader


@pytest.mark.parametrize("someone", [HDF_ADVISER, IDF_ADVISER, NATIONAL, PARTNER, ANNE, COACH, STUDENT])
async def test_only_the_organising_regions_lock_the_results(world: World, someone: str) -> None:
    event = await jury_event(world)
    version = await event_version(world, event.id)
    body = await world.graphql(LOCK, {"input": {"eventId": event.id, "expectedVersion": version}}, as_user=someone)
    assert body["data"]["lockJuryResults"]["code"] in {"NOT_ALLOWED", "NOT_FOUND"}, (someone, body)
    assert await event_version(world, event.id) == version


async def test_a_juror_sees_their_events_cards_and_grid_and_nothing_else(world: World) -> None:
    event = await jury_event(world)
    await score(world, ANNE, card(event, MIJUIN, 8))
    mine = (await world.graphql(JURY_EVENTS, as_user=ANNE))["data"]["myJuryEvents"]
    assert [e["name"] for e in mine] == ["Jury de test", "Pour une France industrielle"]
    test_event = mine[0]
    assert test_event["pitches"][0]["project"]["name"] == MIJUIN
    assert test_event["pitches"][0]["project"]["company"] == {"name": "MIJUIN"}
    assert len(test_event["scoringGrid"]["criteria"]) == 5
    assert [(c["abstained"], len(c["scores"])) for c in test_event["myScorecards"]] == [(False, 5)]
    # The other jurors' cards are theirs: the 2023 event shows Anne's own seven.
    assert len(mine[1]["myScorecards"]) == 7
    # The juror of the 2023 event only does not see the test event, by its list or by its id.
    outsider = (await world.graphql(JURY_EVENTS, as_user=OUTSIDER))["data"]["myJuryEvents"]
    assert [e["name"] for e in outsider] == ["Pour une France industrielle"]
    node = await world.graphql(ORGANISER_VIEW, {"id": event.id}, as_user=OUTSIDER)
    assert node["data"]["node"] is None
    # Nothing else of Filière.
    projects = await world.graphql("{ projects(first: 5) { edges { node { name } } } }", as_user=ANNE)
    assert projects["data"]["projects"]["edges"] == []
    events = await world.graphql("{ events(first: 5) { edges { node { name } } } }", as_user=ANNE)
    assert events["data"]["events"]["edges"] == []
    mijuin = encode_id("Project", "normandie", 1)
    assert (await world.graphql("query($id: ID!) { node(id: $id) { id } }", {"id": mijuin}, as_user=ANNE))["data"][
        "node"
    ] is None


@pytest.mark.parametrize("someone", [NORMANDIE_ADVISER, PARTNER, COACH, STUDENT, NATIONAL])
async def test_my_jury_events_is_empty_for_anyone_but_a_juror(world: World, someone: str) -> None:
    await jury_event(world)
    body = await world.graphql(JURY_EVENTS, as_user=someone)
    assert body["data"]["myJuryEvents"] == [], someone


async def test_an_anonymous_caller_is_asked_to_sign_in(world: World) -> None:
    event = await jury_event(world)
    body = await world.graphql(JURY_EVENTS)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    body = await world.graphql(
        """mutation($input: ScorePitchInput!) { scorePitch(input: $input) { __typename } }""",
        {"input": card(event, MIJUIN, 8)},
    )
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    user = encode_id("User", NATIONAL_SLUG, 1)
    body = await world.graphql(
        """mutation($input: JurorInput!) { inviteJuror(input: $input) { __typename } }""",
        {"input": {"eventId": event.id, "userId": user}},
    )
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
