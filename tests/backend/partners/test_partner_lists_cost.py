"""The per-project lists of issue 14 on a list of projects — the partners' questions, a partner's own
thread, the access log — cost the same number of statements for 2 projects as for 7."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select

from filiere.auth.grants import GrantScope
from filiere.partners.models import Grant, Organisation
from filiere.programmes.models import Project, ProjectComment
from tests.backend.partners.grants_support import NATIONAL, NORMANDIE_ADVISER, PARTNER
from tests.backend.world import World, count_statements

TEAM_LIST = """query($first: Int!) { projects(region: "normandie", first: $first) { edges { node {
  name
  partnerQuestions(first: 3) { totalCount edges { node { body authorName organisation { name } } } }
  accessLog(first: 3) { totalCount edges { node { readerName organisation { name } what whatKind } } }
} } } }"""
PARTNER_LIST = """query($first: Int!) { projects(first: $first) { edges { node {
  name viewerQuestions(first: 3) { totalCount edges { node { body viewerIsAuthor organisation { name } } } }
} } } }"""
CONFIDENTIAL_READ = "{ projects(first: 50) { edges { node { name contact { name } } } } }"


async def share_every_normandie_project(world: World, scope: GrantScope) -> int:
    """Bpifrance, and nobody else, granted `scope` on every Normandie project; its organisation id."""
    async with world.registry.region("normandie").sessions() as session:
        project_ids = list(await session.scalars(select(Project.id)))
    assert len(project_ids) >= 7
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(delete(Grant))
        bpifrance = await session.scalar(select(Organisation.id).where(Organisation.slug == "bpifrance"))
        assert bpifrance is not None
        session.add_all(
            Grant(organisation_id=bpifrance, region="normandie", project_id=project_id, scope=scope)
            for project_id in project_ids
        )
    return bpifrance


async def ask_on_every_normandie_project(world: World, organisation_id: int) -> None:
    """Two questions of the organisation's and an answer on every Normandie project."""
    partner = await world.user(PARTNER)
    now = datetime.now(UTC)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        for project_id in list(await session.scalars(select(Project.id))):
            session.add_all(
                ProjectComment(
                    project_id=project_id,
                    organisation_id=organisation_id,
                    body=body,
                    created_at=now,
                    author_subject=partner.subject,
                    author_name=partner.display_name,
                )
                for body in ("Quel montant ?", "Quel calendrier ?", "Réponse de l'équipe (démo)")
            )


async def statements(world: World, query: str, first: int, as_user: str) -> int:
    with count_statements(world.registry) as counter:
        body = await world.graphql(query, {"first": first}, as_user=as_user)
    assert "errors" not in body, body
    edges = body["data"]["projects"]["edges"]
    assert len(edges) == first
    for edge in edges:  # every project has something in each list: the counts compare full pages
        assert all(connection["totalCount"] > 0 for name, connection in edge["node"].items() if name != "name")
    return counter.count


@pytest.mark.parametrize("reader", [NORMANDIE_ADVISER, NATIONAL])
async def test_the_team_s_questions_and_access_log_cost_the_same_for_2_and_7_projects(
    world: World, reader: str
) -> None:
    bpifrance = await share_every_normandie_project(world, GrantScope.FULL)
    await ask_on_every_normandie_project(world, bpifrance)
    read = await world.graphql(CONFIDENTIAL_READ, as_user=PARTNER)  # an access-log entry on every project
    assert "errors" not in read, read
    assert await statements(world, TEAM_LIST, 2, reader) == await statements(world, TEAM_LIST, 7, reader)


async def test_a_partner_s_own_threads_cost_the_same_for_2_and_7_shared_projects(world: World) -> None:
    bpifrance = await share_every_normandie_project(world, GrantScope.SUMMARY)
    await ask_on_every_normandie_project(world, bpifrance)
    assert await statements(world, PARTNER_LIST, 2, PARTNER) == await statements(world, PARTNER_LIST, 7, PARTNER)
