"""Benchmarks of issue 4: re-planning a cohort of 10 projects × 60 milestones, and the national
« Rythme » dashboard over four regions with 2,000 milestones each — each against a raw-SQL baseline
doing the least the same answer needs, in the same run. `make bench`; figures in docs/performance.md.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import bindparam, func, insert, select, update

from filiere.ids import decode_id
from filiere.methodology.calendar import calendar_for
from filiere.planning.models import Cohort, Milestone
from filiere.programmes.models import Project
from tests.backend.world import World, count_statements
from tests.perf.support import ARTIFACTS, timed

pytestmark = pytest.mark.perf

REPLAN = """mutation($input: ReplanCohortInput!) { replanCohort(input: $input) {
  ... on ReplanCohortSuccess { applied cohort { version } changes { milestone { id } oldDate newDate } } } }"""
RHYTHM = """query($e: ID!, $n: Int!) { rhythm(editionId: $e, relativeDay: $n) { edges { node {
  region { slug } at reached adherence { due doneOnTime doneLate overdue onTimeRate } } } } }"""


def _record(name: str, figures: dict[str, Any]) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-{name}-{figures['backend']}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))


async def _grow(world: World, region: str, cohort_id: int, per_project: int, projects: int) -> int:
    """Give the cohort `projects` projects of `per_project` milestones each (copied from one of its own)."""
    async with world.registry.region(region).sessions() as session, session.begin():
        model = await session.scalar(select(Milestone).where(Milestone.cohort_id == cohort_id).limit(1))
        project = await session.scalar(select(Project).where(Project.cohort_id == cohort_id).limit(1))
        columns = [c.key for c in Milestone.__table__.columns if c.key not in ("id", "created_at", "updated_at")]
        await session.execute(Milestone.__table__.delete().where(Milestone.cohort_id == cohort_id))
        rows = [
            {key: getattr(model, key) for key in columns}
            | {
                "project_id": project.id,
                "title": f"Jalon {p}-{m}",
                "offset_working_days": -120 + m * 2,
                "done_on": None,
            }
            for p in range(projects)
            for m in range(per_project)
        ]
        await session.execute(insert(Milestone), rows)
        return (
            await session.scalar(select(func.count()).select_from(Milestone).where(Milestone.cohort_id == cohort_id))
            or 0
        )


async def test_replanning_a_cohort_of_ten_projects_by_sixty_milestones(world: World) -> None:
    admin = "admin.normandie@demo.filiere.fr"
    cohorts = await world.graphql('{ cohorts(region: "normandie") { edges { node { id eventDate } } } }', as_user=admin)
    cohort_gid = next(
        e["node"]["id"] for e in cohorts["data"]["cohorts"]["edges"] if e["node"]["eventDate"] == "2027-03-18"
    )
    cohort_id = decode_id(cohort_gid).int_key
    size = await _grow(world, "normandie", cohort_id, per_project=60, projects=10)
    headers = await world.headers(admin)
    calendar = calendar_for(None)
    days = iter(calendar.shift(date(2027, 3, 18), 5 * (i + 1)) for i in range(1000))

    async with world.registry.region("normandie").sessions() as session:
        version = (await session.get(Cohort, cohort_id)).version

    async def graphql() -> None:
        nonlocal version
        variables = {"input": {"cohortId": cohort_gid, "eventDate": next(days).isoformat(), "expectedVersion": version}}
        response = await world.client.post("/graphql", json={"query": REPLAN, "variables": variables}, headers=headers)
        answer = response.json()["data"]["replanCohort"]
        assert len(answer["changes"]) == size
        version = answer["cohort"]["version"]  # the next round starts from what this one wrote

    async def baseline() -> None:
        # The least a re-plan does: read the offsets, compute the dates, write them in one statement.
        j0 = next(days)
        table = Milestone.__table__
        async with world.registry.region("normandie").engine.begin() as connection:
            rows = await connection.execute(
                select(table.c.id, table.c.offset_working_days).where(table.c.cohort_id == cohort_id)
            )
            dates = [{"row_id": row.id, "new_due": calendar.shift(j0, row.offset_working_days)} for row in rows]
            await connection.execute(
                update(table).where(table.c.id == bindparam("row_id")).values(due_date=bindparam("new_due")), dates
            )

    with count_statements(world.registry) as counter:
        await graphql()
    _record(
        "replan",
        {
            "backend": world.backend,
            "milestones": size,
            "statements_per_request": counter.count,
            "graphql": await timed(graphql),
            "raw_sql_baseline": await timed(baseline),
        },
    )


async def test_national_rhythm_over_four_regions(world: World) -> None:
    national = "national@demo.filiere.fr"
    editions = await world.graphql("{ editions { edges { node { id year } } } }", as_user=national)
    edition = next(e["node"]["id"] for e in editions["data"]["editions"]["edges"] if e["node"]["year"] == 2027)
    per_region = 2000
    cohort_ids: dict[str, int] = {}
    for tenant in world.registry.regions:
        async with tenant.sessions() as session:
            cohort_ids[tenant.slug] = await session.scalar(
                select(Cohort.id).where(Cohort.edition_id == decode_id(edition).int_key)
            )
        await _grow(world, tenant.slug, cohort_ids[tenant.slug], per_project=per_region // 10, projects=10)
    headers = await world.headers(national)

    async def graphql() -> None:
        response = await world.client.post(
            "/graphql", json={"query": RHYTHM, "variables": {"e": edition, "n": -81}}, headers=headers
        )
        assert len(response.json()["data"]["rhythm"]["edges"]) == 4

    async def baseline() -> None:
        # The least the dashboard needs: one aggregate per region, concurrently.
        async def one(tenant: Any) -> None:
            async with tenant.engine.connect() as connection:
                await connection.execute(
                    select(func.count(), func.count(Milestone.done_on)).where(
                        Milestone.cohort_id == cohort_ids[tenant.slug], Milestone.due_date <= date(2026, 11, 23)
                    )
                )

        await asyncio.gather(*(one(t) for t in world.registry.regions))

    with count_statements(world.registry) as counter:
        await graphql()
    _record(
        "rhythm",
        {
            "backend": world.backend,
            "milestones_per_region": per_region,
            "statements_per_request": counter.count,
            "graphql": await timed(graphql),
            "raw_sql_baseline": await timed(baseline),
        },
    )
