"""Benchmark: the « Toutes les régions » project list (fan-out over four regions, merged page of 50,
with company and adviser), against a raw-SQL baseline doing the least the same page needs.

Run with `make bench`; figures go to docs/performance.md.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import insert, select, text

from filiere.programmes.models import Company, Project, ProjectKind, ProjectStatus, Sector
from filiere.text import fold
from tests.backend.world import World, count_statements
from tests.perf.support import ARTIFACTS, timed

pytestmark = pytest.mark.perf

PROJECTS_PER_REGION = 1000
QUERY = """
query Bench { projects(first: 50) { totalCount edges { node {
  id name status sector access notes company { name communeName } adviser { displayName }
} } } }
"""


async def _fill(world: World) -> None:
    for tenant in world.registry.regions:
        async with tenant.sessions() as session, session.begin():
            company_id = await session.scalar(
                insert(Company)
                .values(
                    name=f"Banc d'essai {tenant.slug}",
                    siren="732829320",
                    commune_code="76540",
                    commune_name="Rouen",
                    departement="76",
                )
                .returning(Company.id)
            )
            rows = [
                {
                    "company_id": company_id,
                    "name": f"Projet {index:05d} {tenant.slug}",
                    "sort_key": fold(f"Projet {index:05d} {tenant.slug}"),
                    "search_text": fold(f"Projet {index:05d}"),
                    "summary": "Banc d'essai",
                    "kind": ProjectKind.RELOCATION,
                    "sector": Sector.TEXTILE,
                    "status": ProjectStatus.ACCELERATING,
                    "notes": "",
                    "version": 1,
                }
                for index in range(PROJECTS_PER_REGION)
            ]
            await session.execute(insert(Project), rows)


async def test_all_regions_project_list(world: World) -> None:
    await _fill(world)
    headers = await world.headers("national@demo.filiere.fr")

    async def graphql() -> None:
        response = await world.client.post("/graphql", json={"query": QUERY}, headers=headers)
        assert len(response.json()["data"]["projects"]["edges"]) == 50

    async def baseline() -> None:
        # The least the page needs: one ordered, limited read per region, concurrently.
        async def one(tenant) -> list[object]:  # type: ignore[no-untyped-def]
            async with tenant.engine.connect() as connection:
                result = await connection.execute(
                    select(Project.id, Project.name, Company.name)
                    .join(Company)
                    .order_by(Project.sort_key, Project.id)
                    .limit(51)
                )
                return list(result)

        await asyncio.gather(*(one(t) for t in world.registry.regions))

    with count_statements(world.registry) as counter:
        await graphql()
    figures = {
        "backend": world.backend,
        "projects": PROJECTS_PER_REGION * len(world.registry.regions),
        "statements_per_request": counter.count,
        "graphql": await timed(graphql),
        "raw_sql_baseline": await timed(baseline),
    }
    if world.backend == "postgresql":
        async with world.registry.national.engine.connect() as connection:
            figures["postgresql"] = (await connection.execute(text("SHOW server_version"))).scalar()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-projects-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))
    assert counter.count <= 4 * 4 + 1
