"""Creating an event (its host region's team) and editing its own fields (its organisers).

A slug is the public page's address, `/evenements/<slug>`: unique across regions, it is checked in every region
through `event_by_slug`, since each region's database only knows its own events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.events.errors import EventErrorCode
from filiere.events.models import Event, EventCoOrganiser
from filiere.events.programme import DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH
from filiere.events.service import EventView, event_by_slug, load_event, managed_event
from filiere.methodology.service import latest_published_version_id
from filiere.planning.cohorts import cohorts_by_id
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold, newest_first_key

VENUE_MAX_LENGTH = 200
ADDRESS_MAX_LENGTH = 300
SLUG_MAX_LENGTH = 120
PITCH_SECONDS_MIN = 60
PITCH_SECONDS_MAX = 900
MAX_EVENT_DAYS = 7
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_FIELD_LABELS = {
    "name": "le nom",
    "starts_on": "le premier jour",
    "ends_on": "le dernier jour",
    "venue": "le lieu",
    "address": "l'adresse",
    "description": "la description",
    "pitch_seconds": "la durée des pitchs",
    "registration_closes_at": "la clôture des inscriptions",
}


@dataclass(frozen=True, kw_only=True)
class EventFields:
    name: str
    starts_on: date
    ends_on: date
    venue: str
    address: str = ""
    description: str = ""
    pitch_seconds: int = 180
    registration_closes_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class NewEvent:
    region: str
    cohort_id: int | None
    name: str
    slug: str | None
    starts_on: date
    ends_on: date
    venue: str
    co_organisers: Sequence[str] = ()


def slug_of(year: int, name: str) -> str:
    """« 2027-pour-une-france-industrielle »: the year, then the name folded to ASCII words."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return f"{year}-{words}"[:SLUG_MAX_LENGTH].rstrip("-")


def _text(value: str, *, field: str, label: str, max_length: int, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > max_length:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {max_length} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def _check_days(starts_on: date, ends_on: date) -> None:
    if ends_on < starts_on:
        raise InvalidInputError(
            "Le dernier jour ne peut précéder le premier.", field="endsOn", code=EventErrorCode.ENDS_BEFORE_START
        )
    if (ends_on - starts_on).days >= MAX_EVENT_DAYS:
        raise InvalidInputError(
            f"Un événement dure au plus {MAX_EVENT_DAYS} jours.", field="endsOn", code=CommonErrorCode.OUT_OF_RANGE
        )


def _checked(data: EventFields) -> dict[str, object]:
    _check_days(data.starts_on, data.ends_on)
    if not PITCH_SECONDS_MIN <= data.pitch_seconds <= PITCH_SECONDS_MAX:
        raise InvalidInputError(
            f"Un pitch dure de {PITCH_SECONDS_MIN // 60} à {PITCH_SECONDS_MAX // 60} minutes.",
            field="pitchSeconds",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    return {
        "name": _text(data.name, field="name", label="Le nom", max_length=TITLE_MAX_LENGTH),
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "venue": _text(data.venue, field="venue", label="Le lieu", max_length=VENUE_MAX_LENGTH, required=False),
        "address": _text(
            data.address, field="address", label="L'adresse", max_length=ADDRESS_MAX_LENGTH, required=False
        ),
        "description": _text(
            data.description,
            field="description",
            label="La description",
            max_length=DESCRIPTION_MAX_LENGTH,
            required=False,
        ),
        "pitch_seconds": data.pitch_seconds,
        "registration_closes_at": data.registration_closes_at,
    }


def _audit(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


async def update_event(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    event_id: int,
    expected_version: int,
    data: EventFields,
    request_id: str,
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    assert principal is not None
    session = uow.region(region)
    row = await session.get(Event, event.id)
    assert row is not None, "read by managed_event"
    if row.version != expected_version:
        raise await stale_version_error(session, entity_type="Event", entity_id=row.id, field_labels=_FIELD_LABELS)
    values = _checked(data)
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    if not changed:
        return event
    before = {name: _audit(getattr(row, name)) for name in changed}
    for name, value in changed.items():
        setattr(row, name, value)
    if "name" in changed:
        row.sort_key = newest_first_key(row.edition_year, row.name)
    await session.flush()
    record_change(
        session,
        principal,
        request_id=request_id,
        action="event.updated",
        entity_type="Event",
        entity_id=row.id,
        before=before,
        after={name: _audit(value) for name, value in changed.items()} | {"slug": row.slug},
    )
    updated = await load_event(uow, region, row.id)
    assert updated is not None
    return updated


async def create_event(uow: UnitOfWork, principal: Principal | None, *, data: NewEvent, request_id: str) -> EventView:
    """A new event hosted by `data.region`, whose team creates it; its method version is its cohort's (the
    scoring grid and meet-up themes of that edition), else the latest published."""
    host = require_principal(principal)
    if not uow.registry.has_region(data.region):
        raise NotFoundError(field="region")
    if not is_allowed(host, Action.MANAGE_EVENT, region=data.region):
        raise ForbiddenError("Seule l'équipe de la région hôte peut créer son événement.")
    name = _text(data.name, field="name", label="Le nom", max_length=TITLE_MAX_LENGTH)
    venue = _text(data.venue, field="venue", label="Le lieu", max_length=VENUE_MAX_LENGTH, required=False)
    _check_days(data.starts_on, data.ends_on)
    co_organisers = sorted(set(data.co_organisers) - {data.region})
    for index, slug in enumerate(co_organisers):
        if not uow.registry.has_region(slug):
            raise InvalidInputError(
                f"La région « {slug} » n'existe pas.",
                field=f"coOrganisers.{index}",
                code=CommonErrorCode.UNKNOWN_REGION,
            )
    session = uow.region(data.region)
    method_version_id: int | None
    if data.cohort_id is not None:
        cohort = (await cohorts_by_id(session, [data.cohort_id])).get(data.cohort_id)
        if cohort is None:
            raise NotFoundError(field="cohortId")
        method_version_id = cohort.method_version_id
    else:
        method_version_id = await latest_published_version_id(uow)
    year = data.starts_on.year
    slug = await _free_slug(uow, year, name, data.slug)
    if await session.scalar(select(Event.id).where(Event.edition_year == year, Event.name == name)) is not None:
        raise InvalidInputError(
            "Un événement de ce nom existe déjà pour cette année.", field="name", code=CommonErrorCode.DUPLICATE_NAME
        )
    row = Event(
        slug=slug,
        name=name,
        edition_year=year,
        cohort_id=data.cohort_id,
        sort_key=newest_first_key(year, name),
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        venue=venue,
        method_version_id=method_version_id,
    )
    session.add(row)
    await session.flush()
    for co_region in co_organisers:
        session.add(EventCoOrganiser(event_id=row.id, region=co_region))
    await session.flush()
    record_change(
        session,
        host,
        request_id=request_id,
        action="event.created",
        entity_type="Event",
        entity_id=row.id,
        before=None,
        after={
            "slug": slug,
            "name": name,
            "startsOn": data.starts_on.isoformat(),
            "endsOn": data.ends_on.isoformat(),
            "venue": venue,
            "coOrganisers": co_organisers,
        },
    )
    created = await load_event(uow, data.region, row.id)
    assert created is not None
    return created


async def _free_slug(uow: UnitOfWork, year: int, name: str, wanted: str | None) -> str:
    """The slug asked for if free and well formed, else one made from the year and the name."""
    if wanted:
        slug = wanted.strip()
        if not _SLUG.match(slug) or len(slug) > SLUG_MAX_LENGTH:
            raise InvalidInputError(
                "L'adresse ne contient que des lettres minuscules sans accent, des chiffres et des tirets.",
                field="slug",
                code=CommonErrorCode.OUT_OF_RANGE,
            )
        if await event_by_slug(uow, slug) is not None:
            raise InvalidInputError(
                "Cette adresse est déjà celle d'un autre événement.", field="slug", code=EventErrorCode.SLUG_TAKEN
            )
        return slug
    base = slug_of(year, name)
    slug, suffix = base, 2
    while await event_by_slug(uow, slug) is not None:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug
