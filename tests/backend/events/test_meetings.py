"""B2B meeting requests through GraphQL: a partner asks a project, the organisers answer and record requests for
projects, either asker withdraws; each side sees only what it should."""

from __future__ import annotations

import pytest

from filiere.ids import encode_id
from tests.backend.events.meeting_support import (
    CO_ORGANISER,
    COACH,
    EVENT_SLUG,
    JUROR,
    NATIONAL,
    ORGANISER,
    OTHER_PARTNER,
    OTHER_REGION,
    PARTNER,
    STUDENT,
    stage,
    user_global_id,
)
from tests.backend.events.meetings_documents import ANSWER, MINE, REQUEST, WITHDRAW, board, mutate
from tests.backend.world import World


async def test_a_partner_asks_a_project_and_the_organisers_accept(world: World) -> None:
    staged = await stage(world)
    asked = await mutate(
        world, REQUEST, PARTNER, eventId=staged.event_id, pitchId=staged.pitch_ids[0], message=" Parlons financement "
    )
    request = asked["request"]
    assert (request["status"], request["message"], request["askedByPartner"]) == (
        "PENDING",
        "Parlons financement",
        True,
    )
    assert request["pitch"]["projectName"] == staged.project_names[0]
    assert (request["viewerCanAnswer"], request["viewerCanWithdraw"]) == (False, True)
    again = await mutate(world, REQUEST, PARTNER, eventId=staged.event_id, pitchId=staged.pitch_ids[0])
    assert again["code"] == "DUPLICATE_MEETING_REQUEST"
    # The partner cannot answer their own request; the organisers (co-organisers too) answer for the project.
    refused = await mutate(world, ANSWER, PARTNER, requestId=request["id"], accept=True)
    assert refused["code"] == "NOT_ALLOWED"
    seen = await board(world, CO_ORGANISER)
    assert seen is not None
    node = seen["meetingRequests"]["edges"][0]["node"]
    assert node["viewerCanAnswer"] is True and node["partnerName"] == "Karim Benali"
    accepted = await mutate(
        world, ANSWER, CO_ORGANISER, requestId=request["id"], accept=True, expectedVersion=node["version"]
    )
    assert accepted["request"]["status"] == "ACCEPTED"
    closed = await mutate(world, ANSWER, ORGANISER, requestId=request["id"], accept=False)
    assert closed["code"] == "MEETING_REQUEST_CLOSED"
    withdrawn = await mutate(world, WITHDRAW, PARTNER, requestId=request["id"])
    assert withdrawn["request"]["status"] == "WITHDRAWN"
    # Once withdrawn the pair may ask again.
    anew = await mutate(world, REQUEST, PARTNER, eventId=staged.event_id, pitchId=staged.pitch_ids[0])
    assert anew["__typename"] == "MeetingRequestSuccess"


async def test_organisers_record_a_project_s_request_that_the_partner_answers(world: World) -> None:
    staged = await stage(world)
    bpifrance = user_global_id(staged.partner_user_ids[0])
    missing = await mutate(world, REQUEST, ORGANISER, eventId=staged.event_id, pitchId=staged.pitch_ids[1])
    assert (missing["code"], missing["field"]) == ("REQUIRED", "partnerUserId")
    adviser = user_global_id((await world.user(OTHER_REGION)).id)
    not_partner = await mutate(
        world, REQUEST, ORGANISER, eventId=staged.event_id, pitchId=staged.pitch_ids[1], partnerUserId=adviser
    )
    assert not_partner["code"] == "NOT_A_PARTNER"
    recorded = await mutate(
        world, REQUEST, ORGANISER, eventId=staged.event_id, pitchId=staged.pitch_ids[1], partnerUserId=bpifrance
    )
    request = recorded["request"]
    assert request["askedByPartner"] is False
    mine = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=PARTNER)
    assert [(m["id"], m["viewerCanAnswer"]) for m in mine["data"]["myMeetings"]] == [(request["id"], True)]
    other = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=OTHER_PARTNER)
    assert other["data"]["myMeetings"] == []
    for stranger in (OTHER_PARTNER, OTHER_REGION):
        answer = await mutate(world, ANSWER, stranger, requestId=request["id"], accept=True)
        assert answer["code"] in {"NOT_FOUND", "NOT_ALLOWED"}
    hidden = await mutate(world, ANSWER, OTHER_PARTNER, requestId=request["id"], accept=True)
    assert hidden["code"] == "NOT_FOUND"  # a partner learns nothing of another's requests
    declined = await mutate(world, ANSWER, PARTNER, requestId=request["id"], accept=False)
    assert declined["request"]["status"] == "DECLINED"


async def test_a_pitch_of_another_event_or_an_oversize_message_is_refused(world: World) -> None:
    staged = await stage(world)
    long = await mutate(
        world, REQUEST, PARTNER, eventId=staged.event_id, pitchId=staged.pitch_ids[0], message="x" * 1001
    )
    assert long["code"] == "TOO_LONG"
    rouen = await world.graphql(
        '{ eventBySlug(slug: "2022-24-heures-pour-relocaliser-rouen") { id } }', as_user=PARTNER
    )
    wrong = await mutate(
        world, REQUEST, PARTNER, eventId=rouen["data"]["eventBySlug"]["id"], pitchId=staged.pitch_ids[0]
    )
    assert wrong["code"] == "PITCH_NOT_IN_EVENT"
    missing = await mutate(
        world, REQUEST, PARTNER, eventId=encode_id("Event", "normandie", 999999), pitchId=staged.pitch_ids[0]
    )
    assert missing["code"] == "NOT_FOUND"
    nothing = await board(world, ORGANISER)
    assert nothing is not None and nothing["meetingRequests"]["totalCount"] == 0


@pytest.mark.parametrize("reader", [OTHER_REGION, NATIONAL, PARTNER, JUROR, COACH, STUDENT, None])
async def test_only_organisers_see_the_event_s_requests(world: World, reader: str | None) -> None:
    staged = await stage(world)
    await mutate(world, REQUEST, PARTNER, eventId=staged.event_id, pitchId=staged.pitch_ids[0])
    event = await board(world, reader)
    assert event is None or event["meetingRequests"]["totalCount"] == 0
    if reader in (JUROR, COACH, STUDENT, None):
        assert event is None
        body = await world.graphql(MINE, {"eventId": staged.event_id}, as_user=reader)
        assert not (body.get("data") or {}).get("myMeetings")
        if reader is not None:
            asked = await mutate(world, REQUEST, reader, eventId=staged.event_id, pitchId=staged.pitch_ids[1])
            assert asked["code"] == "NOT_ALLOWED"


@pytest.mark.parametrize("reader", [ORGANISER, CO_ORGANISER, OTHER_REGION, PARTNER])
async def test_organisers_choose_among_the_partners_people(world: World, reader: str) -> None:
    staged = await stage(world)
    body = await world.graphql(
        "query($slug: String!) { eventBySlug(slug: $slug) { meetingPartners { id name } } }",
        {"slug": EVENT_SLUG},
        as_user=reader,
    )
    partners = body["data"]["eventBySlug"]["meetingPartners"]
    if reader in (ORGANISER, CO_ORGANISER):
        assert {p["name"] for p in partners} == {"Karim Benali", "Claire Martin (démo)"}
        assert user_global_id(staged.partner_user_ids[0]) in {p["id"] for p in partners}
    else:
        assert partners == []
