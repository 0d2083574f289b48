"""Benchmark (issue 5): the project list of one region holding 5,000 projects, filtered as an adviser
filters it (status, need, département, text) and paginated by 50, against a raw-SQL baseline doing the
least the same page needs, in the same run. `make bench`; figures in docs/performance.md.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, insert, select

from filiere.programmes.models import Company, Project, ProjectKind, ProjectNeed, ProjectNeedRow, ProjectStatus, Sector
from filiere.text import fold, like_pattern
from tests.backend.world import World, count_statements
from tests.perf.support import ARTIFACTS, timed

pytestmark = pytest.mark.perf

PROJECTS = 5000
STATUSES = list(ProjectStatus)
NEEDS = list(ProjectNeed)
DEPARTEMENTS = ["14", "27", "50", "61", "76"]
QUERY = """query($after: String) { projects(region: "normandie", first: 50, after: $after,
  filter: {status: [ACCELERATING, SELECTED], need: [MARKET_STUDY], departement: ["76", "14"], text: "lin"}) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name status needs company { name communeName } adviser { displayName } } } } }"""


async def _fill(world: World) -> None:
    async with world.registry.region("normandie").sessions() as session, session.begin():
        company_ids = []
        for number, departement in enumerate(DEPARTEMENTS):
            company_ids.append(
                await session.scalar(
                    insert(Company)
                    .values(
                        name=f"Banc d'essai {departement}",
                        siren=f"90000000{number}",
                        commune_code=f"{departement}001",
                        commune_name=f"Commune {departement}",
                        departement=departement,
                    )
                    .returning(Company.id)
                )
            )
        words = ["lin", "chanvre", "laine", "coton", "bois"]
        rows = [
            {
                "company_id": company_ids[index % len(company_ids)],
                "name": f"Projet {words[index % 5]} {index:05d}",
                "sort_key": fold(f"Projet {words[index % 5]} {index:05d}"),
                "search_text": fold(f"Projet {words[index % 5]} {index:05d} Banc d'essai"),
                "summary": "Banc d'essai",
                "kind": ProjectKind.RELOCATION,
                "sector": Sector.TEXTILE,
                "status": STATUSES[index % len(STATUSES)],
                "notes": "",
                "version": 1,
            }
            for index in range(PROJECTS)
        ]
        ids = list(await session.scalars(insert(Project).returning(Project.id), rows))
        needs = [{"project_id": project_id, "need": NEEDS[i % len(NEEDS)]} for i, project_id in enumerate(ids)]
        # One project in three also needs a market study.
        needs += [
            {"project_id": project_id, "need": ProjectNeed.MARKET_STUDY}
            for i, project_id in enumerate(ids)
            if i % 3 == 1 and NEEDS[i % len(NEEDS)] is not ProjectNeed.MARKET_STUDY
        ]
        await session.execute(insert(ProjectNeedRow), needs)


async def test_a_filtered_page_of_a_region_with_5000_projects(world: World) -> None:
    await _fill(world)
    headers = await world.headers("conseiller.normandie@demo.filiere.fr")
    first = await world.client.post("/graphql", json={"query": QUERY}, headers=headers)
    page = first.json()["data"]["projects"]
    assert page["totalCount"] > 50 and len(page["edges"]) == 50
    cursor = page["pageInfo"]["endCursor"]

    async def graphql() -> None:
        # The second page: a cursor in the middle of the filtered list.
        response = await world.client.post(
            "/graphql", json={"query": QUERY, "variables": {"after": cursor}}, headers=headers
        )
        assert len(response.json()["data"]["projects"]["edges"]) == 50

    async def baseline() -> None:
        # The least the page needs: the count and one ordered, limited join with the same filters.
        matching = (
            select(Project.id, Project.name, Company.name)
            .join(Company)
            .where(
                Project.status.in_([ProjectStatus.ACCELERATING, ProjectStatus.SELECTED]),
                Project.id.in_(
                    select(ProjectNeedRow.project_id).where(ProjectNeedRow.need == ProjectNeed.MARKET_STUDY)
                ),
                Company.departement.in_(["76", "14"]),
                Project.search_text.like(like_pattern("lin"), escape="\\"),
            )
        )
        async with world.registry.region("normandie").engine.connect() as connection:
            await connection.execute(select(func.count()).select_from(matching.subquery()))
            await connection.execute(matching.order_by(Project.sort_key, Project.id).offset(50).limit(51))

    with count_statements(world.registry) as counter:
        await graphql()
    figures = {
        "backend": world.backend,
        "projects": PROJECTS,
        "matching": page["totalCount"],
        "statements_per_request": counter.count,
        "graphql": await timed(graphql),
        "raw_sql_baseline": await timed(baseline),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-filtered-projects-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))
