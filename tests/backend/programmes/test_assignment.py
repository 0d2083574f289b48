"""Assigning a project's adviser: who may, whom, the audit row and the new adviser's notice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from filiere.accounts.models import User
from filiere.audit.models import AuditEvent
from filiere.ids import decode_id, encode_id
from filiere.notifications.models import InboxItem
from filiere.programmes.models import Project
from filiere.settings import NATIONAL_SLUG
from tests.backend.programmes.support import HDF_ADMIN, HDF_ADVISER, NORMANDIE_ADVISER, candidate
from tests.backend.world import World

NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
IDF_ADMIN = "admin.ile-de-france@demo.filiere.fr"

ASSIGN = """mutation($input: AssignProjectAdviserInput!) { assignProjectAdviser(input: $input) {
  __typename
  ... on AssignProjectAdviserSuccess { project { version adviser { displayName email } viewerCanAssignAdviser } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectConflict { code }
  ... on ProjectNotAllowed { code }
} }"""
CAN_ASSIGN = """query($id: ID!) { node(id: $id) { ... on Project { viewerCanAssignAdviser
  region { assignableAdvisers { totalCount edges { node { id email } } } } } } }"""
INBOX = "{ inbox { edges { node { kind actorName excerpt projectName project { name } } } } }"


async def unassigned_candidate(world: World) -> dict[str, Any]:
    """The demo candidate, as a candidacy arrives: followed by nobody yet."""
    project = await candidate(world, HDF_ADMIN)
    async with world.registry.region("hauts-de-france").sessions() as session:
        key = decode_id(project["id"], expected_type="Project").int_key
        await session.execute(update(Project).where(Project.id == key).values(adviser_id=None))
        await session.commit()
    return await candidate(world, HDF_ADMIN)


async def assign(world: World, project: dict[str, Any], adviser: str, *, as_user: str = HDF_ADMIN) -> dict[str, Any]:
    user = await world.user(adviser)
    variables = {
        "input": {
            "projectId": project["id"],
            "adviserId": _user_id(user.id),
            "expectedVersion": project["version"],
        }
    }
    body = await world.graphql(ASSIGN, variables, as_user=as_user)
    assert "errors" not in body, body
    return dict(body["data"]["assignProjectAdviser"])


def _user_id(key: int) -> str:
    return encode_id("User", NATIONAL_SLUG, key)


async def written(world: World) -> tuple[int, int]:
    async with world.registry.region("hauts-de-france").sessions() as session:
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    async with world.registry.national.sessions() as session:
        inbox = await session.scalar(select(func.count()).select_from(InboxItem))
    return audit or 0, inbox or 0


async def test_the_regions_head_assigns_an_adviser_who_is_told(world: World) -> None:
    project = await unassigned_candidate(world)
    audit, inbox = await written(world)
    done = await assign(world, project, HDF_ADVISER)
    assert done["__typename"] == "AssignProjectAdviserSuccess", done
    assert done["project"]["adviser"] == {"displayName": "Léa Dupuis", "email": HDF_ADVISER}
    assert done["project"]["version"] == project["version"] + 1

    async with world.registry.region("hauts-de-france").sessions() as session:
        event = await session.scalar(select(AuditEvent).where(AuditEvent.action == "project.adviser_assigned"))
    assert event is not None
    assert (event.before, event.after, event.actor_name) == (
        {"adviser": None},
        {"adviser": "Léa Dupuis"},
        "Mathis Carpentier",
    )
    [notice] = [e["node"] for e in (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"]]
    assert (notice["kind"], notice["actorName"], notice["projectName"]) == (
        "ASSIGNMENT",
        "Mathis Carpentier",
        project["name"],
    )
    assert notice["project"]["name"] == project["name"] and "Vous suivez désormais" in notice["excerpt"]

    # Naming the same adviser again changes nothing and tells nobody twice.
    again = await assign(world, {**project, "version": done["project"]["version"]}, HDF_ADVISER)
    assert again["project"]["version"] == done["project"]["version"]
    assert await written(world) == (audit + 1, inbox + 1)


async def test_an_adviser_may_take_a_project_without_notifying_themselves(world: World) -> None:
    project = await unassigned_candidate(world)
    done = await assign(world, project, HDF_ADVISER, as_user=HDF_ADVISER)
    assert done["project"]["adviser"]["email"] == HDF_ADVISER
    assert (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"] == []


async def test_only_an_active_adviser_of_the_projects_region_can_be_assigned(world: World) -> None:
    project = await unassigned_candidate(world)
    before = await written(world)
    for adviser in (HDF_ADMIN, NORMANDIE_ADVISER, NATIONAL, PARTNER):
        refused = await assign(world, project, adviser)
        assert (refused["__typename"], refused["field"], refused["code"]) == (
            "ProjectInvalid",
            "adviserId",
            "ADVISER_NOT_IN_REGION",
        ), adviser
        assert "conseiller en activité de la région" in refused["message"]
    garbled = await world.graphql(
        ASSIGN,
        {"input": {"projectId": project["id"], "adviserId": "pas-un-id", "expectedVersion": project["version"]}},
        as_user=HDF_ADMIN,
    )
    assert garbled["data"]["assignProjectAdviser"]["code"] == "ADVISER_NOT_IN_REGION"

    lea = await world.user(HDF_ADVISER)
    async with world.registry.national.sessions() as session:
        await session.execute(update(User).where(User.id == lea.id).values(is_active=False))
        await session.commit()
    try:
        refused = await assign(world, project, HDF_ADVISER)
        assert refused["code"] == "ADVISER_NOT_IN_REGION"
        listed = await world.graphql(CAN_ASSIGN, {"id": project["id"]}, as_user=HDF_ADMIN)
        assert listed["data"]["node"]["region"]["assignableAdvisers"]["totalCount"] == 0
    finally:
        async with world.registry.national.sessions() as session:
            await session.execute(update(User).where(User.id == lea.id).values(is_active=True))
            await session.commit()
    assert await written(world) == before


async def test_a_stale_version_is_a_conflict(world: World) -> None:
    project = await unassigned_candidate(world)
    refused = await assign(world, {**project, "version": project["version"] - 1}, HDF_ADVISER)
    assert (refused["__typename"], refused["code"]) == ("ProjectConflict", "STALE_VERSION")


async def test_nobody_outside_the_region_assigns_and_the_page_knows_who_may(world: World) -> None:
    project = await unassigned_candidate(world)
    before = await written(world)
    for user in (NORMANDIE_ADVISER, IDF_ADMIN, NATIONAL, PARTNER, JUROR):
        refused = await assign(world, project, HDF_ADVISER, as_user=user)
        assert refused["__typename"] == "ProjectNotAllowed", user
        assert refused["code"] in ("NOT_ALLOWED", "NOT_FOUND"), user
    anonymous = await world.graphql(
        ASSIGN,
        {"input": {"projectId": project["id"], "adviserId": _user_id(1), "expectedVersion": project["version"]}},
    )
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before

    lea = _user_id((await world.user(HDF_ADVISER)).id)
    for user, can in ((HDF_ADMIN, True), (HDF_ADVISER, True), (NORMANDIE_ADVISER, False), (NATIONAL, False)):
        node = (await world.graphql(CAN_ASSIGN, {"id": project["id"]}, as_user=user))["data"]["node"]
        assert node["viewerCanAssignAdviser"] is can, user
        # The choice: the region's advisers only (not its head), read by the programme's staff.
        assert [e["node"]["id"] for e in node["region"]["assignableAdvisers"]["edges"]] == [lea], user
    for user in (PARTNER, JUROR):
        node = (await world.graphql(CAN_ASSIGN, {"id": project["id"]}, as_user=user))["data"]["node"]
        assert node is None, user
