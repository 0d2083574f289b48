"""A small supplier directory of known establishments, and the search query the tests run on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from filiere.sourcing.importer import import_sirene
from tests.backend.sourcing.sirene_files import Row, siren_of, write_files
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
SEINE_MARITIME = Row(siren=siren_of(31), name="Filature du Havre", commune="76351", commune_name="LE HAVRE")
CALVADOS = Row(siren=siren_of(32), name="Filature de Caen", commune="14118", commune_name="CAEN")
NORD = Row(siren=siren_of(33), name="Filature de Roubaix", commune="59512", commune_name="ROUBAIX")
COTE_D_OR = Row(siren=siren_of(34), name="Filature de Dijon", commune="21231", commune_name="DIJON")
GIRONDE = Row(siren=siren_of(35), name="Filature Bordelaise", commune="33063", commune_name="BORDEAUX")
LINGE = Row(siren=siren_of(36), name="Linge de Rouen", naf="14.19Z", commune="76540")
LIN = Row(siren=siren_of(37), name="Tissage du Lin", naf="13.20Z", commune="76540")
HIDDEN = Row(
    siren=siren_of(38),
    person=("Jeanne", "Martin"),
    diffusion="P",
    unit_diffusion="P",
    trade_name="Filature JM",
    naf="14.13Z",
)
CLOSED = Row(siren=siren_of(39), name="Filature Fermée", state="F")
DIRECTORY = [GIRONDE, COTE_D_OR, NORD, CALVADOS, SEINE_MARITIME, LINGE, LIN, HIDDEN, CLOSED]
SEARCH = """query($query: String, $near: SupplierNearInput, $filter: SupplierFilter, $first: Int!, $after: String) {
  suppliers(query: $query, near: $near, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { siret name tradeNames departement regionName tier street postalCode nafCode } }
  } }"""
ROUEN = {"communeCode": "76540"}


async def fill(world: World, tmp_path: Path, rows: list[Row] = DIRECTORY) -> None:
    establishments, legal_units = write_files(tmp_path, rows)
    await import_sirene(world.registry, establishments=establishments, legal_units=legal_units)


async def search(world: World, as_user: str | None = ADVISER, **variables: Any) -> dict[str, Any]:
    body = await world.graphql(SEARCH, {"first": 20} | variables, as_user=as_user)
    assert "errors" not in body, body
    return dict(body["data"]["suppliers"])


def names(found: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in found["edges"]]
