"""What the catalogue and matching tests share: the demo people, the calls, what is stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import NationalAuditEvent
from filiere.financing.scheme_models import FinancingScheme
from tests.backend.world import World

DOMAIN = "demo.filiere.fr"
ADVISER = f"conseiller.normandie@{DOMAIN}"
ADMIN = f"admin.normandie@{DOMAIN}"
IDF_ADVISER = f"conseiller.ile-de-france@{DOMAIN}"
HDF_ADVISER = f"conseiller.hauts-de-france@{DOMAIN}"
NATIONAL = f"national@{DOMAIN}"
PARTNER = f"bpifrance@{DOMAIN}"  # MIJUIN shared with it in the financing scope
COACH = f"coach.normandie@{DOMAIN}"  # attached to MIJUIN
STUDENT = f"etudiant.normandie@{DOMAIN}"
JUROR = f"jury@{DOMAIN}"
OPS = f"ops@{DOMAIN}"

MIJUIN = "Fabrication de marques complémentaires en lin"
NORMANDIE_OWN = "Chèque conseil relocalisation CCI Normandie (démo)"  # private to Normandie
IDF_OWN = "Prêt d'honneur des relocalisations franciliennes (démo)"  # private to Île-de-France

ERRORS = "... on FinancingError { code field message }"
SCHEME_FIELDS = """id name financerLabel type purposes companySizes nafSections projectKinds nationwide
  regions { code name } departements { code name } amountMin amountMax rateMin rateMax opensOn closesOn openToday
  applicationUrl sourceUrl deMinimis ownerRegion version viewerCanEdit"""
CATALOGUE = f"""query($first: Int!, $after: String, $filter: FinancingSchemeFilter) {{
  financingSchemes(first: $first, after: $after, filter: $filter) {{
    totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {SCHEME_FIELDS} }} }} }} }}"""
SAVE = f"""mutation($input: SaveFinancingSchemeInput!) {{ saveFinancingScheme(input: $input) {{
  __typename ... on FinancingSchemeSuccess {{ scheme {{ {SCHEME_FIELDS} }} }} {ERRORS} }} }}"""
MATCHING = """query($id: ID!, $first: Int!, $after: String) { node(id: $id) { ... on Project {
  matchingSchemes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { score reasons toCheck scheme { id name ownerRegion } } } } } } }"""


def scheme_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "Aide à la modernisation de l'outil de production (démo)",
        "financerLabel": "Financeur de test (démo)",
        "type": "GRANT",
        "purposes": ["INVESTMENT"],
        "companySizes": ["PME"],
        "regions": ["28"],
        "amountMin": 10000,
        "amountMax": 200000,
    }
    values.update(overrides)
    return values


async def catalogue(
    world: World, as_user: str | None, first: int = 50, after: str | None = None, **filters: Any
) -> dict[str, Any]:
    body = await world.graphql(CATALOGUE, {"first": first, "after": after, "filter": filters or None}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["financingSchemes"]
    return result


def names(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in connection["edges"]]


async def save(world: World, as_user: str | None, **input_values: Any) -> dict[str, Any]:
    body = await world.graphql(SAVE, {"input": input_values}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["saveFinancingScheme"]
    return result


async def scheme_ids(world: World) -> dict[str, str]:
    """Every scheme's global id by name (read as CCI France, who reads them all)."""
    found = await catalogue(world, NATIONAL, first=100)
    return {edge["node"]["name"]: edge["node"]["id"] for edge in found["edges"]}


async def stored(world: World) -> tuple[int, int, int]:
    """Schemes, their versions summed, and the national audit rows: what a refused write must not change."""
    async with world.registry.national.sessions() as session:
        count = await session.scalar(select(func.count()).select_from(FinancingScheme)) or 0
        versions = await session.scalar(select(func.coalesce(func.sum(FinancingScheme.version), 0))) or 0
        audit = await session.scalar(select(func.count()).select_from(NationalAuditEvent)) or 0
    return count, versions, audit


async def project_id(world: World, name: str, region: str = "normandie") -> str:
    body = await world.graphql(
        "query($region: String!) { projects(region: $region, first: 50) { edges { node { id name } } } }",
        {"region": region},
        as_user=NATIONAL,
    )
    found = {edge["node"]["name"]: edge["node"]["id"] for edge in body["data"]["projects"]["edges"]}
    return found[name]
