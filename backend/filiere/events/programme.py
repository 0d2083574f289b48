"""An event's programme: its sessions (conferences, round tables, meet-up workshops, the hackathon, the pitches,
the prize ceremony…) with their speakers, read for a page of events at once and edited by the organisers.

Times are stored in UTC and entered as a day and clock times in France's time: the event's days are Paris days.
Two sessions never share a room at the same time (room names compared without case, accents or spaces; one may
start when the other ends). A session whose time or room changes, or which is cancelled, is announced by e-mail
to the people registered for it, once the change is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import delete, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal
from filiere.clock import PARIS
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.events import programme_mail
from filiere.events.errors import EventErrorCode
from filiere.events.models import (
    EventSession,
    Registration,
    RegistrationStatus,
    SessionKind,
    SessionSeat,
    SessionSpeaker,
)
from filiere.events.service import EventView, managed_event
from filiere.methodology.service import meetup_themes_of
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold

TITLE_MAX_LENGTH = 200
DESCRIPTION_MAX_LENGTH = 4000
ROOM_MAX_LENGTH = 120
SPEAKER_NAME_MAX_LENGTH = 120
SPEAKER_TEXT_MAX_LENGTH = 200
MAX_SPEAKERS = 12
MAX_CAPACITY = 10_000
# Kept for the accelerated companies, whatever the organiser ticks (press release of 16 November 2023).
NEVER_PUBLIC = frozenset({SessionKind.HACKATHON, SessionKind.PITCH_PREPARATION})
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_FIELD_LABELS = {
    "kind": "le type",
    "title": "le titre",
    "description": "la description",
    "theme_key": "le thème",
    "starts_at": "le début",
    "ends_at": "la fin",
    "room": "la salle",
    "capacity": "la capacité",
    "open_to_public": "l'ouverture au public",
}


@dataclass(frozen=True, kw_only=True)
class SpeakerView:
    name: str
    title: str
    organisation: str


@dataclass(frozen=True, kw_only=True)
class SessionView:
    region: str  # the event's host region
    id: int
    event_id: int
    kind: SessionKind
    title: str
    description: str
    theme_key: str | None
    starts_at: datetime
    ends_at: datetime
    room: str
    capacity: int | None
    open_to_public: bool
    version: int
    updated_at: datetime
    speakers: tuple[SpeakerView, ...]

    @property
    def day(self) -> date:
        """The session's day in France."""
        return self.starts_at.astimezone(PARIS).date()


@dataclass(frozen=True, kw_only=True)
class SpeakerInput:
    name: str
    title: str = ""
    organisation: str = ""


@dataclass(frozen=True, kw_only=True)
class SessionInput:
    kind: SessionKind
    title: str
    description: str = ""
    theme_key: str | None = None
    day: date
    start_time: str  # « 09:30 », France's time
    end_time: str
    end_day: date | None = None  # a session through the night (the 24-hour hackathon); default: `day`
    room: str = ""
    capacity: int | None = None
    open_to_public: bool = True
    speakers: Sequence[SpeakerInput] = ()


async def sessions_by_event(
    session: TenantSession, region: str, event_ids: Sequence[int]
) -> dict[int, list[SessionView]]:
    """The programmes of events of one region, by start then room: two statements whatever their number."""
    found: dict[int, list[SessionView]] = {event_id: [] for event_id in event_ids}
    if not event_ids:
        return found
    rows = list(
        await session.scalars(
            select(EventSession)
            .where(EventSession.event_id.in_(event_ids))
            .order_by(EventSession.starts_at, EventSession.room, EventSession.id)
        )
    )
    speakers: dict[int, list[SpeakerView]] = {row.id: [] for row in rows}
    if rows:
        for speaker in await session.scalars(
            select(SessionSpeaker)
            .where(SessionSpeaker.session_id.in_(speakers))
            .order_by(SessionSpeaker.session_id, SessionSpeaker.position)
        ):
            speakers[speaker.session_id].append(
                SpeakerView(name=speaker.name, title=speaker.title, organisation=speaker.organisation)
            )
    for row in rows:
        found[row.event_id].append(_view(region, row, speakers[row.id]))
    return found


def _view(region: str, row: EventSession, speakers: Sequence[SpeakerView]) -> SessionView:
    return SessionView(
        region=region,
        id=row.id,
        event_id=row.event_id,
        kind=row.kind,
        title=row.title,
        description=row.description,
        theme_key=row.theme_key,
        starts_at=row.starts_at.astimezone(UTC),
        ends_at=row.ends_at.astimezone(UTC),
        room=row.room,
        capacity=row.capacity,
        open_to_public=row.open_to_public,
        version=row.version,
        updated_at=row.updated_at,
        speakers=tuple(speakers),
    )


def same_room(first: str, second: str) -> bool:
    """« Amphi A » is « amphi  a » and « AmphiA »: how organisers type one room differently."""
    return fold(first).replace(" ", "") == fold(second).replace(" ", "")


def _text(value: str, *, field: str, label: str, max_length: int, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > max_length:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {max_length} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def _instant(day: date, clock: str, field: str) -> datetime:
    match = _CLOCK.match(clock.strip())
    if match is None:
        raise InvalidInputError(
            "Indiquez une heure au format HH:MM, par exemple 09:30.", field=field, code=CommonErrorCode.OUT_OF_RANGE
        )
    return datetime.combine(day, time(int(match[1]), int(match[2])), tzinfo=PARIS).astimezone(UTC)


def _hour(moment: datetime) -> str:
    local = moment.astimezone(PARIS)
    return f"{local.hour} h {local.minute:02d}"


async def _checked(uow: UnitOfWork, event: EventView, data: SessionInput) -> dict[str, object]:
    """The session's stored values, or the first rule it breaks, at its field."""
    title = _text(data.title, field="title", label="Le titre", max_length=TITLE_MAX_LENGTH)
    description = _text(
        data.description, field="description", label="La description", max_length=DESCRIPTION_MAX_LENGTH, required=False
    )
    room = _text(data.room, field="room", label="La salle", max_length=ROOM_MAX_LENGTH, required=False)
    if event.starts_on is None or event.ends_on is None:
        raise InvalidInputError(
            "Fixez d'abord les dates de l'événement.", field="day", code=EventErrorCode.OUTSIDE_EVENT_DAYS
        )
    end_day = data.end_day or data.day
    for field, day in (("day", data.day), ("endDay", end_day)):
        if not event.starts_on <= day <= event.ends_on:
            raise InvalidInputError(
                "La session doit avoir lieu pendant l'événement.", field=field, code=EventErrorCode.OUTSIDE_EVENT_DAYS
            )
    starts_at = _instant(data.day, data.start_time, "startTime")
    ends_at = _instant(end_day, data.end_time, "endTime")
    if ends_at <= starts_at:
        raise InvalidInputError(
            "La fin doit être après le début.", field="endTime", code=EventErrorCode.ENDS_BEFORE_START
        )
    if data.capacity is not None and not 1 <= data.capacity <= MAX_CAPACITY:
        raise InvalidInputError(
            f"La capacité est d'au moins 1 place et d'au plus {MAX_CAPACITY} ; laissez vide pour ne pas limiter.",
            field="capacity",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    if data.open_to_public and data.kind in NEVER_PUBLIC:
        raise InvalidInputError(
            "Le hackathon et la préparation des pitchs sont réservés aux entreprises accélérées.",
            field="openToPublic",
            code=EventErrorCode.CLOSED_TO_PUBLIC,
        )
    theme_key = None
    if data.kind is SessionKind.WORKSHOP:
        themes = await meetup_themes_of(uow, event.method_version_id) if event.method_version_id else []
        theme_key = (data.theme_key or "").strip()
        if theme_key not in {theme.key for theme in themes}:
            raise InvalidInputError(
                "Choisissez le thème de l'atelier parmi ceux de la méthode.",
                field="themeKey",
                code=EventErrorCode.UNKNOWN_THEME,
            )
    if len(data.speakers) > MAX_SPEAKERS:
        raise InvalidInputError(
            f"Une session a au plus {MAX_SPEAKERS} intervenants.", field="speakers", code=CommonErrorCode.OUT_OF_RANGE
        )
    speakers = [
        SpeakerInput(
            name=_text(s.name, field=f"speakers.{i}.name", label="Le nom", max_length=SPEAKER_NAME_MAX_LENGTH),
            title=_text(
                s.title,
                field=f"speakers.{i}.title",
                label="La fonction",
                max_length=SPEAKER_TEXT_MAX_LENGTH,
                required=False,
            ),
            organisation=_text(
                s.organisation,
                field=f"speakers.{i}.organisation",
                label="L'organisation",
                max_length=SPEAKER_TEXT_MAX_LENGTH,
                required=False,
            ),
        )
        for i, s in enumerate(data.speakers)
    ]
    return {
        "kind": data.kind,
        "title": title,
        "description": description,
        "theme_key": theme_key,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "room": room,
        "capacity": data.capacity,
        "open_to_public": data.open_to_public,
        "speakers": speakers,
    }


async def _check_room_free(
    session: TenantSession, event_id: int, values: dict[str, object], own_id: int | None
) -> None:
    room = str(values["room"])
    if not room:
        return  # no room named (the hackathon across the building): nothing to collide with
    starts_at, ends_at = values["starts_at"], values["ends_at"]
    assert isinstance(starts_at, datetime) and isinstance(ends_at, datetime)
    others = await session.scalars(
        select(EventSession)
        .where(EventSession.event_id == event_id, EventSession.starts_at < ends_at, EventSession.ends_at > starts_at)
        .order_by(EventSession.starts_at, EventSession.id)
    )
    for other in others:
        if other.id != own_id and same_room(other.room, room):
            raise InvalidInputError(
                f"La salle « {other.room} » est déjà prise par « {other.title} » de {_hour(other.starts_at)} à "
                f"{_hour(other.ends_at)} le {other.starts_at.astimezone(PARIS).strftime('%d/%m')}.",
                field="room",
                code=EventErrorCode.ROOM_TAKEN,
            )


async def _session_of_event(uow: UnitOfWork, region: str, session_id: int) -> EventSession:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    row: EventSession | None = await uow.region(region).get(EventSession, session_id)
    if row is None:
        raise NotFoundError()
    return row


def _audit_values(values: dict[str, object]) -> dict[str, object]:
    return {
        name: (
            value.isoformat()
            if isinstance(value, datetime)
            else [s.name for s in value]
            if name == "speakers" and isinstance(value, list)
            else value
        )
        for name, value in values.items()
    }


def _replace_speakers(session: TenantSession, session_id: int, speakers: object) -> None:
    assert isinstance(speakers, list)
    for position, speaker in enumerate(speakers):
        session.add(
            SessionSpeaker(
                session_id=session_id,
                name=speaker.name,
                title=speaker.title,
                organisation=speaker.organisation,
                position=position,
            )
        )


async def create_session(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, data: SessionInput, request_id: str
) -> SessionView:
    event = await managed_event(uow, principal, region, event_id)
    assert principal is not None
    session = uow.region(region)
    values = await _checked(uow, event, data)
    await _check_room_free(session, event.id, values, None)
    speakers = values.pop("speakers")
    row = EventSession(event_id=event.id, **values)
    session.add(row)
    await session.flush()
    _replace_speakers(session, row.id, speakers)
    await session.flush()
    record_change(
        session,
        principal,
        request_id=request_id,
        action="event_session.added",
        entity_type="EventSession",
        entity_id=row.id,
        before=None,
        after={"eventId": event.id} | _audit_values(values | {"speakers": speakers}),
    )
    return await session_view(session, region, row.id)


async def session_view(session: TenantSession, region: str, session_id: int) -> SessionView:
    row = await session.get(EventSession, session_id)
    if row is None:
        raise NotFoundError()
    return next(s for s in (await sessions_by_event(session, region, [row.event_id]))[row.event_id] if s.id == row.id)


async def update_session(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    session_id: int,
    expected_version: int,
    data: SessionInput,
    request_id: str,
) -> SessionView:
    row = await _session_of_event(uow, region, session_id)
    event = await managed_event(uow, principal, region, row.event_id)
    assert principal is not None
    session = uow.region(region)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="EventSession", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    values = await _checked(uow, event, data)
    await _check_room_free(session, event.id, values, row.id)
    speakers = values.pop("speakers")
    assert isinstance(speakers, list)
    before = await session_view(session, region, row.id)
    moved = (
        before.starts_at != values["starts_at"]
        or before.ends_at != values["ends_at"]
        or not same_room(before.room, str(values["room"]))
    )
    changed_before = {name: getattr(row, name) for name, value in values.items() if getattr(row, name) != value}
    changed_after = {name: values[name] for name in changed_before}
    old_speakers = [SpeakerInput(name=s.name, title=s.title, organisation=s.organisation) for s in before.speakers]
    if old_speakers != speakers:
        changed_before["speakers"] = old_speakers
        changed_after["speakers"] = speakers
        await session.execute(delete(SessionSpeaker).where(SessionSpeaker.session_id == row.id))
        _replace_speakers(session, row.id, speakers)
    if not changed_after:
        return before
    for name, value in values.items():
        setattr(row, name, value)
    if "speakers" in changed_after and len(changed_after) == 1:
        row.updated_at = datetime.now(UTC)  # a new version for a change of speakers only
    await session.flush()
    record_change(
        session,
        principal,
        request_id=request_id,
        action="event_session.updated",
        entity_type="EventSession",
        entity_id=row.id,
        before=_audit_values(changed_before),
        after=_audit_values(changed_after) | {"eventId": event.id, "title": row.title},
    )
    after = await session_view(session, region, row.id)
    if moved:
        await _announce(uow, session, event, after, cancelled=False)
    return after


async def delete_session(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    session_id: int,
    expected_version: int,
    request_id: str,
) -> EventView:
    """Cancel a session: its seats are freed and its registrants told. Returns its event."""
    row = await _session_of_event(uow, region, session_id)
    event = await managed_event(uow, principal, region, row.event_id)
    assert principal is not None
    session = uow.region(region)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="EventSession", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    cancelled = await session_view(session, region, row.id)
    await _announce(uow, session, event, cancelled, cancelled=True)
    await session.execute(delete(SessionSeat).where(SessionSeat.session_id == row.id))
    await session.execute(delete(SessionSpeaker).where(SessionSpeaker.session_id == row.id))
    await session.delete(row)
    await session.flush()
    record_change(
        session,
        principal,
        request_id=request_id,
        action="event_session.deleted",
        entity_type="EventSession",
        entity_id=cancelled.id,
        before={"eventId": event.id, "title": cancelled.title, "startsAt": cancelled.starts_at.isoformat()},
        after=None,
    )
    return event


async def _announce(
    uow: UnitOfWork, session: TenantSession, event: EventView, changed: SessionView, *, cancelled: bool
) -> None:
    """Queue the e-mail to the session's registrants (confirmed or waiting), sent once the change is stored."""
    rows = await session.execute(
        select(Registration.name, Registration.email)
        .join(SessionSeat, SessionSeat.registration_id == Registration.id)
        .where(SessionSeat.session_id == changed.id, Registration.status == RegistrationStatus.REGISTERED)
        .order_by(Registration.id)
    )
    recipients = [programme_mail.Recipient(name=name, email=email) for name, email in rows]
    if not recipients:
        return
    settings = uow.registry.settings

    async def send() -> None:
        await programme_mail.send_session_change(settings, event, changed, recipients, cancelled=cancelled)

    uow.after_commit(send)
