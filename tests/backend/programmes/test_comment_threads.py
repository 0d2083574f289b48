"""Threads that close the loop: a person named from another region reads and answers the thread (only
it), and authors edit and delete their own comments, audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.ids import decode_id
from filiere.notifications.models import InboxItem
from filiere.programmes.models import ProjectComment
from tests.backend.programmes.comment_support import ADD, AUTHOR, comment, people, project_id
from tests.backend.world import World, count_statements

NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
HDF_ADMIN = "admin.hauts-de-france@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"

CARD = """query($id: ID!) { node(id: $id) { ... on Project { name access notes contact { name } products { name }
  comments { totalCount edges { node { id body authorName viewerIsAuthor } } } } } }"""
INBOX = "{ inbox { edges { node { kind commentId excerpt project { id access } } } } }"
EDIT = """mutation($input: EditProjectCommentInput!) { editProjectComment(input: $input) {
  __typename
  ... on EditProjectCommentSuccess { comment { id body viewerIsAuthor } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""
DELETE = """mutation($input: DeleteProjectCommentInput!) { deleteProjectComment(input: $input) {
  __typename
  ... on DeleteProjectCommentSuccess { deletedCommentId project { comments { totalCount } } }
  ... on UserError { field message }
  ... on ProjectNotAllowed { code }
} }"""


async def card(world: World, project: str, as_user: str | None) -> Any:
    body = await world.graphql(CARD, {"id": project}, as_user=as_user)
    return (body.get("data") or {}).get("node")


async def written(world: World) -> tuple[int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        comments = await session.scalar(select(func.count()).select_from(ProjectComment))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    async with world.registry.national.sessions() as session:
        inbox = await session.scalar(select(func.count()).select_from(InboxItem))
    return comments or 0, audit or 0, inbox or 0


async def test_a_mentioned_adviser_of_another_region_reads_and_answers_the_thread(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    question = await comment(world, project, "Un fileur de lin chez vous ?", [ids[HDF_ADVISER]])

    # The notice opens the thread on the comment that names them.
    [notice] = [e["node"] for e in (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"]]
    assert (notice["kind"], notice["commentId"]) == ("MENTION", question["comment"]["id"])
    assert notice["project"]["id"] == project

    theirs = await card(world, project, HDF_ADVISER)
    assert theirs["access"] == "SUMMARY"
    # The thread, and nothing else of the record.
    assert (theirs["notes"], theirs["contact"], theirs["products"]) == (None, None, None)
    assert [e["node"]["body"] for e in theirs["comments"]["edges"]] == ["Un fileur de lin chez vous ?"]

    answer = await comment(world, project, "Oui : Lin du Nord, à Lille.", [ids[AUTHOR]], as_user=HDF_ADVISER)
    assert answer["__typename"] == "AddProjectCommentSuccess", answer
    thread = (await card(world, project, AUTHOR))["comments"]["edges"]
    assert [(e["node"]["authorName"], e["node"]["viewerIsAuthor"]) for e in thread] == [
        ("Camille Lemoine", True),
        ("Léa Dupuis", False),
    ]
    [back] = [e["node"] for e in (await world.graphql(INBOX, as_user=AUTHOR))["data"]["inbox"]["edges"]]
    assert back["commentId"] == answer["comment"]["id"]


async def test_nobody_else_of_that_region_reads_or_writes_the_thread(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    await comment(world, project, "Un fileur de lin chez vous ?", [ids[HDF_ADVISER]])
    before = await written(world)
    for user in (HDF_ADMIN, IDF_ADVISER):
        other = await card(world, project, user)
        assert other["access"] == "SUMMARY" and other["comments"] is None, user
        refused = await comment(world, project, "Je m'invite", [], as_user=user)
        assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", "NOT_ALLOWED"), user
    for user in (PARTNER, JUROR, None):
        assert await card(world, project, user) is None, user
    for user in (PARTNER, JUROR):
        refused = await comment(world, project, "Bonjour", [], as_user=user)
        assert refused["__typename"] == "ProjectNotAllowed", user
    anonymous = await world.graphql(ADD, {"input": {"projectId": project, "body": "Bonjour"}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before


async def test_authors_edit_and_delete_their_own_comments_audited(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    added = (await comment(world, project, "Rendez-vous mardi", [ids[HDF_ADVISER]]))["comment"]
    target = {"commentId": added["id"]}

    edited = await world.graphql(EDIT, {"input": target | {"body": " Rendez-vous jeudi "}}, as_user=AUTHOR)
    assert edited["data"]["editProjectComment"]["comment"] == {
        "id": added["id"],
        "body": "Rendez-vous jeudi",
        "viewerIsAuthor": True,
    }
    # The notice quotes the new words.
    [notice] = [e["node"] for e in (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"]]
    assert notice["excerpt"] == "Rendez-vous jeudi"
    empty = await world.graphql(EDIT, {"input": target | {"body": "  "}}, as_user=AUTHOR)
    assert (empty["data"]["editProjectComment"]["field"], empty["data"]["editProjectComment"]["code"]) == (
        "body",
        "REQUIRED",
    )

    deleted = (await world.graphql(DELETE, {"input": target}, as_user=AUTHOR))["data"]["deleteProjectComment"]
    assert deleted == {
        "__typename": "DeleteProjectCommentSuccess",
        "deletedCommentId": added["id"],
        "project": {"comments": {"totalCount": 0}},
    }
    assert (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"] == []

    async with world.registry.region("normandie").sessions() as session:
        events = list(
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.in_(("project.comment_edited", "project.comment_deleted")))
                .order_by(AuditEvent.id)
            )
        )
    assert [(e.action, e.before, e.after, e.actor_name) for e in events] == [
        (
            "project.comment_edited",
            {"commentId": _key(added["id"]), "body": "Rendez-vous mardi"},
            {"commentId": _key(added["id"]), "body": "Rendez-vous jeudi"},
            "Camille Lemoine",
        ),
        (
            "project.comment_deleted",
            {"commentId": _key(added["id"]), "body": "Rendez-vous jeudi"},
            None,
            "Camille Lemoine",
        ),
    ]


def _key(global_id: str) -> int:
    return decode_id(global_id).int_key


async def test_nobody_edits_or_deletes_someone_elses_comment(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    added = (await comment(world, project, "Rendez-vous mardi", [ids[HDF_ADVISER]]))["comment"]
    target = {"commentId": added["id"]}
    before = await written(world)
    cases = [
        # The region's head and the person mentioned read the thread, but it is not their comment.
        (NORMANDIE_ADMIN, "NOT_COMMENT_AUTHOR"),
        (HDF_ADVISER, "NOT_COMMENT_AUTHOR"),
        (IDF_ADVISER, "NOT_ALLOWED"),
        (NATIONAL, "NOT_ALLOWED"),
        (PARTNER, "NOT_ALLOWED"),
        (JUROR, "NOT_ALLOWED"),
    ]
    for user, code in cases:
        edit = (await world.graphql(EDIT, {"input": target | {"body": "Piraté"}}, as_user=user))["data"]
        delete = (await world.graphql(DELETE, {"input": target}, as_user=user))["data"]
        assert (edit["editProjectComment"]["__typename"], edit["editProjectComment"]["code"]) == (
            "ProjectNotAllowed",
            code,
        ), user
        assert delete["deleteProjectComment"]["code"] == code, user
    assert (
        "auteur"
        in (await world.graphql(DELETE, {"input": target}, as_user=NORMANDIE_ADMIN))["data"]["deleteProjectComment"][
            "message"
        ]
    )
    for mutation in (EDIT, DELETE):
        anonymous = await world.graphql(mutation, {"input": target | ({"body": "x"} if mutation is EDIT else {})})
        assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before
    assert (await card(world, project, AUTHOR))["comments"]["edges"][0]["node"]["body"] == "Rendez-vous mardi"


async def test_who_was_mentioned_is_read_in_constant_statements(world: World) -> None:
    ids = await people(world)
    headers = await world.headers(HDF_ADVISER)
    query = '{ projects(region: "normandie", first: 50) { edges { node { name comments { totalCount } } } } }'
    listed = await world.graphql(
        '{ projects(region: "normandie", first: 50) { edges { node { id } } } }', as_user=AUTHOR
    )
    projects = [e["node"]["id"] for e in listed["data"]["projects"]["edges"]]
    await comment(world, projects[0], "Une question", [ids[HDF_ADVISER]])

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": query}, headers=headers)
        edges = response.json()["data"]["projects"]["edges"]
        return counter.count, sum(1 for e in edges if e["node"]["comments"] is not None)

    one, readable = await statements()
    assert readable == 1
    for other in projects[1:6]:  # threads that name someone else
        await comment(world, other, "Autre sujet", [ids[IDF_ADVISER]])
    assert await statements() == (one, 1)
