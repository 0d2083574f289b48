"""Who reads and who edits a programme: the host's and the co-organisers' teams edit it, other staff and partners
read it, jurors, coaches, students and anonymous callers get nothing through `events` or `eventBySlug`; the
programmes of a page of events cost the same statements as one."""

from __future__ import annotations

import pytest

from tests.backend.events.programme_support import (
    ADMIN,
    ADVISER,
    COACH,
    EVENT_2022_HDF,
    EVENT_2023,
    HDF_ADVISER,
    IDF_ADVISER,
    JUROR,
    NATIONAL,
    PARTNER,
    STUDENT,
    create_session,
    event_by_slug,
)
from tests.backend.world import World, count_statements

EVENTS = (
    "query($first: Int!) { events(first: $first) { edges { node { slug sessions { title speakers { name } } } } } }"
)


@pytest.mark.parametrize(
    ("reader", "manages"),
    [
        pytest.param(ADVISER, True, id="host-adviser"),
        pytest.param(ADMIN, True, id="host-admin"),
        pytest.param(IDF_ADVISER, True, id="co-organiser-adviser"),
        pytest.param(HDF_ADVISER, False, id="other-region-adviser"),
        pytest.param(NATIONAL, False, id="cci-france"),
        pytest.param(PARTNER, False, id="partner"),
    ],
)
async def test_staff_and_partners_read_the_programme_organisers_alone_edit_it(
    world: World, reader: str, manages: bool
) -> None:
    event = await event_by_slug(world, EVENT_2023, as_user=reader)
    assert event is not None and event["viewerCanManage"] is manages
    assert any(speaker["name"] == "Olivier Dufour" for s in event["sessions"] for speaker in s["speakers"])
    payload = await create_session(world, event["id"], as_user=reader)
    assert payload["__typename"] == ("EventSessionSuccess" if manages else "EventNotAllowed"), payload


@pytest.mark.parametrize("reader", [JUROR, COACH, STUDENT])
async def test_jurors_coaches_and_students_get_nothing(world: World, reader: str) -> None:
    assert await event_by_slug(world, EVENT_2023, as_user=reader) is None
    body = await world.graphql(EVENTS, {"first": 5}, as_user=reader)
    assert body["data"]["events"]["edges"] == []


async def test_anonymous_callers_are_asked_to_sign_in(world: World) -> None:
    for query, variables in [("query($s: String!) { eventBySlug(slug: $s) { id } }", {"s": EVENT_2023}),
                             (EVENTS, {"first": 5})]:  # fmt: skip
        body = await world.graphql(query, variables, as_user=None)
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_another_region_s_event_is_not_managed_by_the_host_of_another(world: World) -> None:
    event = await event_by_slug(world, EVENT_2022_HDF, as_user=ADVISER)
    assert event is not None and event["viewerCanManage"] is False
    assert (await create_session(world, event["id"], as_user=ADVISER, day="2022-11-17"))["code"] == "NOT_ALLOWED"
    own = await event_by_slug(world, EVENT_2022_HDF, as_user=HDF_ADVISER)
    assert own is not None and own["viewerCanManage"] is True


async def test_unknown_slug_is_null(world: World) -> None:
    assert await event_by_slug(world, "1999-rien") is None


REGION_EVENTS = """query($first: Int!) { events(region: "normandie", first: $first) { edges { node {
  slug sessions { title speakers { name } } } } } }"""


async def statements(world: World, first: int) -> int:
    """A page of Normandie's events (a fan-out reads each region once: the count grows with regions, not rows)."""
    with count_statements(world.registry) as counter:
        body = await world.graphql(REGION_EVENTS, {"first": first}, as_user=ADVISER)
    assert "errors" not in body, body
    nodes = [edge["node"] for edge in body["data"]["events"]["edges"]]
    assert len(nodes) == first and nodes[0]["sessions"]  # Rouen 2022, never dated, has no programme
    return counter.count


async def test_programmes_of_a_page_of_events_cost_the_same_statements_as_one(world: World) -> None:
    await world.graphql(REGION_EVENTS, {"first": 1}, as_user=ADVISER)  # signing keys and account read once
    assert await statements(world, 1) == await statements(world, 3)
