"""A project's own milestones on its page and in lists: `Project.milestones` and `Project.nextMilestone`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from filiere.ids import decode_id
from filiere.planning.models import Milestone
from filiere.programmes.models import Company, Project, ProjectKind, ProjectStatus, Sector
from filiere.programmes.service import index_project
from tests.backend.planning.support import (
    IDF_ADVISER,
    JUROR,
    LIST,
    NATIONAL,
    NORMANDIE_ADVISER,
    PARTNER,
    followed_project,
)
from tests.backend.world import World, count_statements

PLAN = """query($id: ID!, $first: Int!, $after: String) { node(id: $id) { ... on Project { name access
  milestones(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title dueDate status evidence } } }
  nextMilestone { id title dueDate status } } } }"""


async def plan(world: World, project: str, as_user: str | None, first: int = 50, after: str | None = None) -> Any:
    body = await world.graphql(PLAN, {"id": project, "first": first, "after": after}, as_user=as_user)
    return (body.get("data") or {}).get("node")


def _order(milestone: dict[str, Any]) -> str:
    return milestone["dueDate"] or "9999-12-31"


async def test_the_project_page_shows_its_plan_and_what_comes_next(world: World) -> None:
    project = await followed_project(world)
    node = await plan(world, project, NORMANDIE_ADVISER)
    whole = [edge["node"] for edge in node["milestones"]["edges"]]
    assert node["milestones"]["totalCount"] == len(whole) == 15
    assert [_order(m) for m in whole] == sorted(_order(m) for m in whole)
    statuses = {m["status"] for m in whole}
    assert "DONE" in statuses and statuses - {"DONE"}
    assert node["nextMilestone"] == {
        key: value
        for key, value in next(m for m in whole if m["status"] != "DONE").items()
        if key in ("id", "title", "dueDate", "status")
    }

    # Pages follow one another without overlap.
    first = await plan(world, project, NORMANDIE_ADVISER, first=6)
    assert first["milestones"]["pageInfo"]["hasNextPage"] is True
    second = await plan(world, project, NORMANDIE_ADVISER, first=50, after=first["milestones"]["pageInfo"]["endCursor"])
    paged = [e["node"]["id"] for e in first["milestones"]["edges"] + second["milestones"]["edges"]]
    assert paged == [m["id"] for m in whole]


async def test_no_next_milestone_once_all_are_done(world: World) -> None:
    project = await followed_project(world)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        for row in await session.scalars(select(Milestone).where(Milestone.project_id.is_not(None))):
            row.done_on = row.done_on or row.due_date
    node = await plan(world, project, NORMANDIE_ADVISER)
    assert node["nextMilestone"] is None
    assert {e["node"]["status"] for e in node["milestones"]["edges"]} == {"DONE"}


async def test_only_readers_of_the_full_record_see_the_plan(world: World) -> None:
    project = await followed_project(world)
    national = await plan(world, project, NATIONAL)
    assert national["milestones"]["totalCount"] == 15 and national["nextMilestone"] is not None
    # Another region's adviser reads the card: no plan.
    card = await plan(world, project, IDF_ADVISER)
    assert card["access"] == "SUMMARY"
    assert (card["milestones"], card["nextMilestone"]) == (None, None)
    # A partner without grant, a juror and an anonymous caller do not even see the card.
    for user in (PARTNER, JUROR, None):
        assert await plan(world, project, user) is None, user


async def _more_projects_with_milestones(world: World, count: int) -> None:
    """More Normandie projects, each with a copy of milestones still to do."""
    async with world.registry.region("normandie").sessions() as session, session.begin():
        model = list(
            await session.scalars(
                select(Milestone).where(Milestone.project_id.is_not(None), Milestone.done_on.is_(None)).limit(15)
            )
        )
        columns = [c.key for c in Milestone.__table__.columns if c.key not in ("id", "created_at", "updated_at")]
        for index in range(count):
            company = Company(
                name=f"Entreprise {index}",
                siren=f"9{index:08d}",
                commune_code="14366",
                commune_name="Lisieux",
                departement="14",
            )
            session.add(company)
            await session.flush()
            project = Project(
                company_id=company.id,
                name=f"Atelier ajouté {index}",
                summary="Pour compter les requêtes.",
                kind=ProjectKind.RELOCATION,
                sector=Sector.TEXTILE,
                status=ProjectStatus.ACCELERATING,
                notes="",
                needs=[],
            )
            index_project(project, company.name)
            session.add(project)
            await session.flush()
            await session.execute(
                Milestone.__table__.insert(),
                [{key: getattr(row, key) for key in columns} | {"project_id": project.id} for row in model],
            )


async def test_statements_do_not_grow_with_the_projects(world: World) -> None:
    headers = await world.headers(NORMANDIE_ADVISER)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": LIST}, headers=headers)
        edges = response.json()["data"]["projects"]["edges"]
        return counter.count, sum(1 for e in edges if e["node"]["nextMilestone"])

    few, planned = await statements()
    await _more_projects_with_milestones(world, 8)
    many, more_planned = await statements()
    assert more_planned == planned + 8
    assert many == few


PROGRESS = """query($id: ID!) { node(id: $id) { ... on Project { access milestoneProgress { passed total }
  milestones(first: 50) { totalCount edges { node { status } } } } } }"""


async def test_the_card_says_how_many_milestones_are_passed_and_nothing_of_them(world: World) -> None:
    project = await followed_project(world)
    body = await world.graphql(PROGRESS, {"id": project}, as_user=NORMANDIE_ADVISER)
    node = body["data"]["node"]
    done = sum(1 for edge in node["milestones"]["edges"] if edge["node"]["status"] == "DONE")
    assert node["milestoneProgress"] == {"passed": done, "total": 15} and 0 < done < 15
    # Staff of every region read the progress on the card, not the plan.
    card = (await world.graphql(PROGRESS, {"id": project}, as_user=IDF_ADVISER))["data"]["node"]
    assert card["access"] == "SUMMARY" and card["milestones"] is None
    assert card["milestoneProgress"] == node["milestoneProgress"]
    # A partner without grant on it, a juror and an anonymous caller get nothing of the project.
    for user in (PARTNER, JUROR, None):
        answer = await world.graphql(PROGRESS, {"id": project}, as_user=user)
        assert (answer.get("data") or {}).get("node") is None, user


async def test_a_project_without_plan_has_passed_none_of_none(world: World) -> None:
    project = await followed_project(world)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(delete(Milestone).where(Milestone.project_id == decode_id(project).int_key))
    node = (await world.graphql(PROGRESS, {"id": project}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert node["milestoneProgress"] == {"passed": 0, "total": 0}
    assert node["milestones"]["totalCount"] == 0


async def test_the_progress_of_a_list_costs_the_same_statements_however_long(world: World) -> None:
    headers = await world.headers(IDF_ADVISER)  # another region's adviser: the cards only
    query = '{ projects(region: "normandie", first: 50) { edges { node { milestoneProgress { total } } } } }'

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": query}, headers=headers)
        edges = response.json()["data"]["projects"]["edges"]
        return counter.count, sum(1 for e in edges if e["node"]["milestoneProgress"]["total"])

    few, planned = await statements()
    await _more_projects_with_milestones(world, 8)
    many, more_planned = await statements()
    assert more_planned == planned + 8
    assert many == few
