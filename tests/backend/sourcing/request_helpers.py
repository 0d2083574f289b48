"""Shared by the sourcing-request tests: the demo's people, the mutations, and a request posted by Normandie
to Hauts-de-France on a project's default chain."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from filiere.demo.planning import DEMO_AS_OF
from filiere.sourcing.importer import import_sirene
from tests.backend.sourcing.sirene_files import Row, siren_of, write_files
from tests.backend.sourcing.supply_chain_helpers import with_default_chain
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
BFC_ADVISER = "conseiller.bourgogne-franche-comte@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

ARRAS = Row(siren=siren_of(41), name="Tissage Arrageois", naf="13.20Z", commune="62041", commune_name="ARRAS")

ERRORS = "... on UserError { field message } ... on SourcingInvalid { code } ... on SourcingConflict { code } " + (
    "... on SourcingNotAllowed { code }"
)
POST = f"""mutation($input: PostSourcingRequestInput!) {{ postSourcingRequest(input: $input) {{
  __typename ... on SourcingRequestSuccess {{ request {{ id stageName need nafHints deadline isExpired
    targetRegions {{ slug }} requesterName answerCount }} }} {ERRORS} }} }}"""
ANSWER = f"""mutation($input: AnswerSourcingRequestInput!) {{ answerSourcingRequest(input: $input) {{
  __typename ... on SourcingAnswerSuccess {{ answer {{ id answererName answererRegion {{ slug }} note
    suppliers {{ id siret name accepted }} }} }} {ERRORS} }} }}"""


async def call(world: World, query: str, input_: dict[str, Any], as_user: str | None) -> dict[str, Any]:
    body = await world.graphql(query, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(next(iter(body["data"].values())))


async def posted(world: World, tmp_path: Path, **change: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    chain = await with_default_chain(world, tmp_path)
    (tmp_path / "more").mkdir()
    establishments, legal_units = write_files(tmp_path / "more", [ARRAS])
    await import_sirene(world.registry, establishments=establishments, legal_units=legal_units)
    stage = chain["supplyChain"]["stages"][2]
    request = {
        "stageId": stage["id"],
        "need": "Un tisseur de lin capable de 2 000 m par mois",
        "nafHints": ["13.20z", "C"],
        "deadline": (DEMO_AS_OF + timedelta(days=30)).isoformat(),
        "targetRegions": ["hauts-de-france"],
    } | change
    created = await call(world, POST, request, ADVISER)
    assert created["__typename"] == "SourcingRequestSuccess", created
    return created["request"], stage
