"""What a partner reads of a project, for each state of its organisation's grant, field by field: exactly what
the scope allows, a denial identical to a project that does not exist, and nothing written — the same for its
organisation's API client as for its users. Statement counts of the lists that read grants stay constant."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from filiere.apiclients.credentials import subject_of
from filiere.audit.models import AuditEvent
from filiere.graphql.schema import schema
from filiere.ids import decode_id, encode_id
from filiere.programmes.views import PROJECT_FIELDS, Visibility
from tests.backend.partners.api_clients import graphql, new_client, token
from tests.backend.partners.grants_support import (
    CALVADOS,
    NATIONAL,
    NORMANDIE_ADVISER,
    PARTNER,
    PARTNER_LIST,
    REVOKE,
    expire,
    in_days,
    mutate,
    partner_projects,
    project_ids,
    share,
)
from tests.backend.world import WRITE, World, count_statements


def _selection(name: str) -> str:
    """Every field of `Project`; an object answers its `__typename` (enough to tell null from not null)."""
    field_type = schema._schema.type_map["Project"].fields[name].type  # type: ignore[attr-defined]
    while hasattr(field_type, "of_type"):
        field_type = field_type.of_type
    return f"{name} {{ __typename }}" if hasattr(field_type, "fields") else name


QUERY = (
    "query($id: ID!) { node(id: $id) { ... on Project { "
    + " ".join(_selection(name) for name in PROJECT_FIELDS)
    + " } } }"
)
# What each scope opens to the partner, stated here rather than derived from the policy it checks. The CCI's
# notes and internal thread, who is attached, with whom the project is shared, who read it and the other
# organisations' questions are never a partner's.
OPENED = {
    "SUMMARY": {Visibility.SUMMARY},
    "FINANCING": {Visibility.SUMMARY, Visibility.FINANCING},
    "DOCUMENTS": {Visibility.SUMMARY, Visibility.DOCUMENTS},
    "FULL": {
        Visibility.SUMMARY,
        Visibility.CONFIDENTIAL,
        Visibility.STUDY,
        Visibility.DOCUMENTS,
        Visibility.FINANCING,
    },
}
# Fields that may be empty on this project whoever reads it.
OPTIONAL = {"cohort", "nextMilestone", "marketStudy"}
SCOPE_OF_WORLD = ["none", "expired", "revoked", "other organisation"]
# What an API client's own requests write, whatever they read: its last use (at most once a minute) and its
# rate-limit window — the client's bookkeeping, never data.
CLIENT_BOOKKEEPING = {"api_clients", "rate_limit_windows"}


def writes(statements: list[str]) -> list[str]:
    return [match.group(1) for statement in statements if (match := WRITE.match(statement))]


async def read(
    world: World, project_id: str, client_token: str | None = None, query: str = QUERY
) -> tuple[dict[str, Any], set[str]]:
    """What the partner user — or, given its token, Bpifrance's API client — reads, and the tables written."""
    with count_statements(world.registry) as counter:
        if client_token is None:
            body = await world.graphql(query, {"id": project_id}, as_user=PARTNER)
        else:
            response = await graphql(world, client_token, query, {"id": project_id})
            assert response.status_code == 200, response.text
            body = response.json()
    assert "errors" not in body, body
    return body["data"], set(writes(counter.statements)) - (CLIENT_BOOKKEEPING if client_token else set())


async def bpifrance_client(world: World) -> tuple[str, str]:
    """A new API client of Bpifrance: a token, and the subject its audit rows name."""
    issued = await new_client(world)
    return await token(world, issued), subject_of(issued.client.client_id)


async def audited_reads_by(world: World, subject: str) -> list[dict[str, Any]]:
    async with world.registry.region("normandie").sessions() as session:
        rows = await session.scalars(select(AuditEvent).where(AuditEvent.actor_subject == subject))
        return [row.after or {} for row in rows]


@pytest.mark.parametrize("scope", list(OPENED))
async def test_a_partner_reads_exactly_what_its_scope_allows(world: World, scope: str) -> None:
    result = await share(world, CALVADOS, scope=scope)
    assert result["__typename"] == "GrantSuccess", result
    project_id = (await project_ids(world))[CALVADOS]
    data, written = await read(world, project_id)
    node = data["node"]
    assert node is not None
    for name, visibility in PROJECT_FIELDS.items():
        if visibility is Visibility.VIEWER:
            continue
        if visibility in OPENED[scope]:
            assert node[name] is not None or name in OPTIONAL, (scope, name)
        else:
            assert node[name] is None, (scope, name)
    assert node["viewerGrant"] == {"__typename": "ViewerGrant"}
    assert node["viewerCanEdit"] is False
    # Reads write nothing but their own audit trail (a partner's reads of confidential data are audited).
    assert written <= {"audit_events"}, written
    assert bool(written) == (scope != "SUMMARY")

    # Its organisation's API client reads exactly the same, and writes nothing but its own audit rows.
    client_token, client_subject = await bpifrance_client(world)
    assert await read(world, project_id, client_token) == (data, written)
    client_reads = await audited_reads_by(world, client_subject)
    assert bool(client_reads) == (scope != "SUMMARY")
    assert {row["organisation"] for row in client_reads} <= {"bpifrance"}


@pytest.mark.parametrize("state", SCOPE_OF_WORLD)
async def test_without_an_active_grant_of_its_own_a_partner_gets_what_a_missing_project_gets(
    world: World, state: str
) -> None:
    project_id = (await project_ids(world))[CALVADOS]
    if state == "expired":
        grant = await share(world, CALVADOS, scope="FULL")
        await expire(world, grant["grant"]["id"])
    elif state == "revoked":
        grant = await share(world, CALVADOS, scope="FULL")
        await mutate(world, REVOKE, {"grantId": grant["grant"]["id"]}, NORMANDIE_ADVISER)
    elif state == "other organisation":
        assert (await share(world, CALVADOS, organisation="ey", scope="FULL"))["__typename"] == "GrantSuccess"
    target = decode_id(project_id)
    missing = encode_id("Project", target.tenant, 999_999)
    client_token, client_subject = await bpifrance_client(world)
    for reader in (None, client_token):  # the partner user, then its organisation's API client
        assert await read(world, project_id, reader) == await read(world, missing, reader) == ({"node": None}, set())
        for field in ("grants", "viewerGrant"):
            query = f"query($id: ID!) {{ node(id: $id) {{ ... on Project {{ {_selection(field)} }} }} }}"
            assert await read(world, project_id, reader, query) == ({"node": None}, set())
    assert CALVADOS not in await partner_projects(world)
    listed = await graphql(world, client_token, PARTNER_LIST)
    assert CALVADOS not in {edge["node"]["name"] for edge in listed.json()["data"]["projects"]["edges"]}
    assert await audited_reads_by(world, client_subject) == []


async def test_the_partner_s_list_costs_the_same_however_many_projects_are_shared(world: World) -> None:
    query = """{ projects(first: 50) { totalCount edges { node {
      name viewerGrant { scope expiresOn purpose } company { name } adviser { displayName } products { name }
    } } } }"""

    async def count() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            body = await world.graphql(query, as_user=PARTNER)
        assert "errors" not in body, body
        return len(body["data"]["projects"]["edges"]), len([s for s in counter.statements if not WRITE.match(s)])

    shared, statements = await count()
    assert shared == 2
    names = await project_ids(world)
    for name in list(names)[:4]:
        if name not in await partner_projects(world):
            await share(world, name, scope="FINANCING")
    more, statements_after = await count()
    assert more > shared
    assert statements_after == statements


async def test_project_grants_on_a_list_cost_the_same_however_long_the_list(world: World) -> None:
    await share(world, CALVADOS, organisation="ey", scope="SUMMARY", consent=None)
    query = """query($first: Int!) { projects(region: "normandie", first: $first) { edges { node {
      name grants(first: 10) { totalCount edges { node {
        scope expiresOn status organisation { name } grantedBy { displayName } consent { givenBy }
      } } }
    } } } }"""

    async def count(first: int) -> int:
        with count_statements(world.registry) as counter:
            body = await world.graphql(query, {"first": first}, as_user=NATIONAL)
        assert "errors" not in body, body
        assert len(body["data"]["projects"]["edges"]) == first
        return len(counter.statements)

    assert await count(2) == await count(7)


async def test_an_expiry_date_in_the_past_is_never_a_way_in(world: World) -> None:
    result = await share(world, CALVADOS, scope="FULL", expiresOn=in_days(world, -1))
    assert result["code"] == "OUT_OF_RANGE"
    assert re.match(r"^[A-ZÀ-Ý]", result["message"])
    assert CALVADOS not in await partner_projects(world)
