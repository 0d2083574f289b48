"""Benchmark (issue 15): a national catalogue of 5,000 schemes imported from a generated Aides-territoires
export (about the size of the whole Aides-territoires base), then the catalogue's filtered page and a
project's matching, as the « Financement » tab asks for them, against a raw-SQL baseline in the same run:
the same narrowing, unranked (count, ten ids by name, those schemes whole). `make bench`; figures in
docs/performance.md.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, or_, select

from filiere import clock
from filiere.financing.aides_import import import_aides
from filiere.financing.matching import PURPOSE_OF_CATEGORY, company_size
from filiere.financing.models import InvestmentLine
from filiere.financing.scheme_models import CriterionDimension, FinancingScheme
from filiere.financing.schemes import (
    applies_in,
    fits_criterion,
    has_criterion,
    names_criterion,
    open_on,
    with_criteria,
)
from filiere.programmes.models import Company, Project
from filiere.referentials.geography import departement
from filiere.referentials.naf import naf_activity
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

    fitting = await _narrowing(world, "Fabrication de marques complémentaires en lin")

    async def baseline() -> None:
        async with world.registry.national.sessions() as session:
            await session.scalar(select(func.count()).select_from(FinancingScheme).where(*fitting))
            ids = (
                await session.scalars(
                    select(FinancingScheme.id)
                    .where(*fitting)
                    .order_by(FinancingScheme.sort_key, FinancingScheme.id)
                    .limit(11)
                )
            ).all()
            await session.scalars(with_criteria(select(FinancingScheme).where(FinancingScheme.id.in_(ids[:10]))))

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
        "raw_sql_baseline": await timed(baseline),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"financing-catalogue-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures))
    # Generous bounds on the median (a shared machine's p95 swings): a page stays interactive.
    assert figures["catalogue"]["median_ms"] < 500
    assert figures["matching"]["median_ms"] < 1000


async def _narrowing(world: World, project_name: str) -> list[Any]:
    """The conditions the matching narrows the catalogue with for this project, written out."""
    async with world.registry.region("normandie").sessions() as session:
        project, company = (
            await session.execute(select(Project, Company).join(Company).where(Project.name == project_name))
        ).one()
        categories = set(
            await session.scalars(select(InvestmentLine.category).where(InvestmentLine.project_id == project.id))
        )
    place = departement(company.departement)
    assert place is not None
    activity = naf_activity(company.naf_code) if company.naf_code else None
    size = company_size(company.headcount_band, company.revenue_band).size
    purposes = [p.value for p in (PURPOSE_OF_CATEGORY[c] for c in categories) if p is not None]
    return [
        or_(FinancingScheme.owner_region.is_(None), FinancingScheme.owner_region == "normandie"),
        open_on(clock.today(world.registry.settings)),
        applies_in(place.region_code, place.code),
        fits_criterion(CriterionDimension.COMPANY_SIZE, size.value if size else None),
        fits_criterion(CriterionDimension.NAF_SECTION, activity.section_code if activity else None),
        fits_criterion(CriterionDimension.PROJECT_KIND, project.kind.value),
        or_(~names_criterion(CriterionDimension.PURPOSE), has_criterion(CriterionDimension.PURPOSE, purposes)),
    ]
