"""Benchmark (issue 15): a national catalogue of 5,000 schemes imported from a generated Aides-territoires
export (about the size of the whole Aides-territoires base), then the catalogue's filtered page and a
project's matching, as the « Financement » tab asks for them. `make bench`; figures in test-artifacts.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from filiere.financing.aides_import import import_aides
from tests.backend.world import World, count_statements
from tests.perf.support import ARTIFACTS, timed

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

AIDS = 5000
PERIMETERS = ["France", "Normandie", "Seine-Maritime", "Calvados", "Île-de-France", "Bretagne", "Occitanie", "Nord"]
CATEGORIES = ["Économie / Innovation", "Emploi / Formation", "Développement économique / Production", "Export"]
TYPES = [["grant"], ["loan"], ["recoverable_advance"]]
CATALOGUE = """query { financingSchemes(first: 50, filter: {region: "normandie", purpose: INVESTMENT,
  openOn: "2026-11-23"}) { totalCount edges { node { id name type regions { name } departements { name } } } } }"""
MATCHING = """query($id: ID!) { node(id: $id) { ... on Project { matchingSchemes(first: 10) { totalCount
  edges { node { score reasons toCheck scheme { id name } } } } } } }"""


def _aid(index: int) -> dict[str, Any]:
    return {
        "id": 500_000 + index,
        "name": f"Aide générée n° {index} (démo)",
        "financers": [f"Financeur {index % 40} (démo)"],
        "description": "<p>Aide générée pour le banc d'essai.</p>",
        "perimeter": PERIMETERS[index % len(PERIMETERS)],
        "categories": [CATEGORIES[index % len(CATEGORIES)], CATEGORIES[(index // 4) % len(CATEGORIES)]],
        "destinations": ["investment"] if index % 3 else ["supply"],
        "targeted_audiences": ["private_sector"],
        "aid_types": TYPES[index % len(TYPES)],
        "submission_deadline": "2025-12-31" if index % 10 == 0 else "2027-12-31",
        "subvention_rate_upper_bound": 40,
        "date_updated": "2026-10-01T00:00:00Z",
    }


async def test_catalogue_and_matching_with_five_thousand_schemes(world: World, tmp_path: Path) -> None:
    path = tmp_path / "aids.json"
    path.write_text(json.dumps({"results": [_aid(i) for i in range(AIDS)]}), encoding="utf-8")
    started = time.perf_counter()
    summary = await import_aides(world.registry, path)
    import_seconds = time.perf_counter() - started
    assert summary.created == AIDS and not summary.problems
    started = time.perf_counter()
    again = await import_aides(world.registry, path)
    reimport_seconds = time.perf_counter() - started
    assert again.unchanged == AIDS

    national = await world.headers("national@demo.filiere.fr")
    adviser = await world.headers("conseiller.normandie@demo.filiere.fr")
    projects = await world.client.post(
        "/graphql",
        json={"query": 'query { projects(region: "normandie", first: 50) { edges { node { id name } } } }'},
        headers=national,
    )
    mijuin = next(
        edge["node"]["id"]
        for edge in projects.json()["data"]["projects"]["edges"]
        if edge["node"]["name"] == "Fabrication de marques complémentaires en lin"
    )

    async def catalogue() -> dict[str, Any]:
        response = await world.client.post("/graphql", json={"query": CATALOGUE}, headers=national)
        body: dict[str, Any] = response.json()
        return body

    async def matching() -> dict[str, Any]:
        response = await world.client.post(
            "/graphql", json={"query": MATCHING, "variables": {"id": mijuin}}, headers=adviser
        )
        body: dict[str, Any] = response.json()
        return body

    with count_statements(world.registry) as counter:
        page = await catalogue()
    catalogue_statements = counter.count
    with count_statements(world.registry) as counter:
        matched = await matching()
    matching_statements = counter.count
    figures = {
        "backend": world.backend,
        "schemes": AIDS,
        "import_seconds": round(import_seconds, 2),
        "reimport_seconds": round(reimport_seconds, 2),
        "catalogue": {
            **await timed(catalogue),
            "total": page["data"]["financingSchemes"]["totalCount"],
            "statements": catalogue_statements,
        },
        "matching": {
            **await timed(matching),
            "total": matched["data"]["node"]["matchingSchemes"]["totalCount"],
            "statements": matching_statements,
        },
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"financing-catalogue-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures))
    # Generous bounds on the median (a shared machine's p95 swings): a page stays interactive.
    assert figures["catalogue"]["median_ms"] < 500
    assert figures["matching"]["median_ms"] < 1000
