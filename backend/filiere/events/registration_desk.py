"""The organisers' side of the registrations: the list (search, per session), the fill rate of each session,
check-in on the day, walk-ins, and removing a registration. Registrants' personal data are the organisers'
only (the host's and co-organising regions' teams, `managed_event`): CCI France, which reads every event,
does not get them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, exists, func, select, true

from filiere.audit.service import record_change
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError, NotFoundError
from filiere.events.errors import EventErrorCode
from filiere.events.models import EventSession, Registration, RegistrationStatus, SeatStatus, SessionSeat
from filiere.events.registration_seats import SeatSessionView
from filiere.events.registrations import (
    WALK_IN_DOMAIN,
    Registered,
    RegistrationView,
    cancel_registration,
    email_address,
    new_token,
    text,
)
from filiere.events.service import EventView, managed_event
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold, like_pattern

SEARCH_MAX_LENGTH = 100


@dataclass(frozen=True, kw_only=True)
class RegistrationFilters:
    search: str | None = None  # a part of the name, company or e-mail
    session_id: int | None = None  # those with a seat (confirmed or waiting) in that session


async def list_registrations(
    uow: UnitOfWork, event: EventView, *, filters: RegistrationFilters, page: PageRequest
) -> Page[RegistrationView]:
    """The event's registrations by name, cancelled ones included (for the organiser who is asked about one);
    the caller has checked the reader runs the event."""
    session = uow.region(event.region)
    condition = and_(Registration.event_id == event.id, _matching(filters))
    total = await session.scalar(select(func.count()).select_from(Registration).where(condition))
    rows = await session.scalars(
        select(Registration)
        .where(condition, after_position(page, event.region, Registration.sort_key, Registration.id))
        .order_by(Registration.sort_key, Registration.id)
        .limit(page.first + 1)
    )
    views = [RegistrationView.of(event.region, row) for row in rows]
    return merge_slices(
        [TenantSlice(rows=views, total_count=total or 0)],
        page,
        lambda view: SortPosition(fold(view.name), view.region, view.id),
    )


def _matching(filters: RegistrationFilters) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    term = (filters.search or "").strip()[:SEARCH_MAX_LENGTH]
    if term:
        pattern = like_pattern(term)
        conditions.append(
            Registration.sort_key.like(pattern, escape="\\")
            | func.lower(Registration.company).like(pattern, escape="\\")
            | Registration.email.like(pattern, escape="\\")
        )
    if filters.session_id is not None:
        conditions.append(
            exists().where(SessionSeat.registration_id == Registration.id, SessionSeat.session_id == filters.session_id)
        )
    return and_(true(), *conditions)


@dataclass(frozen=True, kw_only=True)
class FillRate:
    session: SeatSessionView
    capacity: int | None
    confirmed: int
    waiting: int


async def fill_rates(uow: UnitOfWork, event: EventView) -> list[FillRate]:
    """Each public session's seats (two statements, whatever the number of sessions)."""
    session = uow.region(event.region)
    sessions = list(
        await session.scalars(
            select(EventSession)
            .where(EventSession.event_id == event.id, EventSession.open_to_public)
            .order_by(EventSession.starts_at, EventSession.id)
        )
    )
    counts: dict[tuple[int, SeatStatus], int] = {}
    if sessions:
        rows = await session.execute(
            select(SessionSeat.session_id, SessionSeat.status, func.count())
            .where(SessionSeat.session_id.in_([row.id for row in sessions]))
            .group_by(SessionSeat.session_id, SessionSeat.status)
        )
        counts = {(session_id, status): count for session_id, status, count in rows}
    return [
        FillRate(
            session=SeatSessionView.of(event.region, row),
            capacity=row.capacity,
            confirmed=counts.get((row.id, SeatStatus.CONFIRMED), 0),
            waiting=counts.get((row.id, SeatStatus.WAITING), 0),
        )
        for row in sessions
    ]


async def _managed_registration(
    uow: UnitOfWork, principal: Principal | None, region: str, registration_id: int
) -> tuple[EventView, Registration]:
    """The registration, for the organisers of its event; not found for anyone else."""
    row = await uow.region(region).get(Registration, registration_id) if uow.registry.has_region(region) else None
    if row is None:
        raise NotFoundError(field="registrationId")
    try:
        event = await managed_event(uow, principal, region, row.event_id)
    except NotFoundError:
        raise NotFoundError(field="registrationId") from None
    return event, row


async def check_in(
    uow: UnitOfWork,
    principal: Principal | None,
    region: str,
    registration_id: int,
    *,
    present: bool,
    request_id: str,
) -> RegistrationView:
    """Mark a person present at the door (or undo a mistaken tap)."""
    event, row = await _managed_registration(uow, principal, region, registration_id)
    before = row.checked_in_at
    row.checked_in_at = (before or datetime.now(UTC)) if present else None
    await uow.region(region).flush()
    assert principal is not None
    record_change(
        uow.region(region),
        principal,
        request_id=request_id,
        action="event_registration.checked_in" if present else "event_registration.check_in_undone",
        entity_type="EventRegistration",
        entity_id=row.id,
        before={"present": before is not None},
        after={"present": present},
    )
    return RegistrationView.of(event.region, row)


@dataclass(frozen=True, kw_only=True)
class WalkIn:
    name: str
    company: str
    email: str | None
    function: str | None


async def register_walk_in(
    uow: UnitOfWork, principal: Principal | None, region: str, event_id: int, person: WalkIn, *, request_id: str
) -> RegistrationView:
    """Someone who did not register, at the door: registered and checked in at once, told nothing by e-mail
    (no personal link: the organisers handle their registration)."""
    event = await managed_event(uow, principal, region, event_id)
    name = text(person.name, "name")
    company = text(person.company, "company")
    function = text(person.function, "function", required=False)
    email = email_address(person.email) if person.email and person.email.strip() else None
    session = uow.region(region)
    if email is not None:
        existing = await session.scalar(
            select(Registration.id).where(Registration.event_id == event.id, Registration.email == email)
        )
        if existing is not None:
            raise InvalidInputError(
                "Cette adresse est déjà inscrite : cherchez la personne dans la liste et marquez-la présente.",
                field="email",
                code=EventErrorCode.ALREADY_REGISTERED,
            )
    token, hashed = new_token()
    now = datetime.now(UTC)
    row = Registration(
        event_id=event.id,
        name=name,
        sort_key=fold(name),
        email=email or f"{token[:16].lower()}{WALK_IN_DOMAIN}",
        company=company,
        siret=None,
        function=function,
        status=RegistrationStatus.REGISTERED,
        token_hash=hashed,
        consented_at=now,
        walk_in=True,
        checked_in_at=now,
    )
    session.add(row)
    await session.flush()
    assert principal is not None
    record_change(
        session,
        principal,
        request_id=request_id,
        action="event_registration.walked_in",
        entity_type="EventRegistration",
        entity_id=row.id,
        before=None,
        after={"event": event.name, "name": name, "company": company},
    )
    return RegistrationView.of(event.region, row)


async def remove_registration(
    uow: UnitOfWork, principal: Principal | None, region: str, registration_id: int, *, request_id: str
) -> Registered:
    """An organiser cancels a registration (the person asked by phone…): the waiting lists move up."""
    event, row = await _managed_registration(uow, principal, region, registration_id)
    assert principal is not None
    if row.status is RegistrationStatus.CANCELLED:
        return Registered(
            event=event, registration=RegistrationView.of(region, row), seats=[], token=None, promotions=[]
        )
    return await cancel_registration(uow, event, row, actor=principal, request_id=request_id)
