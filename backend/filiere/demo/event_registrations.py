"""The demo's registrations for the 2023 event: people of the public (« (démo) » names, `@exemple.fr`
addresses) in every state — confirmed, waiting, cancelled, checked in, a walk-in — and one workshop full with
a waiting list. The programme is the sessions helper's: with no public session in the database, nothing is
added."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select

from filiere.events.models import (
    Event,
    EventSession,
    Registration,
    RegistrationStatus,
    SessionKind,
    SessionSeat,
)
from filiere.events.registration_seats import take_seats
from filiere.events.registrations import WALK_IN_DOMAIN, new_token
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.text import fold

SLUG = "2023-pour-une-france-industrielle"
REGION = "normandie"
FIRST_NAMES = ("Camille", "Dominique", "Claude", "Alix", "Sacha", "Morgan", "Lou", "Noa", "Charlie", "Eden")
LAST_NAMES = ("Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau", "Simon", "Laurent")
COMPANIES = ("Tissages du Roumois (démo)", "Mécanique de Seine (démo)", "Plasturgie normande (démo)")
FUNCTIONS = ("Directrice générale", "Responsable achats", "Directeur industriel", "Chargée de projets")


async def load_demo_event_registrations(registry: TenantRegistry) -> None:
    async with registry.region(REGION).sessions() as session, session.begin():
        event = await session.scalar(select(Event).where(Event.slug == SLUG))
        if event is None:
            return
        if await session.scalar(
            select(func.count()).select_from(Registration).where(Registration.event_id == event.id)
        ):
            return  # loaded already
        workshops = list(
            await session.scalars(
                select(EventSession)
                .where(EventSession.event_id == event.id, EventSession.open_to_public)
                .order_by(EventSession.starts_at, EventSession.id)
            )
        )
        if not workshops:
            return
        await _registrations(session, event, workshops)


async def _registrations(session: TenantSession, event: Event, sessions: list[EventSession]) -> None:
    # The smallest workshop is filled, then two more people wait for it.
    limited = [row for row in sessions if row.kind is SessionKind.WORKSHOP and row.capacity is not None]
    full = min(limited, key=lambda row: (row.capacity or 0, row.id)) if limited else None
    others = [row for row in sessions if row is not full]
    people = (full.capacity or 0) + 2 if full else 6
    start = (event.registration_closes_at or datetime(2023, 11, 20, 9, tzinfo=UTC)) - timedelta(days=30)
    for number in range(people + 1):
        moment = start + timedelta(hours=number)
        row = _person(event, number, moment)
        session.add(row)
        await session.flush()
        chosen = ([full] if full else []) + others[number % max(len(others), 1) :][:1]
        await take_seats(session, row.id, _apart(chosen), now=moment)
        if number == 1:
            row.checked_in_at = moment  # came on the day
        if number == people:  # changed their mind: seats given back (the last in line: no one moves up)
            row.status = RegistrationStatus.CANCELLED
            await session.execute(delete(SessionSeat).where(SessionSeat.registration_id == row.id))
    walk_in = _person(event, people + 1, start + timedelta(days=31))
    walk_in.walk_in, walk_in.email = True, f"demo-sur-place{WALK_IN_DOMAIN}"
    walk_in.checked_in_at = walk_in.consented_at
    session.add(walk_in)
    await session.flush()


def _apart(chosen: list[EventSession]) -> list[EventSession]:
    """The chosen sessions without one overlapping another (a person is in one room at a time)."""
    kept: list[EventSession] = []
    for row in sorted(chosen, key=lambda item: item.starts_at):
        if all(row.starts_at >= other.ends_at or row.ends_at <= other.starts_at for other in kept):
            kept.append(row)
    return kept


def _person(event: Event, number: int, moment: datetime) -> Registration:
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES) + number) % len(LAST_NAMES)]
    name = f"{first} {last} {number + 1} (démo)"
    return Registration(
        event_id=event.id,
        name=name,
        sort_key=fold(name),
        email=f"{fold(first)}.{fold(last)}{number + 1}@exemple.fr",
        company=COMPANIES[number % len(COMPANIES)],
        function=FUNCTIONS[number % len(FUNCTIONS)],
        status=RegistrationStatus.REGISTERED,
        token_hash=new_token()[1],  # never sent: no one holds a demo personal link
        consented_at=moment,
        walk_in=False,
    )
