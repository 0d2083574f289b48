"""The e-mails and the personal link: the confirmation with its `.ics`, changing sessions, cancelling, and the
waiting list moving up (the first person waiting is confirmed and told by e-mail)."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from icalendar import Calendar
from sqlalchemy import select

from filiere.events.models import SeatStatus, SessionSeat
from filiere.events.registrations import PER_CLIENT
from filiere.ratelimit.service import hit
from tests.backend.events.registration_support import (
    REGION,
    REGISTER,
    SLUG,
    call,
    mailing_client,
    open_programme,
    person,
    register,
    stored,
    token_of,
)
from tests.backend.mail import Inbox
from tests.backend.world import PUBLIC_URL, World

MINE = """query($token: String!) { myEventRegistration(token: $token) {
  name status sessions { session { title } status waitingPosition } } }"""
UPDATE = """mutation($input: UpdateMyEventRegistrationInput!) { updateMyEventRegistration(input: $input) {
  __typename ... on MyEventRegistrationSuccess { registration { sessions { session { title } status } } }
  ... on EventError { field code message } } }"""
CANCEL = """mutation($input: CancelMyEventRegistrationInput!) { cancelMyEventRegistration(input: $input) {
  __typename ... on MyEventRegistrationSuccess { registration { status sessions { status } } }
  ... on EventError { field code message } } }"""


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def link_in(message: EmailMessage) -> str:
    found = re.search(rf"{re.escape(PUBLIC_URL)}/evenements/{SLUG}/inscription/([\w-]+)", text_of(message))
    assert found is not None, text_of(message)
    return found.group(1)


async def test_the_confirmation_has_the_sessions_the_link_the_ics_and_the_retention(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    programme = await open_programme(world)
    async with mailing_client(world, port) as browser:
        for number in (1, 2, 3):
            answer = await call(browser, REGISTER, {"input": person(programme, number)})
            assert answer["registerForEvent"]["__typename"] == "RegisterForEventSuccess"
        message = inbox.wait_for("camille.martin3@exemple.fr", subject="Votre inscription")
        text = text_of(message)
        assert "Financer ses projets, 30 novembre 2030 à 10 h 00 (liste d'attente, n° 1)" in text
        assert "La souveraineté industrielle, 30 novembre 2030 à 11 h 00 (confirmée)" in text
        assert "supprimées un an après l'événement" in text
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "text/calendar"
        calendar = Calendar.from_ical(attachment.get_content())
        # Only the confirmed session: a waiting seat is no appointment yet.
        assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
            "La souveraineté industrielle — Événement des tests d'inscription"
        ]
        token = link_in(message)
        mine = (await call(browser, MINE, {"token": token}))["myEventRegistration"]
        assert mine["name"] == "Camille Martin 3 (démo)"
        assert {s["session"]["title"]: s["waitingPosition"] for s in mine["sessions"]} == {
            "Financer ses projets": 1,
            "La souveraineté industrielle": None,
        }
        assert (await call(browser, MINE, {"token": token + "x"}))["myEventRegistration"] is None


async def test_a_cancellation_moves_the_first_person_waiting_up_and_tells_them(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    programme = await open_programme(world)
    for number in (1, 2, 3, 4):
        await register(world, programme, number)
    token = await token_of(world, "camille.martin1@exemple.fr")
    async with mailing_client(world, port) as browser:
        cancelled = (await call(browser, CANCEL, {"input": {"token": token}}))["cancelMyEventRegistration"]
        assert cancelled["registration"] == {"status": "CANCELLED", "sessions": []}
        told = inbox.wait_for("camille.martin3@exemple.fr", subject="Place confirmée")
        assert "votre inscription à « Financer ses projets »" in text_of(told)
        assert "est maintenant confirmée" in text_of(told)
        assert [item.rcpt_tos for item in inbox.received] == [["camille.martin3@exemple.fr"]]
        fourth = await token_of(world, "camille.martin4@exemple.fr")
        mine = (await call(browser, MINE, {"token": fourth}))["myEventRegistration"]
        assert mine["sessions"][0] == {
            "session": {"title": "Financer ses projets"},
            "status": "WAITING",
            "waitingPosition": 1,
        }
        again = (await call(browser, CANCEL, {"input": {"token": token}}))["cancelMyEventRegistration"]
        assert again["code"] == "REGISTRATION_CANCELLED"


async def test_leaving_a_session_frees_the_seat_and_joining_one_takes_a_seat(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    programme = await open_programme(world)
    for number in (1, 2, 3):
        await register(world, programme, number)
    token = await token_of(world, "camille.martin2@exemple.fr")
    async with mailing_client(world, port) as browser:
        changed = await call(
            browser, UPDATE, {"input": {"token": token, "sessionIds": [programme.other_workshop, programme.conference]}}
        )
        sessions = changed["updateMyEventRegistration"]["registration"]["sessions"]
        assert [(s["session"]["title"], s["status"]) for s in sessions] == [
            ("Recruter et fidéliser", "CONFIRMED"),
            ("La souveraineté industrielle", "CONFIRMED"),
        ]
        inbox.wait_for("camille.martin3@exemple.fr", subject="Place confirmée")
        refused = await call(
            browser,
            UPDATE,
            {"input": {"token": token, "sessionIds": [programme.small_workshop, programme.other_workshop]}},
        )
        assert refused["updateMyEventRegistration"]["code"] == "SESSIONS_OVERLAP"
        bad = await call(browser, UPDATE, {"input": {"token": "nope", "sessionIds": []}})
        assert (bad["updateMyEventRegistration"]["__typename"], bad["updateMyEventRegistration"]["field"]) == (
            "EventNotAllowed",
            "token",
        )


async def test_the_same_address_again_gets_a_new_link_by_e_mail_and_the_old_one_stops(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    programme = await open_programme(world)
    async with mailing_client(world, port) as browser:
        await call(browser, REGISTER, {"input": person(programme)})
        first = link_in(inbox.wait_for("camille.martin1@exemple.fr", subject="Votre inscription"))
        refused = (await call(browser, REGISTER, {"input": person(programme)}))["registerForEvent"]
        assert refused["code"] == "ALREADY_REGISTERED"
        second = link_in(inbox.wait_for("camille.martin1@exemple.fr", subject="Votre lien d'inscription"))
        assert second != first
        assert (await call(browser, MINE, {"token": first}))["myEventRegistration"] is None
        assert (await call(browser, MINE, {"token": second}))["myEventRegistration"]["status"] == "REGISTERED"
        for _ in range(5):  # a mail bomb is refused the same way, without mail past the limit
            await call(browser, REGISTER, {"input": person(programme)})
        await asyncio.sleep(0.5)
        assert len(inbox.received) == 1 + 3


async def test_the_limit_per_client_covers_the_form_and_the_link(world: World) -> None:
    programme = await open_programme(world)
    for _ in range(PER_CLIENT.hits):
        assert await hit(world.registry, "event-registration:client:127.0.0.1", PER_CLIENT)
    refused = await register(world, programme)
    assert (refused["__typename"], refused["code"]) == ("EventInvalid", "RATE_LIMITED")
    assert "Réessayez dans une heure" in refused["message"]
    cancel = await world.graphql(CANCEL, {"input": {"token": "whatever"}})
    assert cancel["data"]["cancelMyEventRegistration"]["code"] == "RATE_LIMITED"
    mine = await world.graphql(MINE, {"token": "whatever"})
    assert (mine["data"]["myEventRegistration"], mine["errors"][0]["extensions"]["code"]) == (None, "RATE_LIMITED")
    assert await stored(world) == (0, 0)
    assert await hit(
        world.registry, "event-registration:client:127.0.0.1", PER_CLIENT, now=datetime(2100, 1, 1, tzinfo=UTC)
    )


async def test_two_people_taking_the_last_seat_at_once_are_not_both_confirmed(world: World) -> None:
    if world.backend != "postgresql":
        pytest.skip("SQLite serialises writers; the row lock is PostgreSQL's")
    programme = await open_programme(world)
    await register(world, programme, 1, sessionIds=[programme.small_workshop])
    answers = await asyncio.gather(
        *(register(world, programme, number, sessionIds=[programme.small_workshop]) for number in (2, 3, 4, 5))
    )
    assert all(answer["__typename"] == "RegisterForEventSuccess" for answer in answers), answers
    async with world.registry.region(REGION).sessions() as session:
        statuses = list(
            await session.scalars(select(SessionSeat.status).where(SessionSeat.session_id == programme.small_key))
        )
    assert statuses.count(SeatStatus.CONFIRMED) == 2
    assert statuses.count(SeatStatus.WAITING) == 3
