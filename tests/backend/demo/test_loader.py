"""Demo data: the facts of the press releases, in the right tenants, loaded once however often it runs."""

from __future__ import annotations

from sqlalchemy import select
from stdnum.fr import siren

from filiere.accounts.models import Invitation, User
from filiere.auth.principal import Role
from filiere.demo.loader import load_demo
from filiere.events.models import Event
from filiere.memberships.models import ProjectMembership
from filiere.programmes.models import Company, Project
from tests.backend.world import World

MIJUIN = "Fabrication de marques complémentaires en lin"


async def test_loading_twice_gives_the_same_rows(world: World) -> None:
    first = await load_demo(world.registry, world.settings)
    second = await load_demo(world.registry, world.settings)
    assert first == second
    assert first["normandie"] > 0 and first["national"] > 0


async def test_seed_projects_are_in_their_regions_with_demo_identifiers(world: World) -> None:
    expected = {
        "normandie": {
            "MIJUIN": "76",
            "HUMAN MOB": "76",
            "ARTHUS et PAOLA": "76",
            "Conseil Départemental du Calvados": "14",
            "PIERCAN": "14",
        },
        "ile-de-france": {"TOUROUL-CHEVALERIE": "77", "Groupe DELINEO": "92"},
    }
    for region, companies in expected.items():
        async with world.registry.region(region).sessions() as session:
            rows = {c.name: c for c in await session.scalars(select(Company)) if "(démo)" not in c.name}
        assert {name: row.departement for name, row in rows.items()} == companies
        for row in rows.values():
            assert siren.is_valid(row.siren) and row.siren_is_demo
            assert row.naf_code is None, "the releases give no NAF code: none is invented"
    for region in ("hauts-de-france", "bourgogne-franche-comte"):
        async with world.registry.region(region).sessions() as session:
            projects = list(await session.scalars(select(Project)))
        assert projects and all("(démo)" in project.name for project in projects)
    # Projects of a real company are never fictional, and fictional ones say so in their name.
    async with world.registry.region("normandie").sessions() as session:
        companies = {c.id: c for c in await session.scalars(select(Company))}
        for project in await session.scalars(select(Project)):
            assert ("(démo)" in project.name) == ("(démo)" in companies[project.company_id].name)


async def test_published_results_of_the_first_edition(world: World) -> None:
    async with world.registry.region("normandie").sessions() as session:
        rouen = await session.scalar(select(Event).where(Event.edition_year == 2022))
    assert (
        rouen.products_presented,
        rouen.produced_in_france,
        rouen.advanced_relocation,
        rouen.research_studies,
    ) == (
        6,
        1,
        1,
        2,
    )
    async with world.registry.region("hauts-de-france").sessions() as session:
        lille = await session.scalar(select(Event))
    assert str(lille.starts_on) == "2022-11-17" and lille.products_presented is None


async def test_mijuins_people_are_attached_once_however_often_it_runs(world: World) -> None:
    await load_demo(world.registry, world.settings)
    async with world.registry.national.sessions() as session:
        users = {row.email: row for row in await session.scalars(select(User))}
        memberships = list(await session.scalars(select(ProjectMembership)))
        invitations = list(await session.scalars(select(Invitation)))
    async with world.registry.region("normandie").sessions() as session:
        mijuin = await session.scalar(select(Project).where(Project.name == MIJUIN))
    by_user = {row.user_id: row for row in memberships}
    assert len(by_user) == len(memberships), "one membership each"
    expected = {
        "coach.normandie@demo.filiere.fr": Role.COACH,
        "expert.normandie@demo.filiere.fr": Role.EXPERT,
        "etudiant.normandie@demo.filiere.fr": Role.STUDENT,
        "etudiant2.normandie@demo.filiere.fr": Role.STUDENT,
        "expert2.normandie@demo.filiere.fr": Role.EXPERT,
    }
    for email, role in expected.items():
        user = users[email]
        assert (user.role, user.region, user.is_demo) == (role, None, True)
        membership = by_user[user.id]
        assert (membership.region, membership.project_id, membership.detached_at) == ("normandie", mijuin.id, None)
    assert {users[email].id for email in expected} == set(by_user)
    # An invitation never accepted, and an adviser who left: neither opens.
    pending = users["expert2.normandie@demo.filiere.fr"]
    assert not pending.is_active and pending.password_hash is None
    assert [row.user_id for row in invitations if row.user_id == pending.id and row.used_at is None] == [pending.id]
    former = users["ancien.conseiller.normandie@demo.filiere.fr"]
    assert (former.role, former.region, former.is_active) == (Role.ADVISER, "normandie", False)
