"""Agendas of B2B meetings: each participant's e-mail with its `.ics`, a partner's own agenda and calendar,
and the organisers' list of requests at a constant cost."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from icalendar import Calendar

from filiere.app import create_app
from filiere.events.meeting_models import MeetingRequestStatus
from tests.backend.events.meeting_support import (
    ORGANISER,
    OTHER_PARTNER,
    PARTNER,
    add_requests,
    stage,
)
from tests.backend.events.meetings_documents import BOARD, MINE, SCHEDULE, SEND, SLUG, mutate
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.world import PUBLIC_URL, World, count_statements


@pytest.fixture
async def mailing(world: World, smtp: tuple[Inbox, int]) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app that mails through the test SMTP server."""
    app = create_app(settings_with_smtp(world, smtp[1]))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL) as client:
            yield client
    finally:
        await app.state.registry.dispose()


async def test_each_participant_gets_their_agenda_with_an_ics(
    world: World, mailing: httpx.AsyncClient, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    staged = await stage(world, tables=2, slots=3)
    await add_requests(world, staged, [(0, 0), (3, 0), (1, 1)], status=MeetingRequestStatus.ACCEPTED)
    await mutate(world, SCHEDULE, ORGANISER, eventId=staged.event_id)
    response = await mailing.post(
        "/graphql",
        json={"query": SEND, "variables": {"input": {"eventId": staged.event_id}}},
        headers=await world.headers(ORGANISER),
    )
    payload = response.json()["data"]["sendMeetingAgendas"]
    assert payload["recipientCount"] == 5  # two partners' people, three companies
    message = inbox.wait_for(PARTNER, subject="vos rendez-vous")
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert f"le projet « {staged.project_names[0]} »" in text and "table" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "rendez-vous.ics"
    calendar = Calendar.from_ical(attachment.get_content())
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    assert all(str(e["SUMMARY"]).startswith("Rendez-vous avec le projet") for e in events)
    company = inbox.wait_for("contact.idf@example.org", subject="vos rendez-vous")
    assert "Karim Benali" in company.get_body(("plain",)).get_content()  # type: ignore[union-attr]


async def test_a_partner_reads_their_own_agenda_and_calendar(world: World) -> None:
    staged = await stage(world, tables=2, slots=3)
    await add_requests(world, staged, [(0, 0), (1, 0), (2, 1)], status=MeetingRequestStatus.ACCEPTED)
    before = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=PARTNER)
    assert before["data"]["myMeetingAgendaIcs"] is None
    await mutate(world, SCHEDULE, ORGANISER, eventId=staged.event_id)
    mine = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=PARTNER)
    meetings = mine["data"]["myMeetings"]
    assert [m["pitch"]["projectName"] for m in meetings] != []
    assert {m["partnerName"] for m in meetings} == {"Karim Benali"}
    starts = [m["slotStartsAt"] for m in meetings]
    assert starts == sorted(starts)
    calendar = Calendar.from_ical(mine["data"]["myMeetingAgendaIcs"])
    assert len(calendar.walk("VEVENT")) == 2
    other = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=OTHER_PARTNER)
    assert [m["partnerName"] for m in other["data"]["myMeetings"]] == ["Claire Martin (démo)"]


async def test_the_requests_list_costs_the_same_for_one_and_many_requests(world: World) -> None:
    counts = []
    for pairs in ([(0, 0), (3, 1)], [(p, q) for p in range(4) for q in range(2)]):
        await world.reset()
        staged = await stage(world, tables=3, slots=3)
        await add_requests(world, staged, pairs, status=MeetingRequestStatus.ACCEPTED)
        await mutate(world, SCHEDULE, ORGANISER, eventId=staged.event_id)
        with count_statements(world.registry) as counter:
            body = await world.graphql(BOARD, SLUG, as_user=ORGANISER)
        assert body["data"]["eventBySlug"]["meetingRequests"]["totalCount"] == len(pairs)
        counts.append(counter.count)
    assert counts[0] == counts[1]
