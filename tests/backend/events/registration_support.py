"""A registration-open event for the registration tests, hosted by Normandie and co-organised by Île-de-France
(apart from the demo's, whose programme and registrations change with the demo), with a programme made directly
with the models, and the public form's GraphQL calls."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from filiere.app import create_app
from filiere.events.models import Event, EventCoOrganiser, EventSession, Registration, SessionKind, SessionSeat
from filiere.events.registrations import token_hash
from filiere.ids import encode_id
from filiere.text import newest_first_key
from tests.backend.mail import settings_with_smtp
from tests.backend.world import PUBLIC_URL, World

SLUG = "2030-evenement-des-tests-d-inscription"
REGION = "normandie"
ORGANISER = "conseiller.normandie@demo.filiere.fr"
CO_ORGANISER = "conseiller.ile-de-france@demo.filiere.fr"
OTHER_REGION = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
COACH = "coach.normandie@demo.filiere.fr"
STUDENT = "etudiant.normandie@demo.filiere.fr"
DAY = datetime(2030, 11, 30, 8, 0, tzinfo=UTC)
VALID_SIRET = "73282932000074"

REGISTER = """mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) {
  __typename
  ... on RegisterForEventSuccess { registration { id status name sessions {
    session { id title startsAt } status waitingPosition } } }
  ... on EventError { field code message } } }"""


@dataclass(frozen=True)
class Programme:
    event_id: str  # global ids
    small_workshop: str  # capacity 2
    other_workshop: str  # unlimited, at the same time as the small one
    conference: str  # unlimited, later
    hackathon: str  # not open to the public
    event_key: int
    small_key: int


def session_id(key: int) -> str:
    return encode_id("EventSession", REGION, key)


async def open_programme(world: World, *, closes_in: timedelta = timedelta(days=30)) -> Programme:
    """The 2023 event with registration open and four sessions."""
    async with world.registry.region(REGION).sessions() as session, session.begin():
        event = Event(
            slug=SLUG,
            name="Événement des tests d'inscription",
            edition_year=2030,
            sort_key=newest_first_key(2030, "Événement des tests d'inscription"),
            starts_on=DAY.date(),
            ends_on=DAY.date(),
            registration_closes_at=datetime.now(UTC) + closes_in,
        )
        session.add(event)
        await session.flush()
        session.add(EventCoOrganiser(event_id=event.id, region="ile-de-france"))

        def add(kind: SessionKind, title: str, start: int, minutes: int, **extra: Any) -> EventSession:
            row = EventSession(
                event_id=event.id,
                kind=kind,
                title=title,
                starts_at=DAY + timedelta(minutes=start),
                ends_at=DAY + timedelta(minutes=start + minutes),
                room="Amphi A",
                **extra,
            )
            session.add(row)
            return row

        small = add(SessionKind.WORKSHOP, "Financer ses projets", 60, 20, capacity=2)
        other = add(SessionKind.WORKSHOP, "Recruter et fidéliser", 70, 20)
        conference = add(SessionKind.CONFERENCE, "La souveraineté industrielle", 120, 60)
        hackathon = add(SessionKind.HACKATHON, "Hackathon", 200, 240, open_to_public=False)
        await session.flush()
        return Programme(
            event_id=encode_id("Event", REGION, event.id),
            small_workshop=session_id(small.id),
            other_workshop=session_id(other.id),
            conference=session_id(conference.id),
            hackathon=session_id(hackathon.id),
            event_key=event.id,
            small_key=small.id,
        )


def person(programme: Programme, number: int = 1, **changes: Any) -> dict[str, Any]:
    return {
        "eventId": programme.event_id,
        "name": f"Camille Martin {number} (démo)",
        "email": f"camille.martin{number}@exemple.fr",
        "company": "Tissages de Normandie (démo)",
        "siret": None,
        "function": "Directrice industrielle",
        "sessionIds": [programme.small_workshop, programme.conference],
        "consent": True,
        **changes,
    }


async def register(world: World, programme: Programme, number: int = 1, **changes: Any) -> dict[str, Any]:
    body = await world.graphql(REGISTER, {"input": person(programme, number, **changes)})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["registerForEvent"]
    return payload


async def stored(world: World) -> tuple[int, int]:
    """(registrations, seats) of the test event: what a refused request must leave as it was."""
    async with world.registry.region(REGION).sessions() as session:
        event_id = await session.scalar(select(Event.id).where(Event.slug == SLUG))
        registrations = len(
            list(await session.scalars(select(Registration.id).where(Registration.event_id == event_id)))
        )
        seats = len(
            list(
                await session.scalars(
                    select(SessionSeat.session_id)
                    .join(Registration, Registration.id == SessionSeat.registration_id)
                    .where(Registration.event_id == event_id)
                )
            )
        )
    return registrations, seats


async def token_of(world: World, email: str) -> str:
    """A known token for `email`'s registration: the test sets it (only its hash is stored)."""
    token = f"test-token-{email}"
    async with world.registry.region(REGION).sessions() as session, session.begin():
        row = await session.scalar(
            select(Registration)
            .join(Event, Event.id == Registration.event_id)
            .where(Event.slug == SLUG, Registration.email == email)
        )
        assert row is not None
        row.token_hash = token_hash(token)
    return token


async def call(client: httpx.AsyncClient, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """A GraphQL call of the public (no token) through `client`."""
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


@asynccontextmanager
async def mailing_client(world: World, port: int) -> AsyncIterator[httpx.AsyncClient]:
    """The public's browser on an app that mails through the test SMTP server."""
    app = create_app(settings_with_smtp(world, port))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL) as browser:
            yield browser
    finally:
        await app.state.registry.dispose()
