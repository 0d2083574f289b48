"""What a region's advisers note on a supplier: found by their searches, invisible to other regions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from filiere.sourcing.models import SupplierProfile
from tests.backend.sourcing.directory_helpers import (
    CALVADOS,
    DIRECTORY,
    HIDDEN,
    NORD,
    ROUEN,
    SEINE_MARITIME,
    fill,
    names,
    search,
)
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

ENRICH = """mutation($input: EnrichSupplierInput!) { enrichSupplier(input: $input) {
  __typename
  ... on SupplierProfileSuccess { profile { tags certifications capacityNotes contactName contactEmail
    lastContactOn changedBy version } }
  ... on UserError { field message } ... on SourcingInvalid { code } ... on SourcingConflict { code }
  ... on SourcingNotAllowed { code } } }"""
PROFILE = """query($query: String) { suppliers(query: $query, first: 20) { edges { node {
  name viewerCanEnrich profile { tags certifications contactName version
    history(first: 10) { totalCount edges { node { actorName fields } } } } } } } }"""
ROUBAIX = {
    "siret": NORD.siret,
    "tags": ["Jacquard", " jacquard ", "peignage laine"],
    "certifications": ["ORIGINE_FRANCE_GARANTIE"],
    "capacityNotes": "20 tonnes par mois, délai 6 semaines",
    "contactName": "Paul Lefebvre",
    "contactEmail": "paul.lefebvre@filature-roubaix.fr",
    "contactPhone": "03 20 00 00 00",
    "lastContactOn": "2026-11-02",
}


async def enrich(world: World, input_: dict[str, Any], as_user: str | None = ADVISER) -> dict[str, Any]:
    body = await world.graphql(ENRICH, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(body["data"]["enrichSupplier"])


async def profiles_written(world: World, region: str = "normandie") -> int:
    async with world.registry.region(region).sessions() as session:
        return await session.scalar(select(func.count()).select_from(SupplierProfile)) or 0


async def test_an_adviser_notes_a_supplier_of_another_region_and_finds_it_by_what_they_noted(
    world: World, tmp_path: Path
) -> None:
    await fill(world, tmp_path)
    created = await enrich(world, ROUBAIX)
    assert created["__typename"] == "SupplierProfileSuccess", created
    profile = created["profile"]
    assert profile["tags"] == ["Jacquard", "peignage laine"], "blanks trimmed, duplicates dropped"
    assert (profile["certifications"], profile["changedBy"], profile["version"]) == (
        ["ORIGINE_FRANCE_GARANTIE"],
        "Camille Lemoine",
        1,
    )
    assert names(await search(world, query="jacquard")) == ["Filature de Roubaix"]
    assert names(await search(world, query="origine france")) == ["Filature de Roubaix"]
    certified = await search(world, query="filature", filter={"certifications": ["ORIGINE_FRANCE_GARANTIE"]})
    assert names(certified) == ["Filature de Roubaix"]


async def test_another_region_partners_and_strangers_see_none_of_it(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    await enrich(world, ROUBAIX)
    for user in (HDF_ADVISER, NATIONAL):
        assert names(await search(world, as_user=user, query="jacquard")) == []
        body = await world.graphql(PROFILE, {"query": "roubaix"}, as_user=user)
        node = body["data"]["suppliers"]["edges"][0]["node"]
        assert node["profile"] is None
        assert node["viewerCanEnrich"] is (user == HDF_ADVISER)
    hdf_filter = await search(world, as_user=HDF_ADVISER, filter={"certifications": ["ORIGINE_FRANCE_GARANTIE"]})
    assert names(hdf_filter) == []
    refused = await enrich(world, ROUBAIX | {"tags": ["autre"]}, as_user=NATIONAL)
    assert refused["__typename"] == "SourcingNotAllowed"
    partner = await world.graphql(ENRICH, {"input": ROUBAIX}, as_user=PARTNER)
    assert partner["data"]["enrichSupplier"]["__typename"] == "SourcingNotAllowed"
    anonymous = await world.graphql(ENRICH, {"input": ROUBAIX})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await profiles_written(world, "hauts-de-france") == 0
    assert await profiles_written(world) == 1


async def test_bad_input_is_refused_in_french_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    cases = [
        ({"contactEmail": "paul@"}, "contactEmail", "INVALID_EMAIL"),
        ({"contactPhone": "appelez-moi"}, "contactPhone", "INVALID_PHONE"),
        ({"lastContactOn": "2027-01-04"}, "lastContactOn", "OUT_OF_RANGE"),
        ({"tags": ["x" * 41]}, "tags.0", "TOO_LONG"),
        ({"capabilityNafCodes": ["13.10"]}, "capabilityNafCodes.0", "INVALID_NAF_CODE"),
        ({"siret": "73282932000074"}, "siret", "UNKNOWN_SUPPLIER"),
        ({"siret": "12345678901234"}, "siret", "INVALID_SIRET"),
    ]
    for change, field, code in cases:
        refused = await enrich(world, ROUBAIX | change)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("SourcingInvalid", field, code), change
        assert refused["message"] and not refused["message"].startswith("Valeur")
    assert await profiles_written(world) == 0


async def test_a_stale_edit_names_who_changed_what_and_the_history_lists_every_change(
    world: World, tmp_path: Path
) -> None:
    await fill(world, tmp_path)
    first = (await enrich(world, ROUBAIX))["profile"]
    admin = "admin.normandie@demo.filiere.fr"
    second = await enrich(world, ROUBAIX | {"expectedVersion": first["version"], "contactName": "Anne Roy"}, admin)
    assert second["profile"]["version"] == 2
    stale = await enrich(world, ROUBAIX | {"expectedVersion": first["version"], "capacityNotes": "10 t"})
    assert (stale["__typename"], stale["code"]) == ("SourcingConflict", "STALE_VERSION")
    assert "Hugo Bertin" in stale["message"] and "contact" in stale["message"]
    body = await world.graphql(PROFILE, {"query": "roubaix"}, as_user=ADVISER)
    history = body["data"]["suppliers"]["edges"][0]["node"]["profile"]["history"]
    assert history["totalCount"] == 2
    assert [(edge["node"]["actorName"], edge["node"]["fields"]) for edge in history["edges"]] == [
        ("Hugo Bertin", ["contact"]),
        (
            "Camille Lemoine",
            [
                "savoir-faire",
                "certifications",
                "capacités",
                "contact",
                "e-mail du contact",
                "téléphone du contact",
                "dernier contact",
            ],
        ),
    ]


async def test_the_map_gets_coordinates_never_for_what_is_not_diffusible(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    query = """query($near: SupplierNearInput) {
      supplierSearchOrigin(near: $near) { communeName departement longitude latitude }
      suppliers(near: $near, first: 20) { edges { node { name longitude latitude distanceKm } } } }"""
    body = await world.graphql(query, {"near": ROUEN}, as_user=ADVISER)
    origin = body["data"]["supplierSearchOrigin"]
    # No establishment of the directory is the site itself: its commune's centre stands for it.
    assert (origin["communeName"], origin["departement"]) == ("Rouen", "76")
    assert abs(origin["longitude"] - 1.098) < 0.01 and abs(origin["latitude"] - 49.436) < 0.01
    nodes = {edge["node"]["name"]: edge["node"] for edge in body["data"]["suppliers"]["edges"]}
    havre = nodes[SEINE_MARITIME.name]
    assert (round(havre["longitude"], 2), round(havre["latitude"], 2), havre["distanceKm"]) == (1.1, 49.44, 0.0)
    hidden = nodes[HIDDEN.trade_name]
    assert (hidden["longitude"], hidden["latitude"], hidden["distanceKm"]) == (None, None, None)
    assert len(nodes) == len(DIRECTORY) - 1 and CALVADOS.name in nodes
