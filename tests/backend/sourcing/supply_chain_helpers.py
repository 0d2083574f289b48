"""A project of Normandie with the default supply chain, and the calls that read and change it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from filiere.sourcing.importer import import_sirene
from tests.backend.sourcing.sirene_files import Row, siren_of, write_files
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
ROUEN = Row(siren=siren_of(21), name="Filature de Rouen")
LILLE = Row(siren=siren_of(22), name="Peignage Lillois", commune="59350", commune_name="LILLE")
ERRORS = "... on UserError { field message } ... on SourcingInvalid { code } ... on SourcingConflict { code } " + (
    "... on SourcingNotAllowed { code }"
)
CHAIN = """query($id: ID!) { node(id: $id) { ... on Project { version supplyChain {
  stages { id name needs candidates { id name siret departement regionCode country status nextStatuses version } }
  indicators { stages stagesWithRetained retainedStageShare retained retainedInRegionShare retainedInFranceShare }
} } } }"""
SET_STAGES = f"""mutation($input: SetSupplyChainStagesInput!) {{ setSupplyChainStages(input: $input) {{
  __typename ... on SupplyChainSuccess {{ project {{ version supplyChain {{ stages {{ id name }} }} }} }}
  {ERRORS} }} }}"""


async def run(world: World, query: str, input_: dict[str, Any], as_user: str | None = ADVISER) -> dict[str, Any]:
    body = await world.graphql(query, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(next(iter(body["data"].values())))


async def project(world: World, as_user: str = ADVISER) -> dict[str, Any]:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=ADVISER)
    project_id = body["data"]["projects"]["edges"][0]["node"]["id"]
    found = await world.graphql(CHAIN, {"id": project_id}, as_user=as_user)
    return {"id": project_id} | dict(found["data"]["node"])


async def with_default_chain(world: World, tmp_path: Path) -> dict[str, Any]:
    establishments, legal_units = write_files(tmp_path, [ROUEN, LILLE])
    await import_sirene(world.registry, establishments=establishments, legal_units=legal_units)
    start = await project(world)
    names = (await world.graphql("{ defaultSupplyChainStages }", as_user=ADVISER))["data"]["defaultSupplyChainStages"]
    created = await run(
        world,
        SET_STAGES,
        {"projectId": start["id"], "expectedVersion": start["version"], "stages": [{"name": name} for name in names]},
    )
    assert created["__typename"] == "SupplyChainSuccess"
    return await project(world)
