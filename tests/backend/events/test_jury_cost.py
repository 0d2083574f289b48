"""The running order, the results, the juror's events and the awards on projects cost the same number of
statements for one row as for many."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from filiere.events.jury_models import Juror, Pitch, Prize
from filiere.events.models import Event
from filiere.programmes.models import Project
from tests.backend.events.jury_support import (
    ANNE,
    ARTHUS,
    DEMO_EVENT_SLUG,
    NORMANDIE_ADVISER,
    PARTNER,
    demo_event_id,
    jury_event,
)
from tests.backend.world import World, count_statements

EVENT = """query($id: ID!) { node(id: $id) { ... on Event {
  pitches { id order durationSeconds project { id name company { name } } }
  results { rank score project { id name } prizes { name organisation { name } } }
  juryResults { weighted { rank score project { name } criteria { criterion { name } mean } } unranked { reason } }
  juryProgress { jurors { user { displayName } missing } pitches { pitch { id } missing } }
  jurors { user { displayName organisation { name } } scoredCount }
} } }"""
JURY_EVENTS = """{ myJuryEvents { name pitches { order project { name summary company { name } } }
  scoringGrid { criteria { id name weight } }
  myScorecards { pitch { id } abstained scores { criterionId value } } } }"""
AWARDS = """query($first: Int!) { projects(region: "normandie", first: $first) { edges { node {
  name eventAwards { event { name } rank prizes { name organisation { name } } } } } } }"""


async def statements(
    world: World, query: str, variables: dict[str, object], as_user: str
) -> tuple[int, dict[str, Any]]:
    await world.graphql(query, variables, as_user=as_user)  # the signing key and the caches, read once
    with count_statements(world.registry) as counter:
        body = await world.graphql(query, variables, as_user=as_user)
    assert "errors" not in body, body
    return counter.count, body["data"]


async def keep_one_pitch_per_region(world: World) -> None:
    """The first pitch of each region: as many regions to read from, fewer rows."""
    async with world.registry.region("normandie").sessions() as session, session.begin():
        event_id = await session.scalar(select(Event.id).where(Event.slug == DEMO_EVENT_SLUG))
        pitches = list(await session.scalars(select(Pitch).where(Pitch.event_id == event_id).order_by(Pitch.position)))
        kept = {pitch.project_region: pitch.id for pitch in reversed(pitches)}
        await session.execute(delete(Pitch).where(Pitch.event_id == event_id, Pitch.id.not_in(kept.values())))


async def test_an_event_s_pitches_and_results_cost_the_same_for_2_and_7_pitches(world: World) -> None:
    event = await demo_event_id(world)
    many, data = await statements(world, EVENT, {"id": event}, NORMANDIE_ADVISER)
    assert len(data["node"]["pitches"]) == 7 and len(data["node"]["results"]) == 7
    partner_many, _ = await statements(world, EVENT, {"id": event}, PARTNER)
    await keep_one_pitch_per_region(world)
    one, data = await statements(world, EVENT, {"id": event}, NORMANDIE_ADVISER)
    assert len(data["node"]["pitches"]) == 2
    partner_one, _ = await statements(world, EVENT, {"id": event}, PARTNER)
    assert one == many
    assert partner_one == partner_many


async def test_my_jury_events_cost_the_same_for_1_and_2_events(world: World) -> None:
    one, data = await statements(world, JURY_EVENTS, {}, ANNE)
    assert len(data["myJuryEvents"]) == 1
    await jury_event(world)
    two, data = await statements(world, JURY_EVENTS, {}, ANNE)
    assert len(data["myJuryEvents"]) == 2
    assert one == two


async def test_awards_on_projects_cost_the_same_for_1_and_4_projects(world: World) -> None:
    # The first project by name (ARTHUS et PAOLA) wins a prize too, so that one project reads as much as four.
    partner_organisation = (await world.user(PARTNER)).organisation_id
    async with world.registry.region("normandie").sessions() as session, session.begin():
        arthus = await session.scalar(
            select(Pitch).where(Pitch.project_id.in_(select(Project.id).where(Project.name == ARTHUS)))
        )
        assert arthus is not None
        session.add(
            Prize(
                event_id=arthus.event_id,
                name="Coup de cœur (test)",
                winner_pitch_id=arthus.id,
                position=9,
                organisation_id=partner_organisation,
            )
        )
    one, data = await statements(world, AWARDS, {"first": 1}, NORMANDIE_ADVISER)
    assert [len(edge["node"]["eventAwards"]) for edge in data["projects"]["edges"]] == [1], data
    many, data = await statements(world, AWARDS, {"first": 4}, NORMANDIE_ADVISER)
    assert [len(edge["node"]["eventAwards"]) for edge in data["projects"]["edges"]] == [1] * 4, data
    assert one == many


async def test_a_juror_removed_from_the_jury_no_longer_sees_the_event(world: World) -> None:
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(delete(Juror).where(Juror.user_id == (await world.user(ANNE)).id))
    _, data = await statements(world, JURY_EVENTS, {}, ANNE)
    assert data["myJuryEvents"] == []
