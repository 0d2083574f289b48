"""« Mes sessions »: a person sees where they are signed in at the embedded issuer and signs out there."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from filiere.audit.models import NationalAuditEvent
from filiere.auth.issuer.models import SignInSession
from tests.backend.auth.issuer_flow import ADVISER, Flow, code_of, exchange, refresh, sign_in
from tests.backend.world import World

HEAD = "admin.normandie@demo.filiere.fr"
SESSIONS = """{ mySessions { managedByExternalIssuer
  sessions(first: 10) { totalCount edges { node { id startedAt lastActiveAt expiresAt } } } } }"""
END_ONE = """mutation($id: ID!) { endSession(input: {sessionId: $id}) {
  __typename ... on EndSessionSuccess { sessionId } ... on SessionError { code field message } } }"""
END_ALL = """mutation { endAllSessions { __typename ... on EndAllSessionsSuccess { endedCount } } }"""


async def signed_in(client: httpx.AsyncClient, email: str) -> dict[str, Any]:
    """A fresh browser signing in: its tokens (and its issuer cookie stays in `client`)."""
    client.cookies.clear()
    flow = Flow.start()
    tokens: dict[str, Any] = (await exchange(client, flow, code_of(await sign_in(client, flow, email), flow))).json()
    return tokens


async def sessions_of(world: World, email: str) -> dict[str, Any]:
    body = await world.graphql(SESSIONS, as_user=email)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["mySessions"]
    return result


async def test_a_person_sees_their_own_open_sessions_only(world: World) -> None:
    await signed_in(world.client, ADVISER)
    await signed_in(world.client, ADVISER)
    await signed_in(world.client, HEAD)
    mine = await sessions_of(world, ADVISER)
    assert mine["managedByExternalIssuer"] is False
    assert mine["sessions"]["totalCount"] == 2
    nodes = [edge["node"] for edge in mine["sessions"]["edges"]]
    assert nodes[0]["startedAt"] >= nodes[1]["startedAt"], "newest first"
    assert all(node["lastActiveAt"] >= node["startedAt"] for node in nodes)
    assert (await sessions_of(world, HEAD))["sessions"]["totalCount"] == 1
    assert (await sessions_of(world, "ops@demo.filiere.fr"))["sessions"]["totalCount"] == 0


async def test_signing_out_everywhere_ends_every_session_and_its_tokens(world: World) -> None:
    first = await signed_in(world.client, ADVISER)
    second = await signed_in(world.client, ADVISER)
    ended = await world.graphql(END_ALL, as_user=ADVISER)
    assert ended["data"]["endAllSessions"] == {"__typename": "EndAllSessionsSuccess", "endedCount": 2}
    assert (await refresh(world.client, first["refresh_token"])).status_code == 400
    assert (await refresh(world.client, second["refresh_token"])).status_code == 400
    # The browser's issuer cookie no longer signs in silently.
    silent = await world.client.get(Flow.start(prompt="none").url)
    assert "login_required" in silent.headers["location"]
    assert (await sessions_of(world, ADVISER))["sessions"]["totalCount"] == 0
    async with world.registry.national.sessions() as db:
        audit = await db.scalar(select(NationalAuditEvent).where(NationalAuditEvent.action == "user.sessions_ended"))
    assert audit is not None and audit.after == {"openSessions": 0}


async def test_signing_out_of_one_session_keeps_the_others(world: World) -> None:
    kept = await signed_in(world.client, ADVISER)
    ending = await signed_in(world.client, ADVISER)
    newest = (await sessions_of(world, ADVISER))["sessions"]["edges"][0]["node"]["id"]
    body = await world.graphql(END_ONE, {"id": newest}, as_user=ADVISER)
    assert body["data"]["endSession"] == {"__typename": "EndSessionSuccess", "sessionId": newest}
    assert (await refresh(world.client, ending["refresh_token"])).status_code == 400
    assert (await refresh(world.client, kept["refresh_token"])).status_code == 200
    assert (await sessions_of(world, ADVISER))["sessions"]["totalCount"] == 1
    again = await world.graphql(END_ONE, {"id": newest}, as_user=ADVISER)
    assert again["data"]["endSession"]["code"] == "NOT_FOUND"


async def test_another_persons_session_names_nothing_and_nothing_changes(world: World) -> None:
    theirs = await signed_in(world.client, HEAD)
    their_id = (await sessions_of(world, HEAD))["sessions"]["edges"][0]["node"]["id"]
    for caller in (ADVISER, "jury@demo.filiere.fr", "bpifrance@demo.filiere.fr"):
        body = await world.graphql(END_ONE, {"id": their_id}, as_user=caller)
        assert body["data"]["endSession"] == {
            "__typename": "SessionNotAllowed",
            "code": "NOT_FOUND",
            "field": "sessionId",
            "message": "Cette session n'existe pas ou est déjà terminée.",
        }
    malformed = await world.graphql(END_ONE, {"id": "not-an-id"}, as_user=ADVISER)
    assert malformed["data"]["endSession"]["__typename"] == "SessionNotAllowed"
    async with world.registry.national.sessions() as db:
        rows = list(await db.scalars(select(SignInSession).where(SignInSession.ended_at.is_not(None))))
    assert rows == []
    assert (await refresh(world.client, theirs["refresh_token"])).status_code == 200


async def test_anonymous_callers_are_asked_to_sign_in(world: World) -> None:
    for operation in (SESSIONS, END_ALL):
        body = await world.graphql(operation)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
CHROME_ON_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)


async def test_each_session_says_its_browser_and_address_and_which_one_is_in_use(world: World) -> None:
    world.client.headers["user-agent"] = FIREFOX_ON_WINDOWS
    office = await signed_in(world.client, ADVISER)
    world.client.headers["user-agent"] = CHROME_ON_ANDROID
    await signed_in(world.client, ADVISER)
    response = await world.client.post(
        "/graphql",
        json={"query": SESSIONS.replace("expiresAt", "expiresAt device address current")},
        headers={"Authorization": f"Bearer {office['access_token']}"},
    )
    nodes = [edge["node"] for edge in response.json()["data"]["mySessions"]["sessions"]["edges"]]
    assert [(node["device"], node["current"]) for node in nodes] == [
        ("Chrome Mobile 131 · Android", False),
        ("Firefox 133 · Windows", True),
    ]
    assert all(node["address"] for node in nodes), "the address each session started from"
