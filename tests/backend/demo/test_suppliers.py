"""The demo's supplier directory: fictional, imported like a real stock, searchable tier by tier."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from stdnum.fr import siret

from filiere.demo.suppliers import COMMUNES, SUPPLIERS, load_demo_suppliers
from filiere.referentials.geography import commune
from filiere.referentials.naf import naf_activity
from filiere.sourcing.importer import import_sirene
from filiere.sourcing.models import NationalSupplier, NationalSupplierImport, Supplier, SupplierImport, SupplierState
from filiere.text import fold
from tests.backend.sourcing.sirene_files import Row, siren_of, write_files
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
ROUEN = {"communeCode": "76540"}
TIERS = ["SAME_DEPARTEMENT", "SAME_REGION", "NEIGHBOURING_REGION", "REST_OF_FRANCE"]
SEARCH = """query($query: String, $near: SupplierNearInput, $first: Int!) {
  suppliers(query: $query, near: $near, first: $first) { totalCount
    edges { node { siret name tradeNames departement tier street postalCode nafCode longitude latitude distanceKm } }
  } }"""


async def search(world: World, query: str, near: dict[str, str] | None = ROUEN) -> dict[str, Any]:
    body = await world.graphql(SEARCH, {"query": query, "near": near, "first": 100}, as_user=ADVISER)
    assert "errors" not in body, body
    found: dict[str, Any] = body["data"]["suppliers"]
    assert found["totalCount"] == len(found["edges"]), "the whole answer fits in one page"
    return found


def nodes(found: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in found["edges"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "filature",
            {
                "SAME_DEPARTEMENT": {"Filature Quesnelot", "Teillage de Fontmesnil"},
                "SAME_REGION": {"Filature Lavaudière", "Teillage Saint-Aubert"},
                "NEIGHBOURING_REGION": {"Filature Hauvelaere", "Peignage Vanhoutreve"},
                "REST_OF_FRANCE": {"Filature Saulon-Tille", "Filature Chavelot"},
            },
        ),
        (
            "tissage",
            {
                "SAME_DEPARTEMENT": {"Tissage Verlaincourt", "Tissage Brévanne", "Tissage Haudrecy"},
                "SAME_REGION": {"Tissage Beaumarchef"},
                "NEIGHBOURING_REGION": {"Tissage Lieskerque", "Tissages Montcerf"},
                "REST_OF_FRANCE": {"Tissages Lizaine", "Tissages Ramberchamp"},
            },
        ),
    ],
)
async def test_a_search_from_rouen_shows_every_tier_in_order(
    world: World, query: str, expected: dict[str, set[str]]
) -> None:
    found = nodes(await search(world, query))
    tiers = [node["tier"] for node in found]
    assert tiers == sorted(tiers, key=TIERS.index) and set(tiers) == set(TIERS)
    for tier, names in expected.items():
        assert names <= {node["name"] for node in found if node["tier"] == tier}, tier
    assert all(node["departement"] == "76" for node in found if node["tier"] == "SAME_DEPARTEMENT")


async def test_closed_establishments_are_never_offered(world: World) -> None:
    found = nodes(await search(world, "filature"))
    assert "Filature Merlinghem" not in {node["name"] for node in found}
    quesnelot = [node["siret"] for node in found if node["name"] == "Filature Quesnelot"]
    assert quesnelot == [next(s.siret for s in SUPPLIERS if s.name == "Filature Quesnelot" and s.number == 1)]


async def test_positions_are_where_the_communes_are(world: World) -> None:
    found = {node["name"]: node for node in nodes(await search(world, "filature"))}
    malaunay = found["Filature Quesnelot"]  # about 9 km north of Rouen
    assert 5 < malaunay["distanceKm"] < 14
    assert abs(malaunay["longitude"] - 1.04) < 0.03 and abs(malaunay["latitude"] - 49.527) < 0.02
    assert 170 < found["Filature Hauvelaere"]["distanceKm"] < 210  # Roubaix


async def test_what_is_not_diffusible_never_shows(world: World) -> None:
    couture = nodes(await search(world, "couture de la baie"))
    assert [(n["name"], n["street"], n["postalCode"], n["longitude"]) for n in couture] == [
        ("Couture de la Baie", None, None, None)
    ]
    for person in ("armelle", "trehouart", "Lucien Morvandiau"):
        assert nodes(await search(world, person, near=None)) == [], person
    dyer = nodes(await search(world, "teinturerie aubrecourt"))
    assert [(n["name"], n["street"], n["postalCode"], n["latitude"]) for n in dyer] == [
        ("Teinturerie Aubrecourt", None, None, None)
    ]
    async with world.registry.region("normandie").sessions() as session:
        rows = list(await session.scalars(select(Supplier).where(Supplier.diffusible.is_(False))))
    assert rows and all(row.street is None and row.lambert_x is None for row in rows)
    for row in rows:
        assert "armelle" not in row.search_text and "trehouart" not in fold(row.legal_name)


def test_every_demo_establishment_is_valid_and_fictional_names_are_unique() -> None:
    sirets = [supplier.siret for supplier in SUPPLIERS]
    assert 120 <= len(sirets) <= 160 and len(set(sirets)) == len(sirets)
    assert all(siret.is_valid(number) for number in sirets)
    head_offices = Counter(supplier.siren for supplier in SUPPLIERS if supplier.number == 1)
    assert set(head_offices) == {supplier.siren for supplier in SUPPLIERS} and set(head_offices.values()) == {1}
    names_by_siren = {supplier.siren: supplier.name for supplier in SUPPLIERS}
    assert len(set(names_by_siren.values())) == len(names_by_siren), "one SIREN per legal unit"
    assert all(naf_activity(supplier.naf) for supplier in SUPPLIERS)
    for code, place in COMMUNES.items():
        official = commune(code)
        assert official is not None, code
        # SIRENE's style: « PARIS 3 » and « LYON 3EME » for the arrondissements municipaux.
        name = re.sub(r"^paris (\d+)e arrondissement$", r"paris \1", fold(official.name))
        name = re.sub(r"^lyon (\d+)e arrondissement$", r"lyon \1eme", name)
        assert place.name == place.name.upper() and fold(place.name) == name, code
    assert {supplier.commune for supplier in SUPPLIERS} == set(COMMUNES)


async def test_the_directory_holds_every_open_establishment_of_the_demo(world: World) -> None:
    expected = {supplier.siret for supplier in SUPPLIERS if not supplier.closed}
    found: dict[str, str] = {}
    for tenant in world.registry.all():
        national = tenant is world.registry.national
        model: Any = NationalSupplier if national else Supplier
        log: Any = NationalSupplierImport if national else SupplierImport
        async with tenant.sessions() as session:
            for row in await session.scalars(select(model)):
                assert row.state is SupplierState.ACTIVE
                found[row.siret] = tenant.slug
            imports = list(await session.scalars(select(log)))
        assert len(imports) == 1 and imports[0].skipped_lines == 0, "one import, every line used"
        assert imports[0].source.startswith("StockEtablissement_demo-")
    assert set(found) == expected
    assert Counter(found.values()) == {
        "normandie": 44,
        "ile-de-france": 32,
        "hauts-de-france": 32,
        "bourgogne-franche-comte": 32,
        "national": 17,
    }


async def test_loading_again_changes_nothing_and_a_real_directory_is_never_replaced(
    world: World, tmp_path: Path
) -> None:
    assert await load_demo_suppliers(world.registry) is None, "the same demo directory: not imported again"
    real = Row(siren=siren_of(41), name="Filature Réelle")
    establishments, legal_units = write_files(tmp_path, [real])
    await import_sirene(world.registry, establishments=establishments, legal_units=legal_units)
    assert await load_demo_suppliers(world.registry) is None
    assert [node["name"] for node in nodes(await search(world, "filature"))] == ["Filature Réelle"]
