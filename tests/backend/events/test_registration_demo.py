"""The demo's registrations on the 2023 event's programme: every state once, and a full workshop's waiting list."""

from __future__ import annotations

from sqlalchemy import func, select

from filiere.demo.event_registrations import REGION, SLUG, load_demo_event_registrations
from filiere.events.models import Event, EventSession, Registration, RegistrationStatus, SeatStatus, SessionSeat
from tests.backend.world import World


async def test_the_demo_registers_people_in_every_state_once(world: World) -> None:
    await load_demo_event_registrations(world.registry)  # loading again adds nothing
    async with world.registry.region(REGION).sessions() as session:
        event_id = await session.scalar(select(Event.id).where(Event.slug == SLUG))
        people = list(await session.scalars(select(Registration).where(Registration.event_id == event_id)))
        smallest = await session.scalar(
            select(EventSession)
            .where(EventSession.event_id == event_id, EventSession.capacity.is_not(None))
            .order_by(EventSession.capacity, EventSession.id)
            .limit(1)
        )
        assert smallest is not None
        seats = list(await session.scalars(select(SessionSeat).where(SessionSeat.session_id == smallest.id)))
        emails = await session.scalar(
            select(func.count(func.distinct(Registration.email))).where(Registration.event_id == event_id)
        )
    assert people and emails == len(people)
    assert all("(démo)" in p.name and (p.email.endswith("@exemple.fr") or p.walk_in) for p in people)
    assert {p.status for p in people} == {RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED}
    assert any(p.walk_in and p.checked_in_at for p in people)
    assert any(not p.walk_in and p.checked_in_at for p in people)
    assert [s.status for s in seats].count(SeatStatus.CONFIRMED) == smallest.capacity  # the full workshop
    assert [s.status for s in seats].count(SeatStatus.WAITING) == 2
