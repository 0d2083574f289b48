"""The project list's filters an adviser uses every day: need, adviser, département (with status, text)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from filiere.programmes.models import Company, Project, ProjectNeed
from tests.backend.world import World, count_statements

ADVISER = "conseiller.normandie@demo.filiere.fr"
QUERY = """query($filter: ProjectFilter) { projects(region: "normandie", first: 50, filter: $filter) {
  totalCount edges { node { name } } } }"""


async def names(world: World, **filter_: Any) -> list[str]:
    body = await world.graphql(QUERY, {"filter": filter_}, as_user=ADVISER)
    assert "errors" not in body, body
    found = [edge["node"]["name"] for edge in body["data"]["projects"]["edges"]]
    assert body["data"]["projects"]["totalCount"] == len(found)
    return found


async def normandie(world: World) -> list[tuple[Project, Company]]:
    async with world.registry.region("normandie").sessions() as session:
        rows = await session.execute(
            select(Project, Company).join(Company).options(selectinload(Project.needs)).order_by(Project.sort_key)
        )
        return [(project, company) for project, company in rows]


async def test_each_filter_keeps_exactly_the_matching_projects(world: World) -> None:
    projects = await normandie(world)
    studies = [p.name for p, _ in projects if ProjectNeed.MARKET_STUDY in {row.need for row in p.needs}]
    assert 0 < len(studies) < len(projects)
    assert await names(world, need=["MARKET_STUDY"]) == studies

    in_calvados = [p.name for p, c in projects if c.departement == "14"]
    assert 0 < len(in_calvados) < len(projects)
    assert await names(world, departement=["14"]) == in_calvados
    assert await names(world, departement=["14", "76"]) == [
        p.name for p, c in projects if c.departement in {"14", "76"}
    ]

    viewer = await world.graphql("{ viewer { user { id } } }", as_user=ADVISER)
    me = viewer["data"]["viewer"]["user"]["id"]
    user = await world.user(ADVISER)
    mine = [p.name for p, _ in projects if p.adviser_id == user.id]
    assert mine
    assert await names(world, adviser=[me]) == mine
    assert await names(world, adviser=["inconnu"]) == []

    both = [n for n in studies if n in in_calvados]
    assert await names(world, need=["MARKET_STUDY"], departement=["14"]) == both


async def test_filters_do_not_add_statements(world: World) -> None:
    headers = await world.headers(ADVISER)

    async def statements(filter_: dict[str, Any]) -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": QUERY, "variables": {"filter": filter_}}, headers=headers
            )
        assert "errors" not in response.json()
        return counter.count

    plain = await statements({})
    assert await statements({"need": ["FINANCING", "MARKET_STUDY"], "departement": ["76"], "text": "lin"}) == plain
