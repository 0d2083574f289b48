"""The demo's B2B meetings on the 2023 event's pitches: Bpifrance's requests, two placed, all « (démo) », once."""

from __future__ import annotations

from sqlalchemy import select

from filiere.demo.event_meetings import load_demo_meetings
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.models import Event
from tests.backend.world import World


async def requests(world: World) -> list[MeetingRequest]:
    async with world.registry.region("normandie").sessions() as session:
        event_id = await session.scalar(select(Event.id).where(Event.slug == "2023-pour-une-france-industrielle"))
        found = await session.scalars(
            select(MeetingRequest).where(MeetingRequest.event_id == event_id).order_by(MeetingRequest.id)
        )
        return list(found)


async def test_the_demo_adds_placed_requests_once(world: World) -> None:
    await load_demo_meetings(world.registry)  # loading again adds nothing
    rows = await requests(world)
    assert [row.status for row in rows] == [
        MeetingRequestStatus.ACCEPTED,
        MeetingRequestStatus.ACCEPTED,
        MeetingRequestStatus.PENDING,
    ]
    assert all("(démo)" in row.message for row in rows)
    placed = [(row.slot_starts_at, row.table_number) for row in rows if row.slot_starts_at is not None]
    assert len(placed) == 2 and len({start for start, _ in placed}) == 2
