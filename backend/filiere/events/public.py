"""What anyone may read of an event, without an account: its public page and its calendar files. Nothing
private: no registrant, no pitch, no score — the programme, and how many seats are left in each session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from filiere.events.models import Registration, RegistrationStatus, SeatStatus, SessionSeat
from filiere.events.programme import SessionView, sessions_by_event
from filiere.events.service import EventView, event_by_slug
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class PublicSession:
    session: SessionView
    seats_left: int | None  # null: no limit


@dataclass(frozen=True, kw_only=True)
class PublicEvent:
    event: EventView
    sessions: tuple[PublicSession, ...]
    registration_open: bool


def registration_open(event: EventView, now: datetime) -> bool:
    return event.registration_closes_at is not None and now < event.registration_closes_at


async def public_event(uow: UnitOfWork, slug: str) -> PublicEvent | None:
    """The event's public page (three statements per region for the slug, then three in its host's)."""
    event = await event_by_slug(uow, slug)
    if event is None:
        return None
    session = uow.region(event.region)
    programme = (await sessions_by_event(session, event.region, [event.id]))[event.id]
    taken = dict(
        (
            await session.execute(
                select(SessionSeat.session_id, func.count())
                .join(Registration, Registration.id == SessionSeat.registration_id)
                .where(
                    Registration.event_id == event.id,
                    Registration.status == RegistrationStatus.REGISTERED,
                    SessionSeat.status == SeatStatus.CONFIRMED,
                )
                .group_by(SessionSeat.session_id)
            )
        ).all()
    )
    return PublicEvent(
        event=event,
        sessions=tuple(
            PublicSession(
                session=item,
                seats_left=None if item.capacity is None else max(item.capacity - taken.get(item.id, 0), 0),
            )
            for item in programme
        ),
        registration_open=registration_open(event, datetime.now(UTC)),
    )
