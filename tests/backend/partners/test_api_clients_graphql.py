"""Partner API clients managed by operators in GraphQL: create, rotate, revoke, list on each organisation;
everyone else refused with nothing written; a secret is read once, in the payload that makes it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from filiere.apiclients.models import ApiClient
from filiere.audit.models import NationalAuditEvent
from filiere.ids import encode_id
from tests.backend.partners.api_clients import new_client, token_response
from tests.backend.world import World, count_statements

OPERATOR = "ops@demo.filiere.fr"
REFUSED = [
    "conseiller.normandie@demo.filiere.fr",
    "admin.normandie@demo.filiere.fr",
    "national@demo.filiere.fr",
    "bpifrance@demo.filiere.fr",
    "jury@demo.filiere.fr",
    "coach.normandie@demo.filiere.fr",
    "etudiant.normandie@demo.filiere.fr",
]

CLIENT = "client { id clientId name createdAt lastUsedAt revokedAt rotatingUntil }"
ERROR = "... on ApiClientError { code field message }"
CREATE = f"""mutation($input: CreateApiClientInput!) {{ createApiClient(input: $input) {{
  __typename ... on CreateApiClientSuccess {{ {CLIENT} secret }} {ERROR} }} }}"""
ROTATE = f"""mutation($input: ApiClientInput!) {{ rotateApiClientSecret(input: $input) {{
  __typename ... on RotateApiClientSecretSuccess {{ {CLIENT} secret previousSecretValidUntil }} {ERROR} }} }}"""
REVOKE = f"""mutation($input: ApiClientInput!) {{ revokeApiClient(input: $input) {{
  __typename ... on RevokeApiClientSuccess {{ {CLIENT} }} {ERROR} }} }}"""
ORGANISATIONS = """{ organisations(first: 50) { edges { node {
  id slug apiClients { id clientId name createdAt lastUsedAt revokedAt rotatingUntil }
} } } }"""


async def organisations(world: World, as_user: str | None = OPERATOR) -> dict[str, dict[str, Any]]:
    body = await world.graphql(ORGANISATIONS, as_user=as_user)
    assert "errors" not in body, body
    return {edge["node"]["slug"]: edge["node"] for edge in body["data"]["organisations"]["edges"]}


async def run(world: World, query: str, values: dict[str, Any], as_user: str | None = OPERATOR) -> dict[str, Any]:
    body = await world.graphql(query, {"input": values}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = next(iter(body["data"].values()))
    return result


async def create(world: World, as_user: str | None = OPERATOR, **values: Any) -> dict[str, Any]:
    if "organisationId" not in values:
        values["organisationId"] = (await organisations(world))["bpifrance"]["id"]
    return await run(world, CREATE, values, as_user)


async def stored(world: World) -> tuple[list[tuple[Any, ...]], int]:
    """Every client as stored, and how many national audit rows there are."""
    async with world.registry.national.sessions() as session:
        rows = await session.execute(
            select(ApiClient.client_id, ApiClient.secret_digest, ApiClient.previous_secret_digest, ApiClient.revoked_at)
        )
        events = await session.scalar(select(func.count()).select_from(NationalAuditEvent))
    return sorted(tuple(row) for row in rows), events or 0


async def audited(world: World, action: str) -> NationalAuditEvent:
    async with world.registry.national.sessions() as session:
        event: NationalAuditEvent | None = await session.scalar(
            select(NationalAuditEvent).where(NationalAuditEvent.action == action)
        )
    assert event is not None
    return event


async def test_an_operator_creates_a_client_that_gets_a_token_and_is_listed_on_its_organisation(world: World) -> None:
    result = await create(world, name="  ERP   Bpifrance ")
    assert result["__typename"] == "CreateApiClientSuccess"
    client, secret = result["client"], result["secret"]
    assert client["clientId"].startswith("filiere-partner-") and client["name"] == "ERP Bpifrance"
    assert (client["lastUsedAt"], client["revokedAt"], client["rotatingUntil"]) == (None, None, None)
    assert len(secret) >= 43
    event = await audited(world, "api_client.created")
    assert event.actor_role == "platform_admin" and secret not in json.dumps(event.after)

    response = await token_response(world, client["clientId"], secret)
    assert response.status_code == 200 and response.json()["access_token"], response.text

    listed = (await organisations(world))["bpifrance"]["apiClients"]
    assert [(entry["clientId"], entry["name"]) for entry in listed] == [(client["clientId"], "ERP Bpifrance")]
    assert listed[0]["lastUsedAt"] is not None  # the token was asked for
    assert (await organisations(world))["ey"]["apiClients"] == []


async def test_the_default_name_is_the_organisations(world: World) -> None:
    result = await create(world)
    assert result["client"]["name"] == "API Bpifrance"


async def test_the_secret_is_never_readable_again(world: World) -> None:
    result = await create(world)
    secret = result["secret"]
    rotated = await run(world, ROTATE, {"clientId": result["client"]["clientId"]})
    # Every field of every client, as the operator reads them, names neither secret.
    introspected = await world.graphql('{ __type(name: "ApiClient") { fields { name } } }', as_user=OPERATOR)
    fields = {field["name"] for field in introspected["data"]["__type"]["fields"]}
    assert fields == {"id", "clientId", "name", "createdAt", "lastUsedAt", "revokedAt", "rotatingUntil"}
    listed = json.dumps(await organisations(world))
    assert secret not in listed and rotated["secret"] not in listed
    # Nor is either kept: only their digests.
    rows, _ = await stored(world)
    assert not any(secret in str(row) or rotated["secret"] in str(row) for row in rows)


async def test_a_rotation_shows_the_new_secret_once_and_the_old_one_works_during_the_grace_period(
    world: World,
) -> None:
    created = await create(world)
    client_id = created["client"]["clientId"]
    before = datetime.now(UTC)
    result = await run(world, ROTATE, {"clientId": client_id})
    assert result["__typename"] == "RotateApiClientSecretSuccess"
    assert result["secret"] != created["secret"] and result["client"]["clientId"] == client_id
    valid_until = datetime.fromisoformat(result["previousSecretValidUntil"])
    grace = timedelta(hours=world.settings.api_client_rotation_grace_hours)
    assert before + grace <= valid_until <= datetime.now(UTC) + grace
    assert result["client"]["rotatingUntil"] == result["previousSecretValidUntil"]
    for secret in (created["secret"], result["secret"]):
        assert (await token_response(world, client_id, secret)).status_code == 200
    assert (await audited(world, "api_client.secret_rotated")).actor_role == "platform_admin"


async def test_a_revoked_client_gets_no_token_and_cannot_be_rotated(world: World) -> None:
    created = await create(world)
    client_id = created["client"]["clientId"]
    result = await run(world, REVOKE, {"clientId": client_id})
    assert result["__typename"] == "RevokeApiClientSuccess" and result["client"]["revokedAt"] is not None
    assert (await token_response(world, client_id, created["secret"])).status_code == 401
    assert (await audited(world, "api_client.revoked")).actor_role == "platform_admin"
    assert (await organisations(world))["bpifrance"]["apiClients"][0]["revokedAt"] is not None
    before = await stored(world)
    for query in (ROTATE, REVOKE):
        refused = await run(world, query, {"clientId": client_id})
        assert (refused["__typename"], refused["code"], refused["field"]) == (
            "ApiClientInvalid",
            "CLIENT_REVOKED",
            "clientId",
        )
        assert refused["message"] == f"Le client d'API « {client_id} » est révoqué : créez-en un autre."
    assert await stored(world) == before


@pytest.mark.parametrize(
    ("query", "values", "field", "code"),
    [
        (CREATE, {"name": "x" * 121}, "name", "TOO_LONG"),
        (
            CREATE,
            {"organisationId": encode_id("Organisation", "national", 9999)},
            "organisationId",
            "UNKNOWN_ORGANISATION",
        ),
        (ROTATE, {"clientId": "filiere-partner-unknown"}, "clientId", "UNKNOWN_CLIENT"),
        (REVOKE, {"clientId": "filiere-partner-unknown"}, "clientId", "UNKNOWN_CLIENT"),
    ],
)
async def test_bad_input_is_refused_typed_in_french_and_writes_nothing(
    world: World, query: str, values: dict[str, Any], field: str, code: str
) -> None:
    if query is CREATE and "organisationId" not in values:
        values = {**values, "organisationId": (await organisations(world))["bpifrance"]["id"]}
    await new_client(world)
    before = await stored(world)
    result = await run(world, query, values)
    assert (result["__typename"], result["field"], result["code"]) == ("ApiClientInvalid", field, code)
    assert result["message"].startswith(("Le nom", "Aucun"))
    assert await stored(world) == before


@pytest.mark.parametrize("email", [*REFUSED, None])
async def test_anyone_but_an_operator_is_refused_and_nothing_is_written(world: World, email: str | None) -> None:
    issued = await new_client(world)
    organisation_id = (await organisations(world))["bpifrance"]["id"]
    before = await stored(world)
    attempts = [
        (CREATE, {"organisationId": organisation_id, "name": "Intrus"}),
        (ROTATE, {"clientId": issued.client.client_id}),
        (REVOKE, {"clientId": issued.client.client_id}),
    ]
    for query, values in attempts:
        body = await world.graphql(query, {"input": values}, as_user=email)
        if email is None:
            assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
            continue
        result = next(iter(body["data"].values()))
        assert (result["__typename"], result["code"]) == ("ApiClientNotAllowed", "NOT_ALLOWED")
        assert "secret" not in result
    assert await stored(world) == before
    if email is not None:
        visible = await world.graphql(ORGANISATIONS, as_user=email)
        edges = (visible.get("data") or {}).get("organisations", {}).get("edges", [])
        assert all(edge["node"]["apiClients"] is None for edge in edges)
    assert (await token_response(world, issued.client.client_id, issued.secret)).status_code == 200


async def test_the_clients_of_a_page_of_organisations_take_a_constant_number_of_statements(world: World) -> None:
    await organisations(world)
    with count_statements(world.registry) as counter:
        await organisations(world)
    first = counter.count
    await new_client(world, "bpifrance")
    await new_client(world, "bpifrance")
    await new_client(world, "ey")
    with count_statements(world.registry) as counter:
        found = await organisations(world)
    assert counter.count == first
    assert [len(found[slug]["apiClients"]) for slug in ("bpifrance", "ey")] == [2, 1]
