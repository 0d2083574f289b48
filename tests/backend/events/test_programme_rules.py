"""The organisers' edits of a programme: one room holds one session at a time, sessions within the event's days,
workshops on the method's themes, the hackathon never public; refused edits write nothing; registrants told."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.events.models import EventSession, Registration, RegistrationStatus, SeatStatus, SessionSeat
from filiere.ids import decode_id
from filiere.text import fold
from tests.backend.events.programme_support import (
    ADVISER,
    CREATE_EVENT,
    DELETE_SESSION,
    EVENT_2023,
    IDF_ADVISER,
    UPDATE_EVENT,
    UPDATE_SESSION,
    create_session,
    event_by_slug,
    session_input,
)
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.world import World


async def event_2023(world: World) -> dict[str, Any]:
    event = await event_by_slug(world, EVENT_2023)
    assert event is not None
    return event


async def stored_sessions(world: World) -> int:
    async with world.registry.region("normandie").sessions() as session:
        return await session.scalar(select(func.count()).select_from(EventSession)) or 0


async def test_a_session_in_a_free_room_is_added_with_its_speakers_and_audited(world: World) -> None:
    event = await event_2023(world)
    payload = await create_session(world, event["id"])
    assert payload["__typename"] == "EventSessionSuccess", payload
    created = payload["session"]
    assert created["startTime"] == "15:00" and created["endTime"] == "16:00" and created["day"] == "2023-11-30"
    assert created["startsAt"].startswith("2023-11-30T14:00:00")  # Paris is UTC+1 in winter
    assert created["speakers"] == [
        {"name": "Intervenant (démo)", "title": "Chargé d'affaires", "organisation": "Banque (démo)"}
    ]
    assert created["id"] in [s["id"] for s in payload["event"]["sessions"]]
    async with world.registry.region("normandie").sessions() as session:
        actions = list(await session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "EventSession")))
    assert actions == ["event_session.added"]


@pytest.mark.parametrize(
    ("room", "start", "end", "taken"),
    [
        pytest.param("Amphithéâtre", "10:00", "10:15", True, id="same-room-inside"),
        pytest.param("  amphitheatre ", "09:00", "09:45", True, id="case-accents-spaces-ignored"),
        pytest.param("AMPHI THÉÂTRE", "12:00", "13:00", True, id="overlapping-end"),
        pytest.param("Amphithéâtre", "08:30", "09:30", False, id="ends-when-the-other-starts"),
        pytest.param("Amphithéâtre", "12:30", "13:30", False, id="starts-when-the-other-ends"),
        pytest.param("Salle 101", "10:00", "10:15", False, id="another-room"),
    ],
)
async def test_two_sessions_never_share_a_room(world: World, room: str, start: str, end: str, taken: bool) -> None:
    event = await event_2023(world)
    before = await stored_sessions(world)
    payload = await create_session(world, event["id"], room=room, startTime=start, endTime=end)
    if taken:
        assert payload["__typename"] == "EventInvalid", payload
        assert payload["code"] == "ROOM_TAKEN" and payload["field"] == "room"
        assert "est déjà prise par" in payload["message"] and " h " in payload["message"]
        assert await stored_sessions(world) == before
    else:
        assert payload["__typename"] == "EventSessionSuccess", payload


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        pytest.param({"endTime": "14:00"}, "ENDS_BEFORE_START", "endTime", id="ends-before-start"),
        pytest.param({"startTime": "15:00", "endTime": "15:00"}, "ENDS_BEFORE_START", "endTime", id="no-length"),
        pytest.param({"day": "2023-12-02"}, "OUTSIDE_EVENT_DAYS", "day", id="after-the-event"),
        pytest.param({"startTime": "25:00"}, "OUT_OF_RANGE", "startTime", id="not-a-time"),
        pytest.param({"capacity": 0}, "OUT_OF_RANGE", "capacity", id="no-seat"),
        pytest.param({"title": "  "}, "REQUIRED", "title", id="no-title"),
        pytest.param({"kind": "WORKSHOP"}, "UNKNOWN_THEME", "themeKey", id="workshop-without-theme"),
        pytest.param({"kind": "WORKSHOP", "themeKey": "cuisine"}, "UNKNOWN_THEME", "themeKey", id="unknown-theme"),
        pytest.param({"kind": "HACKATHON"}, "CLOSED_TO_PUBLIC", "openToPublic", id="public-hackathon"),
        pytest.param({"kind": "PITCH_PREPARATION"}, "CLOSED_TO_PUBLIC", "openToPublic", id="public-preparation"),
        pytest.param({"speakers": [{"name": ""}]}, "REQUIRED", "speakers.0.name", id="speaker-without-name"),
    ],
)
async def test_refused_sessions_name_their_field_and_write_nothing(
    world: World, overrides: dict[str, Any], code: str, field: str
) -> None:
    event = await event_2023(world)
    before = await stored_sessions(world)
    payload = await create_session(world, event["id"], **overrides)
    assert payload["__typename"] == "EventInvalid", payload
    assert (payload["code"], payload["field"]) == (code, field)
    assert await stored_sessions(world) == before


async def test_a_workshop_takes_a_theme_of_the_event_s_method(world: World) -> None:
    event = await event_2023(world)
    assert [theme["key"] for theme in event["meetupThemes"]] == [
        "recruter-et-fideliser",
        "financer-ses-projets",
        "innover-et-r-et-d",
        "export",
        "demarche-rse",
    ]
    payload = await create_session(world, event["id"], kind="WORKSHOP", themeKey="export", speakers=[])
    assert payload["session"]["theme"] == {"key": "export", "name": "Se développer à l'export"}
    hackathon = await create_session(world, event["id"], kind="HACKATHON", openToPublic=False, room="Salle 102")
    assert hackathon["__typename"] == "EventSessionSuccess" and hackathon["session"]["openToPublic"] is False


async def test_moving_a_session_keeps_its_own_room_free_and_checks_the_version(world: World) -> None:
    event = await event_2023(world)
    conference = next(s for s in event["sessions"] if s["title"].startswith("L'épopée de Verkor"))
    moved = session_input(title=conference["title"], room="Amphithéâtre", startTime="10:40", endTime="11:30")
    body = await world.graphql(
        UPDATE_SESSION,
        {"input": {"id": conference["id"], "expectedVersion": conference["version"], "session": moved}},
        as_user=ADVISER,
    )
    assert body["data"]["updateEventSession"]["__typename"] == "EventSessionSuccess", body
    assert body["data"]["updateEventSession"]["session"]["startTime"] == "10:40"
    stale = await world.graphql(
        UPDATE_SESSION,
        {"input": {"id": conference["id"], "expectedVersion": conference["version"], "session": moved}},
        as_user=ADVISER,
    )
    assert stale["data"]["updateEventSession"]["code"] == "STALE_VERSION"


async def test_the_co_organiser_edits_the_event_and_its_pitch_length_within_bounds(world: World) -> None:
    event = await event_2023(world)
    fields = {
        "id": event["id"],
        "expectedVersion": event["version"],
        "name": event["name"],
        "startsOn": "2023-11-30",
        "endsOn": "2023-12-01",
        "venue": "NEOMA Business School, Rouen",
        "pitchSeconds": 240,
    }
    body = await world.graphql(UPDATE_EVENT, {"input": fields}, as_user=IDF_ADVISER)
    assert body["data"]["updateEvent"]["event"]["pitchSeconds"] == 240, body
    version = body["data"]["updateEvent"]["event"]["version"]
    refused = await world.graphql(
        UPDATE_EVENT, {"input": fields | {"expectedVersion": version, "pitchSeconds": 30}}, as_user=ADVISER
    )
    assert refused["data"]["updateEvent"]["field"] == "pitchSeconds"


async def test_a_host_team_creates_its_event_with_a_slug_unique_across_regions(world: World) -> None:
    data = {"region": "ile-de-france", "name": "Pour une France industrielle", "startsOn": "2023-12-05",
            "endsOn": "2023-12-05", "venue": "Paris", "coOrganisers": ["normandie"]}  # fmt: skip
    body = await world.graphql(CREATE_EVENT, {"input": data}, as_user=IDF_ADVISER)
    created = body["data"]["createEvent"]
    assert created["__typename"] == "EventSuccess", body
    # The Normandie-hosted 2023 event already has the plain slug: checked in every region.
    assert created["event"]["slug"] == "2023-pour-une-france-industrielle-2"
    assert created["event"]["hostRegion"] == {"slug": "ile-de-france"}
    assert created["event"]["coOrganisers"] == [{"slug": "normandie"}]
    assert len(created["event"]["meetupThemes"]) == 5
    taken = await world.graphql(
        CREATE_EVENT, {"input": data | {"name": "Autre", "slug": EVENT_2023}}, as_user=IDF_ADVISER
    )
    assert taken["data"]["createEvent"]["code"] == "SLUG_TAKEN"
    elsewhere = await world.graphql(CREATE_EVENT, {"input": data | {"name": "Autre"}}, as_user=ADVISER)
    assert elsewhere["data"]["createEvent"]["code"] == "NOT_ALLOWED"


async def test_registrants_are_told_when_their_session_moves_or_is_cancelled(
    world: World, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    monkeypatch.setattr(world.registry, "settings", settings_with_smtp(world, port))
    event = await event_2023(world)
    workshop = next(s for s in event["sessions"] if s["theme"] and s["theme"]["key"] == "financer-ses-projets")
    await register(world, workshop["id"], "Alice Martin (démo)", "alice@example.org")
    moved = session_input(
        kind="WORKSHOP", themeKey="financer-ses-projets", title=workshop["title"], room="Salle 101", speakers=[]
    )
    body = await world.graphql(
        UPDATE_SESSION,
        {"input": {"id": workshop["id"], "expectedVersion": workshop["version"], "session": moved}},
        as_user=ADVISER,
    )
    assert body["data"]["updateEventSession"]["__typename"] == "EventSessionSuccess", body
    message = inbox.wait_for("alice@example.org", subject="modifiée")
    assert "Salle 101" in message.get_content() and "15:00" in message.get_content()
    version = body["data"]["updateEventSession"]["session"]["version"]
    deleted = await world.graphql(
        DELETE_SESSION, {"input": {"id": workshop["id"], "expectedVersion": version}}, as_user=ADVISER
    )
    assert deleted["data"]["deleteEventSession"]["__typename"] == "EventSuccess", deleted
    inbox.wait_for("alice@example.org", subject="annulée")
    async with world.registry.region("normandie").sessions() as session:
        freed = decode_id(workshop["id"]).int_key
        seats = select(func.count()).select_from(SessionSeat).where(SessionSeat.session_id == freed)
        assert await session.scalar(seats) == 0, "its seats are freed"


async def register(world: World, session_gid: str, name: str, email: str) -> None:
    """A registration with a confirmed seat, written as the registration part stores one."""
    session_id = decode_id(session_gid).int_key
    now = datetime.now(UTC)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        row = await session.get(EventSession, session_id)
        assert row is not None
        registration = Registration(
            event_id=row.event_id,
            name=name,
            sort_key=fold(name),
            email=email,
            company="Entreprise (démo)",
            status=RegistrationStatus.REGISTERED,
            token_hash=email.ljust(64, "0")[:64],
            consented_at=now,
        )
        session.add(registration)
        await session.flush()
        session.add(
            SessionSeat(
                registration_id=registration.id, session_id=session_id, status=SeatStatus.CONFIRMED, requested_at=now
            )
        )
