"""Partner API clients: client credentials at the embedded issuer, a token that reaches exactly what the
organisation's grants allow (never more than a partner of it), revocation, rotation, rate limits, the
command line."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from filiere.apiclients.models import ApiClient
from filiere.apiclients.service import create_api_client
from filiere.audit.models import NationalAuditEvent
from filiere.auth.grants import GrantScope
from filiere.errors import ForbiddenError
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.partners.api_clients import (
    NODE,
    PROJECTS,
    claims_of,
    graphql,
    new_client,
    revoke,
    rotate,
    share,
    token,
    token_response,
    unshare_all,
)
from tests.backend.world import World, count_statements

PARTNER = "bpifrance@demo.filiere.fr"
IDF_COMPANY = "Outils d'Île-de-France (démo)"


def names(body: dict[str, object]) -> list[str]:
    projects = body["data"]["projects"]  # type: ignore[index]
    return sorted(edge["node"]["company"]["name"] for edge in projects["edges"])  # type: ignore[index]


async def test_a_token_names_the_client_and_its_organisation_as_a_partner(world: World) -> None:
    issued = await new_client(world, name="  ERP   Bpifrance ")
    assert issued.client.client_id.startswith("filiere-partner-") and issued.client.name == "ERP Bpifrance"
    for basic in (True, False):
        response = await token_response(world, issued.client.client_id, issued.secret, basic=basic)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] == world.settings.access_token_seconds
        assert "refresh_token" not in body
        claims = claims_of(body["access_token"])
        assert claims["sub"] == f"client:{issued.client.client_id}"
        assert claims["filiere_role"] == "partner" and claims["filiere_organisation"] == "bpifrance"
        assert claims["name"] == "ERP Bpifrance" and "sid" not in claims and "email" not in claims
    async with world.registry.national.sessions() as session:
        stored = await session.scalar(select(ApiClient))
        event = await session.scalar(
            select(NationalAuditEvent).where(NationalAuditEvent.action == "api_client.created")
        )
    assert stored is not None and issued.secret not in stored.secret_digest and stored.last_used_at is not None
    assert event is not None and event.actor_subject == "cli"


async def test_a_wrong_missing_or_unknown_secret_is_an_invalid_client(world: World) -> None:
    issued = await new_client(world)
    client_id = issued.client.client_id
    attempts = [
        await token_response(world, client_id, issued.secret + "x"),
        await token_response(world, client_id, issued.secret + "x", basic=False),
        await token_response(world, client_id, None, basic=False),
        await token_response(world, "filiere-partner-unknown", issued.secret),
        await token_response(world, "filiere-partner-unknown", issued.secret, basic=False),
    ]
    for response in attempts:
        assert response.status_code == 401, response.text
        assert response.json()["error"] == "invalid_client" and "access_token" not in response.json()


async def test_the_spa_never_gets_client_credentials_and_clients_take_no_scope(world: World) -> None:
    spa = await world.client.post(
        "/auth/token", data={"grant_type": "client_credentials", "client_id": world.settings.spa_client_id}
    )
    assert spa.status_code == 400 and spa.json()["error"] == "unauthorized_client"
    issued = await new_client(world)
    scoped = await token_response(world, issued.client.client_id, issued.secret, scope="openid")
    assert scoped.status_code == 400 and scoped.json()["error"] == "invalid_scope"
    # Nor may a partner client use the SPA's grants.
    code = await world.client.post(
        "/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": "x"},
        auth=(issued.client.client_id, issued.secret),
    )
    assert code.status_code in (400, 401) and "access_token" not in code.json()


async def test_the_discovery_document_announces_client_credentials(world: World) -> None:
    metadata = (await world.client.get("/.well-known/openid-configuration")).json()
    assert "client_credentials" in metadata["grant_types_supported"]
    assert {"client_secret_basic", "client_secret_post", "none"} == set(
        metadata["token_endpoint_auth_methods_supported"]
    )


async def test_a_revoked_client_gets_no_token_and_its_tokens_are_refused_at_once(world: World) -> None:
    issued = await new_client(world)
    access_token = await token(world, issued)
    assert (await graphql(world, access_token, PROJECTS)).status_code == 200
    await revoke(world, issued.client.client_id)
    refused = await token_response(world, issued.client.client_id, issued.secret)
    assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"
    answer = await graphql(world, access_token, PROJECTS)
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"


async def test_a_rotated_secret_works_during_its_grace_period_only(world: World) -> None:
    issued = await new_client(world)
    rotated = await rotate(world, issued.client.client_id, timedelta(hours=24))
    assert rotated.secret != issued.secret and rotated.client.client_id == issued.client.client_id
    assert (await token_response(world, issued.client.client_id, issued.secret)).status_code == 200
    assert (await token_response(world, issued.client.client_id, rotated.secret)).status_code == 200
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(
            update(ApiClient).values(previous_secret_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert (await token_response(world, issued.client.client_id, issued.secret)).status_code == 401
    assert (await token_response(world, issued.client.client_id, rotated.secret)).status_code == 200


async def test_a_client_reaches_exactly_its_organisations_grants(world: World) -> None:
    await unshare_all(world)
    piercan = await share(world, "bpifrance", "normandie", "PIERCAN", GrantScope.SUMMARY)
    outils = await share(world, "ey", "ile-de-france", IDF_COMPANY, GrantScope.FULL)
    bpifrance = await token(world, await new_client(world, "bpifrance"))
    ey = await token(world, await new_client(world, "ey"))
    nobody = await token(world, await new_client(world, "decathlon"))

    bpifrance_view = (await graphql(world, bpifrance, PROJECTS)).json()
    assert names(bpifrance_view) == ["PIERCAN"]
    assert bpifrance_view["data"]["projects"]["edges"][0]["node"]["access"] == "SUMMARY"
    assert names(bpifrance_view) == names(await world.graphql(PROJECTS, as_user=PARTNER))  # as its people see
    assert names((await graphql(world, ey, PROJECTS)).json()) == [IDF_COMPANY]
    assert names((await graphql(world, nobody, PROJECTS)).json()) == []
    assert (await graphql(world, bpifrance, NODE, {"id": outils})).json()["data"]["node"] is None
    assert (await graphql(world, ey, NODE, {"id": piercan})).json()["data"]["node"] is None
    assert (await graphql(world, bpifrance, NODE, {"id": piercan})).json()["data"]["node"]["id"] == piercan


UPDATE_PROJECT = """mutation($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }"""
CREATE_ORGANISATION = """mutation { createOrganisation(input: {name: "Intrus", kind: FINANCER}) { __typename
  ... on OrganisationError { code } } }"""


async def test_a_client_can_change_nothing_a_partner_could_not(world: World) -> None:
    await unshare_all(world)
    piercan = await share(world, "bpifrance", "normandie", "PIERCAN", GrantScope.FULL)
    client_token = await token(world, await new_client(world, "bpifrance"))
    update_input = {"input": {"projectId": piercan, "summary": "Réécrit par un robot.", "expectedVersion": 1}}
    for query, variables in ((UPDATE_PROJECT, update_input), (CREATE_ORGANISATION, None)):
        as_client = (await graphql(world, client_token, query, variables)).json()
        assert as_client == await world.graphql(query, variables, as_user=PARTNER)  # the same refusal
        assert "Success" not in str(as_client)


@pytest.mark.parametrize(
    "email", ["bpifrance@demo.filiere.fr", "national@demo.filiere.fr", "admin.normandie@demo.filiere.fr"]
)
async def test_only_operators_manage_api_clients(world: World, email: str) -> None:
    async with UnitOfWork(world.registry) as uow:
        with pytest.raises(ForbiddenError):
            await create_api_client(uow, await world.principal(email), organisation_slug="bpifrance", request_id="t")
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(ApiClient.id)) is None


async def test_last_use_is_written_at_most_once_a_minute(world: World) -> None:
    client_token = await token(world, await new_client(world))
    with count_statements(world.registry) as counter:
        await graphql(world, client_token, PROJECTS)
    assert not [s for s in counter.statements if s.lstrip().upper().startswith("UPDATE API_CLIENTS")]
    earlier = datetime.now(UTC) - timedelta(minutes=2)
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(update(ApiClient).values(last_used_at=earlier))
    with count_statements(world.registry) as counter:
        await graphql(world, client_token, PROJECTS)
    assert len([s for s in counter.statements if s.lstrip().upper().startswith("UPDATE API_CLIENTS")]) == 1
    async with world.registry.national.sessions() as session:
        last_used_at = await session.scalar(select(ApiClient.last_used_at))
    assert last_used_at is not None and last_used_at > earlier


async def test_tokens_and_requests_are_rate_limited_per_client(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(world.settings, "api_client_tokens_per_hour", 2)
    monkeypatch.setattr(world.settings, "api_client_requests_per_minute", 2)
    issued = await new_client(world)
    other = await new_client(world, "ey")
    # Five tries over at most two windows: one window holds three, beyond its two.
    tokens = [await token_response(world, issued.client.client_id, issued.secret) for _ in range(5)]
    assert tokens[0].status_code == 200
    refused = [response for response in tokens if response.status_code == 429]
    assert refused and 0 < int(refused[0].headers["retry-after"]) <= 3600
    assert refused[0].json()["error"] == "rate_limited"
    assert (await token_response(world, other.client.client_id, other.secret)).status_code == 200  # per client

    client_token = tokens[0].json()["access_token"]
    answers = [await graphql(world, client_token, PROJECTS) for _ in range(5)]
    assert answers[0].status_code == 200
    limited = [answer for answer in answers if answer.status_code == 429]
    assert limited and 0 < int(limited[0].headers["retry-after"]) <= 60
    assert limited[0].json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    # People are never counted.
    for _ in range(4):
        assert (
            await world.client.post("/graphql", json={"query": PROJECTS}, headers=await world.headers(PARTNER))
        ).status_code == 200


async def partners_command(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    env = world.child_environment(FILIERE_LOG_LEVEL="WARNING")
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "filiere.cli", "partners", "client", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


async def test_the_command_line_creates_lists_rotates_and_revokes(world: World) -> None:
    created = await partners_command(world, "create", "--organisation", "bpifrance", "--name", "ERP")
    assert created.returncode == 0, created.stderr
    lines = dict(line.split(": ", 1) for line in created.stdout.splitlines())
    client_id, secret = lines["client_id"], lines["client_secret"]
    assert "ne sera plus jamais affiché" in " ".join(created.stderr.split())
    assert (await token_response(world, client_id, secret)).status_code == 200

    listed = await partners_command(world, "list", "--organisation", "bpifrance")
    assert listed.returncode == 0 and client_id in listed.stdout and "actif" in listed.stdout

    rotated = await partners_command(world, "rotate", client_id)
    assert rotated.returncode == 0, rotated.stderr
    new_secret = dict(line.split(": ", 1) for line in rotated.stdout.splitlines())["client_secret"]
    assert new_secret != secret and "l'ancien reste valable jusqu'au" in " ".join(rotated.stderr.split())
    assert (await token_response(world, client_id, new_secret)).status_code == 200

    revoked = await partners_command(world, "revoke", client_id)
    assert revoked.returncode == 0 and "révoqué" in revoked.stderr
    assert (await token_response(world, client_id, new_secret)).status_code == 401

    unknown = await partners_command(world, "create", "--organisation", "inconnue")
    assert unknown.returncode == 1 and "Aucune organisation partenaire" in " ".join(unknown.stderr.split())
    missing = await partners_command(world, "rotate", "filiere-partner-inconnu")
    assert missing.returncode == 1 and "Aucun client d'API" in " ".join(missing.stderr.split())
    again = await partners_command(world, "revoke", client_id)
    assert again.returncode == 1 and "révoqué" in again.stderr
