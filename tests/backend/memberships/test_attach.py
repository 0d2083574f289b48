"""Attaching and detaching people on a project's « Équipe » tab: who may, what each mistake answers (writing
nothing), and when the rights end."""

from __future__ import annotations

from sqlalchemy import select

from filiere.accounts.models import Invitation, User
from tests.backend.memberships.support import (
    COACH,
    IDF_ADVISER,
    JUROR,
    MIJUIN,
    NATIONAL,
    NORMANDIE_ADMIN,
    NORMANDIE_ADVISER,
    PARTNER,
    STUDENT,
    attach,
    detach,
    mijuin,
    national_rows,
    project_ids,
    visible_projects,
)
from tests.backend.world import World

NEW_COACH = "Margot.Leclerc@Exemple.fr"
TRANSITION = """mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename } }"""


async def test_an_adviser_attaches_a_new_person_who_gets_an_account_and_the_project(world: World) -> None:
    project_id = (await project_ids(world, "normandie"))["Vélo taxi innovant"]
    result = await attach(world, project_id, f"  {NEW_COACH} ", name=" Margot  Leclerc ", role="COACH")
    assert result["__typename"] == "AttachProjectMemberSuccess", result
    member = result["member"]
    assert member["user"] | {"id": None} == {
        "id": None,
        "email": "margot.leclerc@exemple.fr",
        "displayName": "Margot Leclerc",
        "role": "COACH",
        "active": False,
    }
    assert member["invitationPending"] is True
    assert {"user": {"email": "margot.leclerc@exemple.fr"}} in result["project"]["members"]
    async with world.registry.national.sessions() as session:
        user = await session.scalar(select(User).where(User.email == "margot.leclerc@exemple.fr"))
        assert user is not None and user.region is None and user.organisation_id is None
        assert await session.scalar(select(Invitation.id).where(Invitation.user_id == user.id)) is not None
    trail = await world.graphql(
        '{ auditEvents(region: "normandie", first: 5) { edges { node { action } } } }', as_user=NORMANDIE_ADMIN
    )
    assert "project.member_attached" in [e["node"]["action"] for e in trail["data"]["auditEvents"]["edges"]]


async def test_an_existing_member_account_is_attached_as_it_is(world: World) -> None:
    project_id = (await project_ids(world, "normandie"))["Vélo taxi innovant"]
    users_before, _, _ = await national_rows(world)
    result = await attach(world, project_id, COACH, name="", role="COACH")
    assert result["__typename"] == "AttachProjectMemberSuccess", result
    assert result["member"]["user"]["displayName"] == "Margaux Delaunay"
    assert result["member"]["invitationPending"] is False
    assert (await national_rows(world))[0] == users_before, "no second account"
    assert await visible_projects(world, COACH) == sorted([MIJUIN, "Vélo taxi innovant"])


async def test_detaching_ends_the_rights_and_attaching_again_reopens_them(world: World) -> None:
    project_id = await mijuin(world)
    members = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { members { user { id email } } } } }",
        {"id": project_id},
        as_user=NORMANDIE_ADVISER,
    )
    student_id = next(m["user"]["id"] for m in members["data"]["node"]["members"] if m["user"]["email"] == STUDENT)
    result = await detach(world, project_id, student_id)
    assert result["__typename"] == "DetachProjectMemberSuccess", result
    assert result["detachedUserId"] == student_id
    assert {"user": {"email": STUDENT}} not in result["project"]["members"]
    assert await visible_projects(world, STUDENT) == []
    node = await world.graphql("query($id: ID!) { node(id: $id) { id } }", {"id": project_id}, as_user=STUDENT)
    assert node["data"]["node"] is None
    _, count, _ = await national_rows(world)
    again = await attach(world, project_id, STUDENT, role="STUDENT")
    assert again["__typename"] == "AttachProjectMemberSuccess", again
    assert (await national_rows(world))[1] == count, "the same membership, reopened"
    assert await visible_projects(world, STUDENT) == [MIJUIN]


async def test_a_finished_project_closes_its_members_rights(world: World) -> None:
    project_id = await mijuin(world)
    version = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { version } } }",
        {"id": project_id},
        as_user=NORMANDIE_ADVISER,
    )
    closed = await world.graphql(
        TRANSITION,
        {"input": {"projectId": project_id, "to": "CLOSED", "expectedVersion": version["data"]["node"]["version"]}},
        as_user=NORMANDIE_ADVISER,
    )
    assert closed["data"]["transitionProject"]["__typename"] == "TransitionProjectSuccess", closed
    for member in (COACH, STUDENT):
        assert await visible_projects(world, member) == []
    before = await national_rows(world)
    refused = await attach(world, project_id, "nouveau.coach@exemple.fr", role="COACH")
    assert (refused["__typename"], refused["code"], refused["field"]) == (
        "MembershipInvalid",
        "PROJECT_CLOSED",
        "projectId",
    )
    assert await national_rows(world) == before


async def test_each_mistake_is_answered_and_nothing_is_written(world: World) -> None:
    project_id = await mijuin(world)
    before = await national_rows(world)
    cases = [
        ({"email": "pas-une-adresse", "role": "COACH"}, ("MembershipInvalid", "INVALID_EMAIL", "email")),
        ({"email": "nouvelle@exemple.fr", "name": "  ", "role": "EXPERT"}, ("MembershipInvalid", "REQUIRED", "name")),
        (
            {"email": "nouvelle@exemple.fr", "name": "x" * 121, "role": "EXPERT"},
            ("MembershipInvalid", "TOO_LONG", "name"),
        ),
        ({"email": "nouvelle@exemple.fr", "role": "ADVISER"}, ("MembershipInvalid", "NOT_ATTACHABLE_ROLE", "role")),
        ({"email": NORMANDIE_ADVISER, "role": "COACH"}, ("MembershipInvalid", "ROLE_MISMATCH", "email")),
        ({"email": STUDENT, "role": "COACH"}, ("MembershipInvalid", "ROLE_MISMATCH", "email")),
        ({"email": COACH, "role": "COACH"}, ("MembershipInvalid", "ALREADY_ATTACHED", "email")),
    ]
    for values, expected in cases:
        result = await attach(
            world, project_id, values["email"], name=values.get("name", "Alice Martin"), role=values["role"]
        )
        assert (result["__typename"], result["code"], result["field"]) == expected, (values, result)
        assert result["message"], "a French sentence the form can show"
    unknown = await attach(world, "UHJvamVjdDpub3JtYW5kaWU6OTk5OTk", "nouvelle@exemple.fr")
    assert unknown["__typename"] == "MembershipNotAllowed"
    users = await world.graphql(
        '{ projects(region: "normandie", first: 1) { edges { node { adviser { id } } } } }', as_user=NATIONAL
    )
    adviser_id = users["data"]["projects"]["edges"][0]["node"]["adviser"]["id"]
    not_member = await detach(world, project_id, adviser_id)
    assert (not_member["__typename"], not_member["code"]) == ("MembershipInvalid", "NOT_ATTACHED")
    assert await national_rows(world) == before


async def test_only_the_projects_region_team_attaches(world: World) -> None:
    project_id = await mijuin(world)
    before = await national_rows(world)
    for outsider in (None, IDF_ADVISER, PARTNER, JUROR, NATIONAL, COACH, STUDENT):
        result = await world.graphql(
            """mutation($input: AttachProjectMemberInput!) { attachProjectMember(input: $input) {
              __typename } }""",
            {"input": {"projectId": project_id, "email": "intrus@exemple.fr", "name": "Intrus", "role": "COACH"}},
            as_user=outsider,
        )
        answer = (result.get("data") or {}).get("attachProjectMember") or {}
        assert answer.get("__typename") != "AttachProjectMemberSuccess", (outsider, result)
    assert await national_rows(world) == before
    admin = await attach(world, project_id, "nouvel.expert@exemple.fr", role="EXPERT", as_user=NORMANDIE_ADMIN)
    assert admin["__typename"] == "AttachProjectMemberSuccess"
