"""What the grant tests share: the demo's people and projects, the sharing calls, and what is stored."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.ids import decode_id
from filiere.notifications.models import InboxItem
from filiere.partners.grants import expiry_instant
from filiere.partners.models import Grant
from tests.backend.world import World

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
OPERATOR = "ops@demo.filiere.fr"

# Demo projects (normandie) and who they are shared with.
MIJUIN = "Fabrication de marques complémentaires en lin"  # Bpifrance, financing
PIERCAN = "Nouveaux marchés pour les boîtes à gants"  # Bpifrance, documents
ARTHUS = "Atelier de linge de bain en circuit court"  # Décathlon, summary
HUMAN_MOB = "Vélo taxi innovant"  # Compagnum, expired
CALVADOS = "Chauffage à partir de matériaux sourcés localement"  # shared with nobody

GRANT_FIELDS = """id scope expiresOn purpose status grantedAt revokedAt
  organisation { slug } consent { givenBy givenOn } grantedBy { email }"""
PAYLOAD = f"""__typename
  ... on GrantSuccess {{ grant {{ {GRANT_FIELDS} }} project {{ id }} }}
  ... on GrantError {{ code field message }}"""
SHARE = f"mutation($input: ShareProjectInput!) {{ shareProject(input: $input) {{ {PAYLOAD} }} }}"
UPDATE = f"mutation($input: UpdateGrantInput!) {{ updateGrant(input: $input) {{ {PAYLOAD} }} }}"
REVOKE = f"mutation($input: RevokeGrantInput!) {{ revokeGrant(input: $input) {{ {PAYLOAD} }} }}"
PROJECT_GRANTS = f"""query($id: ID!) {{ node(id: $id) {{ ... on Project {{
  name grants(first: 20) {{ totalCount edges {{ node {{ {GRANT_FIELDS} }} }} }}
  viewerGrant {{ scope expiresOn purpose }}
}} }} }}"""
PARTNER_LIST = "{ projects(first: 50) { totalCount edges { node { id name viewerGrant { scope } } } } }"
IDS = """query($region: String) { projects(region: $region, first: 50) { edges { node { id name } } } }"""
ORGANISATIONS = "{ organisations(first: 50) { edges { node { id slug } } } }"


def today(world: World) -> date:
    assert world.settings.today is not None, "the tests' « today » is frozen"
    return world.settings.today


def in_days(world: World, days: int) -> str:
    return (today(world) + timedelta(days=days)).isoformat()


async def project_ids(world: World, region: str = "normandie") -> dict[str, str]:
    body = await world.graphql(IDS, {"region": region}, as_user=NATIONAL)
    return {edge["node"]["name"]: edge["node"]["id"] for edge in body["data"]["projects"]["edges"]}


async def organisation_ids(world: World) -> dict[str, str]:
    body = await world.graphql(ORGANISATIONS, as_user=NATIONAL)
    return {edge["node"]["slug"]: edge["node"]["id"] for edge in body["data"]["organisations"]["edges"]}


def consent(world: World, given_by: str = "Claire Martin (démo)") -> dict[str, str]:
    return {"givenBy": given_by, "givenOn": today(world).isoformat()}


async def share_input(world: World, project: str, organisation: str = "bpifrance", **values: Any) -> dict[str, Any]:
    return {
        "projectId": (await project_ids(world))[project],
        "organisationId": (await organisation_ids(world))[organisation],
        "scope": "FINANCING",
        "expiresOn": in_days(world, 90),
        "purpose": "Étude d'un prêt",
        "consent": consent(world),
        **values,
    }


async def mutate(world: World, query: str, values: dict[str, Any], as_user: str) -> dict[str, Any]:
    body = await world.graphql(query, {"input": values}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = next(iter(body["data"].values()))
    return result


async def share(world: World, project: str, as_user: str = NORMANDIE_ADVISER, **values: Any) -> dict[str, Any]:
    return await mutate(world, SHARE, await share_input(world, project, **values), as_user)


async def project_grants(world: World, project: str, as_user: str) -> dict[str, Any] | None:
    body = await world.graphql(PROJECT_GRANTS, {"id": (await project_ids(world))[project]}, as_user=as_user)
    assert "errors" not in body, body
    node: dict[str, Any] | None = body["data"]["node"]
    return node


async def grant_id_of(world: World, project: str, organisation: str) -> str:
    node = await project_grants(world, project, NATIONAL)
    assert node is not None
    return next(
        edge["node"]["id"] for edge in node["grants"]["edges"] if edge["node"]["organisation"]["slug"] == organisation
    )


async def partner_projects(world: World, as_user: str = PARTNER) -> dict[str, str | None]:
    """The projects a partner lists, with the scope of its grant on each."""
    body = await world.graphql(PARTNER_LIST, as_user=as_user)
    assert "errors" not in body, body
    edges = body["data"]["projects"]["edges"]
    assert body["data"]["projects"]["totalCount"] == len(edges)
    return {edge["node"]["name"]: (edge["node"]["viewerGrant"] or {}).get("scope") for edge in edges}


async def stored(world: World) -> tuple[int, int, int, list[tuple[Any, ...]]]:
    """Grants, inbox items, Normandie audit rows, and the grants' terms: what a refusal must leave as it was."""
    async with world.registry.national.sessions() as national:
        grants = await national.scalar(select(func.count()).select_from(Grant)) or 0
        notices = await national.scalar(select(func.count()).select_from(InboxItem)) or 0
        terms = [
            tuple(row)
            for row in await national.execute(
                select(Grant.id, Grant.scope, Grant.expires_at, Grant.revoked_at, Grant.purpose).order_by(Grant.id)
            )
        ]
    async with world.registry.region("normandie").sessions() as session:
        audited = await session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return grants, notices, audited, terms


async def expire(world: World, grant_id: str) -> None:
    """Move a grant's expiry to yesterday, as time passing would."""
    async with world.registry.national.sessions() as session, session.begin():
        row = await session.get(Grant, decode_id(grant_id).int_key)
        assert row is not None
        row.expires_at = expiry_instant(today(world) - timedelta(days=1))
