"""The GraphQL documents of the B2B meetings tests, shared by their modules."""

from __future__ import annotations

from typing import Any

from tests.backend.events.meeting_support import EVENT_SLUG
from tests.backend.world import World

REQUEST_FIELDS = """id version status message askedByPartner pitch { id projectName } partnerName
  slotStartsAt slotEndsAt tableNumber placedByHand viewerCanAnswer viewerCanWithdraw"""
ERROR = "... on EventError { code field message }"
REQUEST = f"""mutation($input: RequestMeetingInput!) {{ requestMeeting(input: $input) {{
  __typename ... on MeetingRequestSuccess {{ request {{ {REQUEST_FIELDS} }} }} {ERROR} }} }}"""
ANSWER = f"""mutation($input: AnswerMeetingRequestInput!) {{ answerMeetingRequest(input: $input) {{
  __typename ... on MeetingRequestSuccess {{ request {{ {REQUEST_FIELDS} }} }} {ERROR} }} }}"""
WITHDRAW = f"""mutation($input: WithdrawMeetingRequestInput!) {{ withdrawMeetingRequest(input: $input) {{
  __typename ... on MeetingRequestSuccess {{ request {{ {REQUEST_FIELDS} }} }} {ERROR} }} }}"""
SCHEDULE = f"""mutation($input: ScheduleMeetingsInput!) {{ scheduleMeetings(input: $input) {{
  __typename ... on ScheduleMeetingsSuccess {{ placedCount unplaced {{ request {{ id }} reason message }} }}
  {ERROR} }} }}"""
PLACE = f"""mutation($input: PlaceMeetingInput!) {{ placeMeeting(input: $input) {{
  __typename ... on MeetingRequestSuccess {{ request {{ {REQUEST_FIELDS} }} }} {ERROR} }} }}"""
UNPLACE = f"""mutation($input: UnplaceMeetingInput!) {{ unplaceMeeting(input: $input) {{
  __typename ... on MeetingRequestSuccess {{ request {{ {REQUEST_FIELDS} }} }} {ERROR} }} }}"""
TABLES = f"""mutation($input: SetMeetingTablesInput!) {{ setMeetingTables(input: $input) {{
  __typename ... on MeetingTablesSuccess {{ event {{ meetingTables }} }} {ERROR} }} }}"""
SEND = f"""mutation($input: SendMeetingAgendasInput!) {{ sendMeetingAgendas(input: $input) {{
  __typename ... on SendMeetingAgendasSuccess {{ recipientCount }} {ERROR} }} }}"""
BOARD = f"""query($slug: String!) {{ eventBySlug(slug: $slug) {{ meetingTables meetingSlots {{ startsAt endsAt }}
  meetingProjects {{ id projectName }}
  meetingRequests(first: 50) {{ totalCount edges {{ node {{ {REQUEST_FIELDS} }} }} }} }} }}"""
MINE = f"""query($eventId: ID!) {{ myMeetings(eventId: $eventId) {{ {REQUEST_FIELDS} }}
  myMeetingAgendaIcs(eventId: $eventId) }}"""
SLUG = {"slug": EVENT_SLUG}


async def mutate(world: World, document: str, as_user: str | None, **values: Any) -> dict[str, Any]:
    """The payload of a one-mutation document."""
    body = await world.graphql(document, {"input": values}, as_user=as_user)
    assert "errors" not in body, body
    payload: dict[str, Any] = next(iter(body["data"].values()))
    return payload


async def board(world: World, as_user: str | None) -> dict[str, Any] | None:
    body = await world.graphql(BOARD, SLUG, as_user=as_user)
    event: dict[str, Any] | None = (body.get("data") or {}).get("eventBySlug")
    return event
