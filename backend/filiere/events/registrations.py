"""The public's registration for an event and its workshops (no account), and the personal link to change or
cancel it.

Guarded like the candidacy form: a rate limit per client address and one for everybody (national database,
shared by every process), a honeypot field that only robots fill, a size limit on every field. Everything is
checked before anything is written, in one transaction. The personal link carries a random token; only its
SHA-256 is stored, so a database copy gives no one's link.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import structlog
from sqlalchemy import delete, select

from filiere.audit.service import PublicActor, record_change
from filiere.auth.principal import Principal
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.events.errors import EventErrorCode
from filiere.events.models import EventSession, Registration, RegistrationStatus, SeatStatus, SessionSeat
from filiere.events.registration_seats import (
    Promotion,
    SeatSessionView,
    SeatView,
    confirmed_counts,
    free_seats,
    lock_sessions,
    seats_by_registration,
    take_seats,
)
from filiere.events.service import EventView, load_event
from filiere.ratelimit.service import Limit, hit
from filiere.referentials.identifiers import checked_siret
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold

log = structlog.get_logger(__name__)

# Attempts, not successes (the form, the personal link's changes): a person fixing a typo tries again.
PER_CLIENT = Limit(hits=20, window=timedelta(hours=1))
FOR_EVERYBODY = Limit(hits=600, window=timedelta(hours=1))
# « Send me my link again » (a second registration with the same address): never a mail bomb.
LINK_AGAIN = Limit(hits=3, window=timedelta(hours=1))

FIELD_MAX_LENGTHS = {"name": 120, "email": 254, "company": 200, "function": 120}
MAX_SESSIONS = 30
_LABELS = {
    "name": "Le nom",
    "email": "L'adresse e-mail",
    "company": "Le nom de l'entreprise",
    "function": "La fonction",
}
RETENTION = (
    "Vos données servent uniquement à organiser l'événement (inscription, accueil, badges) ; elles sont "
    "supprimées un an après l'événement."
)


@dataclass(frozen=True, kw_only=True)
class RegistrationForm:
    region: str  # the event's host region
    event_id: int
    name: str
    email: str
    company: str
    siret: str | None
    function: str | None
    session_ids: tuple[int, ...]
    consent: bool
    # Hidden from people by the form's CSS: whoever fills it is a robot.
    website: str | None = None


@dataclass(frozen=True, kw_only=True)
class RegistrationView:
    region: str
    id: int
    event_id: int
    name: str
    email: str | None  # null: a walk-in who gave none
    company: str
    siret: str | None
    function: str
    status: RegistrationStatus
    walk_in: bool
    checked_in_at: datetime | None

    @classmethod
    def of(cls, region: str, row: Registration) -> RegistrationView:
        return cls(
            region=region,
            id=row.id,
            event_id=row.event_id,
            name=row.name,
            email=None if row.email.endswith(WALK_IN_DOMAIN) else row.email,
            company=row.company,
            siret=row.siret,
            function=row.function,
            status=row.status,
            walk_in=row.walk_in,
            checked_in_at=row.checked_in_at,
        )


# A walk-in may give no e-mail, yet an address is unique per event: theirs is a unique address in a domain
# that can never receive mail (RFC 2606), shown as none.
WALK_IN_DOMAIN = "@sur-place.invalid"


@dataclass(frozen=True, kw_only=True)
class Registered:
    """What the registrant is told: their registration and seats; `token` goes into the e-mail only."""

    event: EventView
    registration: RegistrationView
    seats: list[SeatView]
    token: str | None  # None: a robot's registration, not stored
    promotions: list[Promotion]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


async def guard(uow: UnitOfWork, client_address: str) -> None:
    """The rate limits of every public registration operation, per client and for everybody."""
    registry = uow.registry
    if not await hit(registry, f"event-registration:client:{client_address}", PER_CLIENT) or not await hit(
        registry, "event-registration:all", FOR_EVERYBODY
    ):
        raise InvalidInputError(
            "Trop de demandes ont été envoyées depuis votre connexion. Réessayez dans une heure ou écrivez aux "
            "organisateurs de l'événement.",
            code=CommonErrorCode.RATE_LIMITED,
        )


def text(value: str | None, field: str, *, required: bool = True) -> str:
    cleaned = " ".join((value or "").split())
    if required and not cleaned:
        raise InvalidInputError(f"{_LABELS[field]} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(cleaned) > FIELD_MAX_LENGTHS[field]:
        raise InvalidInputError(
            f"{_LABELS[field]} ne doit pas dépasser {FIELD_MAX_LENGTHS[field]} caractères.",
            field=field,
            code=CommonErrorCode.TOO_LONG,
        )
    return cleaned


def email_address(value: str | None) -> str:
    address = text(value, "email").lower()
    local, _, domain = address.partition("@")
    if (
        not local
        or "." not in domain
        or "@" in domain
        or " " in address
        or domain.startswith(".")
        or domain.endswith(".")
        or address.endswith(WALK_IN_DOMAIN)
    ):
        raise InvalidInputError(
            "L'adresse e-mail n'est pas valide, par exemple « prenom.nom@entreprise.fr ».",
            field="email",
            code=CommonErrorCode.INVALID_EMAIL,
        )
    return address


def check_open(event: EventView, now: datetime) -> None:
    if event.registration_closes_at is None or event.registration_closes_at <= now:
        raise InvalidInputError(
            "Les inscriptions à cet événement sont closes.",
            field="eventId",
            code=EventErrorCode.REGISTRATION_CLOSED,
        )


async def chosen_sessions(uow: UnitOfWork, event: EventView, session_ids: Sequence[int]) -> list[EventSession]:
    """The sessions a person chose: of this event, open to the public, none overlapping another."""
    if len(set(session_ids)) > MAX_SESSIONS:
        raise InvalidInputError(
            f"Choisissez au plus {MAX_SESSIONS} sessions.", field="sessionIds", code=CommonErrorCode.OUT_OF_RANGE
        )
    wanted = set(session_ids)
    if not wanted:
        return []
    rows = list(
        await uow.region(event.region).scalars(
            select(EventSession).where(EventSession.id.in_(wanted)).order_by(EventSession.starts_at, EventSession.id)
        )
    )
    if len(rows) != len(wanted) or any(row.event_id != event.id for row in rows):
        raise InvalidInputError(
            "Une des sessions choisies n'appartient pas à cet événement.",
            field="sessionIds",
            code=EventErrorCode.SESSION_NOT_IN_EVENT,
        )
    closed = [row.title for row in rows if not row.open_to_public]
    if closed:
        raise InvalidInputError(
            f"« {closed[0]} » est réservé aux entreprises accompagnées : on ne peut pas s'y inscrire.",
            field="sessionIds",
            code=EventErrorCode.SESSION_NOT_PUBLIC,
        )
    for earlier, later in pairwise(rows):  # sorted by start: any overlap shows between neighbours
        if later.starts_at < earlier.ends_at:
            raise InvalidInputError(
                f"« {earlier.title} » et « {later.title} » ont lieu en même temps : choisissez l'une des deux.",
                field="sessionIds",
                code=EventErrorCode.SESSIONS_OVERLAP,
            )
    return rows


async def _open_event(uow: UnitOfWork, region: str, event_id: int) -> EventView:
    event = await load_event(uow, region, event_id)
    if event is None:
        raise NotFoundError("Cet événement n'existe pas.", field="eventId")
    return event


async def register(
    uow: UnitOfWork, form: RegistrationForm, *, client_address: str, request_id: str, now: datetime | None = None
) -> Registered:
    """Register a person for the event and the sessions they chose. A robot caught by the honeypot gets the
    answer a person would (the same validation errors, then plausible seats); nothing is stored."""
    moment = now or datetime.now(UTC)
    await guard(uow, client_address)
    event = await _open_event(uow, form.region, form.event_id)
    check_open(event, moment)
    name = text(form.name, "name")
    email = email_address(form.email)
    company = text(form.company, "company")
    function = text(form.function, "function", required=False)
    siret = checked_siret(form.siret) if form.siret and form.siret.strip() else None
    if not form.consent:
        raise InvalidInputError(
            f"Acceptez le traitement de vos données pour vous inscrire. {RETENTION}",
            field="consent",
            code=CommonErrorCode.REQUIRED,
        )
    sessions = await chosen_sessions(uow, event, form.session_ids)

    session = uow.region(event.region)
    if form.website:
        log.info("event_registration_honeypot", request_id=request_id)
        person = RegistrationView(
            region=event.region,
            id=1 + secrets.randbelow(99_999),
            event_id=event.id,
            name=name,
            email=email,
            company=company,
            siret=None,
            function=function,
            status=RegistrationStatus.REGISTERED,
            walk_in=False,
            checked_in_at=None,
        )
        return await _robot_answer(uow, event, person, sessions)

    existing = await session.scalar(
        select(Registration).where(Registration.event_id == event.id, Registration.email == email)
    )
    if existing is not None and existing.status is RegistrationStatus.REGISTERED:
        raise AlreadyRegisteredError(event, RegistrationView.of(event.region, existing))

    token, hashed = new_token()
    locked = await lock_sessions(session, (row.id for row in sessions))
    if existing is None:
        row = Registration(event_id=event.id, email=email, walk_in=False)
        session.add(row)
    else:  # cancelled before: the address registers again, from scratch
        row = existing
        await session.execute(delete(SessionSeat).where(SessionSeat.registration_id == row.id))
    row.name, row.sort_key, row.company, row.siret, row.function = name, fold(name), company, siret, function
    row.status, row.token_hash, row.consented_at, row.checked_in_at = (
        RegistrationStatus.REGISTERED,
        hashed,
        moment,
        None,
    )
    await session.flush()
    await take_seats(session, row.id, locked, now=moment)
    seats = (await seats_by_registration(session, event.region, [row.id]))[row.id]
    record_change(
        session,
        PublicActor(display_name=f"{name} (inscription en ligne)"),
        request_id=request_id,
        action="event_registration.registered",
        entity_type="EventRegistration",
        entity_id=row.id,
        before=None,
        after={
            "event": event.name,
            "name": name,
            "company": company,
            "sessions": {seat.session.title: seat.status.value for seat in seats},
        },
    )
    return Registered(
        event=event, registration=RegistrationView.of(event.region, row), seats=seats, token=token, promotions=[]
    )


class AlreadyRegisteredError(InvalidInputError):
    """The address is registered already: refused, and the schema sends the personal link again."""

    def __init__(self, event: EventView, registration: RegistrationView) -> None:
        super().__init__(
            "Une inscription à cet événement existe déjà avec cette adresse : nous venons de vous renvoyer par "
            "e-mail votre lien personnel pour la modifier.",
            field="email",
            code=EventErrorCode.ALREADY_REGISTERED,
        )
        self.event = event
        self.registration = registration


async def renew_link(uow: UnitOfWork, event: EventView, registration_id: int, *, request_id: str) -> str | None:
    """A new personal link for a registration whose address registered again, in its own transaction (the
    refused request's is rolled back); None when that address asked too often."""
    if not await hit(uow.registry, f"event-registration:link:{event.region}:{registration_id}", LINK_AGAIN):
        return None
    token, hashed = new_token()
    async with uow.registry.region(event.region).sessions() as session, session.begin():
        row = await session.get(Registration, registration_id)
        if row is None or row.status is not RegistrationStatus.REGISTERED:
            return None
        row.token_hash = hashed  # the previous link stops working: only the newest is in the mailbox
        record_change(
            session,
            PublicActor(display_name=f"{row.name} (inscription en ligne)"),
            request_id=request_id,
            action="event_registration.link_sent_again",
            entity_type="EventRegistration",
            entity_id=row.id,
            before=None,
            after=None,
        )
    return token


async def _robot_answer(
    uow: UnitOfWork, event: EventView, person: RegistrationView, sessions: Sequence[EventSession]
) -> Registered:
    """Plausible seats for a robot (a full session makes it « first in line »), nothing written."""
    counts = await confirmed_counts(uow.region(event.region), (row.id for row in sessions))
    seats = []
    for row in sessions:
        full = row.capacity is not None and counts[row.id] >= row.capacity
        seats.append(
            SeatView(
                session=SeatSessionView.of(event.region, row),
                status=SeatStatus.WAITING if full else SeatStatus.CONFIRMED,
                waiting_position=1 if full else None,
            )
        )
    return Registered(event=event, registration=person, seats=seats, token=None, promotions=[])


async def find_by_token(uow: UnitOfWork, token: str) -> tuple[str, Registration] | None:
    """The registration a personal link names, in whichever region hosts its event."""
    if not token or len(token) > 100:
        return None
    hashed = token_hash(token)

    async def read(tenant: Tenant) -> list[Registration]:
        return list(await uow.session(tenant).scalars(select(Registration).where(Registration.token_hash == hashed)))

    result = await fan_out(
        list(uow.registry.regions), read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds
    )
    for region, rows in sorted(result.results.items()):
        if rows:
            return region, rows[0]
    return None


@dataclass(frozen=True, kw_only=True)
class MyRegistration:
    event: EventView
    registration: RegistrationView


async def my_registration(uow: UnitOfWork, token: str, *, client_address: str) -> MyRegistration | None:
    """The registration a personal link names; rate-limited like the form (a link is 256 random bits, yet
    nobody gets to try them by the thousand)."""
    await guard(uow, client_address)
    found = await find_by_token(uow, token)
    if found is None:
        return None
    region, row = found
    event = await load_event(uow, region, row.event_id)
    if event is None:
        return None
    return MyRegistration(event=event, registration=RegistrationView.of(region, row))


_BAD_LINK = "Ce lien d'inscription n'est pas (ou plus) valide : utilisez celui du dernier e-mail reçu."


async def _by_link(uow: UnitOfWork, token: str) -> tuple[EventView, Registration]:
    found = await find_by_token(uow, token)
    event = None if found is None else await load_event(uow, found[0], found[1].event_id)
    if found is None or event is None:
        raise NotFoundError(_BAD_LINK, field="token")
    row = found[1]
    if row.status is RegistrationStatus.CANCELLED:
        raise InvalidInputError(
            "Cette inscription a été annulée : inscrivez-vous à nouveau depuis la page de l'événement.",
            field="token",
            code=EventErrorCode.REGISTRATION_CANCELLED,
        )
    return event, row


async def change_sessions(
    uow: UnitOfWork,
    token: str,
    session_ids: Sequence[int],
    *,
    client_address: str,
    request_id: str,
    now: datetime | None = None,
) -> Registered:
    """The person changes their sessions: kept ones keep their seat (and place in line), left ones go to the
    first person waiting, new ones are confirmed while seats are left."""
    moment = now or datetime.now(UTC)
    await guard(uow, client_address)
    event, row = await _by_link(uow, token)
    check_open(event, moment)
    sessions = await chosen_sessions(uow, event, session_ids)
    session = uow.region(event.region)
    before = {seat.session.id: seat for seat in (await seats_by_registration(session, event.region, [row.id]))[row.id]}
    wanted = {item.id for item in sessions}
    promotions = await free_seats(session, event.region, row.id, set(before) - wanted)
    added = await lock_sessions(session, wanted - set(before))
    await take_seats(session, row.id, added, now=moment)
    seats = (await seats_by_registration(session, event.region, [row.id]))[row.id]
    record_change(
        session,
        PublicActor(display_name=f"{row.name} (lien personnel)"),
        request_id=request_id,
        action="event_registration.sessions_changed",
        entity_type="EventRegistration",
        entity_id=row.id,
        before={"sessions": sorted(seat.session.title for seat in before.values())},
        after={"sessions": sorted(seat.session.title for seat in seats)},
    )
    return Registered(
        event=event, registration=RegistrationView.of(event.region, row), seats=seats, token=None, promotions=promotions
    )


async def cancel(uow: UnitOfWork, token: str, *, client_address: str, request_id: str) -> Registered:
    """The person cancels their whole registration; their seats go to the first people waiting."""
    await guard(uow, client_address)
    event, row = await _by_link(uow, token)
    return await cancel_registration(
        uow,
        event,
        row,
        actor=PublicActor(display_name=f"{row.name} (lien personnel)"),
        request_id=request_id,
    )


async def cancel_registration(
    uow: UnitOfWork, event: EventView, row: Registration, *, actor: Principal | PublicActor, request_id: str
) -> Registered:
    """Cancel `row` (by the person or an organiser): its seats freed, the waiting lists moved up."""
    session = uow.region(event.region)
    held = (await seats_by_registration(session, event.region, [row.id]))[row.id]
    promotions = await free_seats(session, event.region, row.id, (seat.session.id for seat in held))
    row.status = RegistrationStatus.CANCELLED
    await session.flush()
    record_change(
        session,
        actor,
        request_id=request_id,
        action="event_registration.cancelled",
        entity_type="EventRegistration",
        entity_id=row.id,
        before={"status": RegistrationStatus.REGISTERED.value},
        after={"status": RegistrationStatus.CANCELLED.value},
    )
    return Registered(
        event=event, registration=RegistrationView.of(event.region, row), seats=[], token=None, promotions=promotions
    )
