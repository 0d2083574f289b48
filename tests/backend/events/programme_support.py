"""What the programme tests share: the demo people and events, the calls that read and edit a programme."""

from __future__ import annotations

from typing import Any

from tests.backend.world import World

DOMAIN = "demo.filiere.fr"
ADVISER = f"conseiller.normandie@{DOMAIN}"
ADMIN = f"admin.normandie@{DOMAIN}"
IDF_ADVISER = f"conseiller.ile-de-france@{DOMAIN}"  # co-organiser of the 2023 event
HDF_ADVISER = f"conseiller.hauts-de-france@{DOMAIN}"
NATIONAL = f"national@{DOMAIN}"
PARTNER = f"bpifrance@{DOMAIN}"
JUROR = f"jury@{DOMAIN}"
COACH = f"coach.normandie@{DOMAIN}"
STUDENT = f"etudiant.normandie@{DOMAIN}"

EVENT_2023 = "2023-pour-une-france-industrielle"
EVENT_2027 = "2027-pour-une-france-industrielle-demo"
EVENT_2022_HDF = "2022-24-heures-pour-relocaliser-hauts-de-france"

ERRORS = "... on EventError { code field message }"
SESSION_FIELDS = """id kind title description theme { key name } startsAt endsAt day startTime endTime room capacity
  openToPublic version speakers { name title organisation }"""
BY_SLUG = f"""query($slug: String!) {{ eventBySlug(slug: $slug) {{ id name viewerCanManage version
  meetupThemes {{ key name }} sessions {{ {SESSION_FIELDS} }} }} }}"""
CREATE_SESSION = f"""mutation($input: CreateEventSessionInput!) {{ createEventSession(input: $input) {{
  __typename ... on EventSessionSuccess {{ session {{ {SESSION_FIELDS} }} event {{ sessions {{ id }} }} }}
  {ERRORS} }} }}"""
UPDATE_SESSION = f"""mutation($input: UpdateEventSessionInput!) {{ updateEventSession(input: $input) {{
  __typename ... on EventSessionSuccess {{ session {{ {SESSION_FIELDS} }} }} {ERRORS} }} }}"""
DELETE_SESSION = f"""mutation($input: DeleteEventSessionInput!) {{ deleteEventSession(input: $input) {{
  __typename ... on EventSuccess {{ event {{ sessions {{ id }} }} }} {ERRORS} }} }}"""
UPDATE_EVENT = f"""mutation($input: UpdateEventInput!) {{ updateEvent(input: $input) {{
  __typename ... on EventSuccess {{ event {{ name pitchSeconds version }} }} {ERRORS} }} }}"""
CREATE_EVENT = f"""mutation($input: CreateEventInput!) {{ createEvent(input: $input) {{
  __typename ... on EventSuccess {{ event {{ id slug name hostRegion {{ slug }} coOrganisers {{ slug }}
    meetupThemes {{ key }} }} }} {ERRORS} }} }}"""


async def event_by_slug(world: World, slug: str, as_user: str | None = ADVISER) -> dict[str, Any] | None:
    body = await world.graphql(BY_SLUG, {"slug": slug}, as_user=as_user)
    assert "errors" not in body, body
    event: dict[str, Any] | None = body["data"]["eventBySlug"]
    return event


def session_input(**overrides: Any) -> dict[str, Any]:
    """A conference on the 2023 event's first day, in a room the demo leaves free."""
    return {
        "kind": "CONFERENCE",
        "title": "Table ronde des financeurs",
        "day": "2023-11-30",
        "startTime": "15:00",
        "endTime": "16:00",
        "room": "Salle 101",
        "capacity": 40,
        "openToPublic": True,
        "speakers": [{"name": "Intervenant (démo)", "title": "Chargé d'affaires", "organisation": "Banque (démo)"}],
    } | overrides


async def create_session(world: World, event_id: str, as_user: str = ADVISER, **overrides: Any) -> dict[str, Any]:
    body = await world.graphql(
        CREATE_SESSION, {"input": {"eventId": event_id, "session": session_input(**overrides)}}, as_user=as_user
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["createEventSession"]
    return payload
