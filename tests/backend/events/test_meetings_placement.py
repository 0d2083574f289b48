"""Placing accepted B2B meetings through GraphQL: the automatic placement books nobody twice and keeps the
meetings placed by hand; a manual placement is refused in French when it clashes."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from filiere.events.meeting_models import MeetingRequestStatus
from filiere.events.models import EventSession, SessionKind
from tests.backend.events.meeting_support import (
    CO_ORGANISER,
    MEETINGS_START,
    ORGANISER,
    OTHER_REGION,
    PARTNER,
    add_requests,
    make_juror,
    request_global_id,
    stage,
)
from tests.backend.events.meetings_documents import PLACE, SCHEDULE, TABLES, UNPLACE, board, mutate
from tests.backend.world import World

EVERY_PAIR = [(pitch, partner) for pitch in range(4) for partner in range(2)]


def slot(index: int) -> str:
    return (MEETINGS_START + timedelta(minutes=20 * index)).isoformat()


async def test_scheduling_books_nobody_twice_and_explains_what_is_left(world: World) -> None:
    staged = await stage(world, tables=2, slots=3)
    ids = await add_requests(world, staged, EVERY_PAIR, status=MeetingRequestStatus.ACCEPTED)
    await add_requests(world, staged, [(0, 0)], status=MeetingRequestStatus.DECLINED)  # never placed
    by_hand = await mutate(
        world, PLACE, ORGANISER, requestId=request_global_id(ids[0]), slotStartsAt=slot(2), tableNumber=2
    )
    assert by_hand["request"]["placedByHand"] is True
    outcome = await mutate(world, SCHEDULE, CO_ORGANISER, eventId=staged.event_id)
    assert outcome["__typename"] == "ScheduleMeetingsSuccess", outcome
    # Each partner can meet at most 3 projects in 3 slots: 6 of the 8 requests fit.
    assert outcome["placedCount"] == 6
    assert len(outcome["unplaced"]) == 2
    for unplaced in outcome["unplaced"]:
        assert unplaced["reason"] == "PARTICIPANTS_BOOKED"
        assert unplaced["message"].startswith("Plus de créneau commun libre")
    event = await board(world, ORGANISER)
    assert event is not None
    placed = [e["node"] for e in event["meetingRequests"]["edges"] if e["node"]["slotStartsAt"]]
    assert len(placed) == 6
    kept = next(n for n in placed if n["id"] == request_global_id(ids[0]))
    assert (kept["tableNumber"], kept["placedByHand"]) == (2, True)
    tables = Counter((n["slotStartsAt"], n["tableNumber"]) for n in placed)
    projects = Counter((n["slotStartsAt"], n["pitch"]["id"]) for n in placed)
    partners = Counter((n["slotStartsAt"], n["partnerName"]) for n in placed)
    assert max(tables.values()) == max(projects.values()) == max(partners.values()) == 1
    assert len(event["meetingSlots"]) == 3 and event["meetingTables"] == 2


async def test_manual_placements_that_clash_are_refused_in_french(world: World) -> None:
    staged = await stage(world, tables=2, slots=3)
    first, second, third = await add_requests(
        world, staged, [(0, 0), (1, 1), (2, 0)], status=MeetingRequestStatus.ACCEPTED
    )
    (pending,) = await add_requests(world, staged, [(3, 1)], status=MeetingRequestStatus.PENDING)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        session.add(  # the projects pitch during the second slot
            EventSession(
                event_id=staged.event_key,
                kind=SessionKind.PITCHES,
                title="Pitchs du matin",
                starts_at=MEETINGS_START + timedelta(minutes=20),
                ends_at=MEETINGS_START + timedelta(minutes=40),
            )
        )
    await make_juror(world, staged, PARTNER)

    async def place(request: int, at: str, table: int) -> dict[str, str]:
        return await mutate(
            world, PLACE, ORGANISER, requestId=request_global_id(request), slotStartsAt=at, tableNumber=table
        )

    assert (await place(first, slot(0), 1))["__typename"] == "MeetingRequestSuccess"
    taken = await place(second, slot(0), 1)
    assert (taken["code"], taken["field"]) == ("TABLE_TAKEN", "tableNumber")
    assert "La table « Table 1 » est déjà prise" in taken["message"]
    double = await place(third, slot(0), 2)
    assert (double["code"], double["field"]) == ("PARTICIPANT_DOUBLE_BOOKED", "slotStartsAt")
    assert "Karim Benali a déjà un rendez-vous le" in double["message"]
    busy = await place(second, slot(1), 1)
    assert busy["code"] == "PARTICIPANT_BUSY"
    assert "n'est pas disponible le" in busy["message"] and "pitchs « Pitchs du matin »" in busy["message"]
    off = await place(second, (MEETINGS_START + timedelta(minutes=10)).isoformat(), 1)
    assert off["code"] == "NOT_A_MEETING_SLOT"
    assert (await place(pending, slot(2), 1))["code"] == "MEETING_NOT_ACCEPTED"
    # Moving a placed meeting is allowed, and taking it off the grid frees it.
    moved = await place(first, slot(2), 2)
    assert moved["request"]["slotStartsAt"].startswith("2023-12-01T08:40")
    freed = await mutate(world, UNPLACE, ORGANISER, requestId=request_global_id(first))
    assert (freed["request"]["slotStartsAt"], freed["request"]["placedByHand"]) == (None, False)


async def test_tables_in_use_cannot_be_removed_and_a_grid_needs_tables(world: World) -> None:
    staged = await stage(world, tables=2, slots=3)
    (first,) = await add_requests(world, staged, [(0, 0)], status=MeetingRequestStatus.ACCEPTED)
    await mutate(world, PLACE, ORGANISER, requestId=request_global_id(first), slotStartsAt=slot(0), tableNumber=2)
    refused = await mutate(world, TABLES, ORGANISER, eventId=staged.event_id, tables=1)
    assert refused["code"] == "MEETING_TABLES_IN_USE"
    await mutate(world, UNPLACE, ORGANISER, requestId=request_global_id(first))
    assert (await mutate(world, TABLES, ORGANISER, eventId=staged.event_id, tables=0))["event"]["meetingTables"] == 0
    none = await mutate(world, SCHEDULE, ORGANISER, eventId=staged.event_id)
    assert (none["code"], none["field"]) == ("REQUIRED", "tables")
    assert (await mutate(world, TABLES, ORGANISER, eventId=staged.event_id, tables=101))["code"] == "OUT_OF_RANGE"


@pytest.mark.parametrize("organiser", [OTHER_REGION, PARTNER])
async def test_only_the_organisers_place_meetings(world: World, organiser: str) -> None:
    staged = await stage(world)
    (first,) = await add_requests(world, staged, [(0, 0)], status=MeetingRequestStatus.ACCEPTED)
    assert (await mutate(world, SCHEDULE, organiser, eventId=staged.event_id))["code"] == "NOT_ALLOWED"
    assert (await mutate(world, TABLES, organiser, eventId=staged.event_id, tables=5))["code"] == "NOT_ALLOWED"
    placed = await mutate(
        world, PLACE, organiser, requestId=request_global_id(first), slotStartsAt=slot(0), tableNumber=1
    )
    assert placed["code"] in {"NOT_ALLOWED", "NOT_FOUND"}
