"""A project's thread with @mentions across regions, and the inbox where a mention lands."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.notifications.models import InboxItem
from filiere.programmes.models import ProjectComment
from tests.backend.world import World, count_statements

AUTHOR = "conseiller.normandie@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

ADD = """mutation($input: AddProjectCommentInput!) { addProjectComment(input: $input) {
  __typename
  ... on AddProjectCommentSuccess { comment { id body authorName mentions { displayName } } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""
THREAD = """query($id: ID!) { node(id: $id) { ... on Project { access
  comments { totalCount edges { node { body authorName mentions { displayName } } } } } } }"""
INBOX = """{ inboxUnreadCount inbox { totalCount edges { node {
  id kind actorName excerpt projectName readAt region { slug } project { name access notes } } } } }"""
MARK = """mutation($input: MarkInboxReadInput!) {
  markInboxRead(input: $input) {
    ... on MarkInboxReadSuccess { marked unreadCount }
    ... on InboxError { code message }
  }
}"""


async def people(world: World) -> dict[str, str]:
    body = await world.graphql(
        "{ regions { edges { node { advisers { edges { node { id email } } } } } } }", as_user=AUTHOR
    )
    return {
        user["node"]["email"]: user["node"]["id"]
        for region in body["data"]["regions"]["edges"]
        for user in region["node"]["advisers"]["edges"]
    }


async def project_id(world: World) -> str:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=AUTHOR)
    return str(body["data"]["projects"]["edges"][0]["node"]["id"])


async def comment(world: World, project: str, body: str, mentions: list[str], as_user: str = AUTHOR) -> dict[str, Any]:
    answer = await world.graphql(
        ADD, {"input": {"projectId": project, "body": body, "mentionIds": mentions}}, as_user=as_user
    )
    assert "errors" not in answer, answer
    return dict(answer["data"]["addProjectComment"])


async def written(world: World) -> tuple[int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        comments = await session.scalar(select(func.count()).select_from(ProjectComment))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    async with world.registry.national.sessions() as session:
        inbox = await session.scalar(select(func.count()).select_from(InboxItem))
    return comments or 0, audit or 0, inbox or 0


async def test_a_mention_reaches_an_adviser_of_another_region_who_sees_only_the_card(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    text = "@Léa Dupuis, connaissez-vous un fileur de lin dans les Hauts-de-France ? Besoin pour mars."
    added = await comment(world, project, text, [ids[HDF_ADVISER], ids[AUTHOR]])
    assert added["comment"]["mentions"] == [{"displayName": "Camille Lemoine"}, {"displayName": "Léa Dupuis"}]

    thread = (await world.graphql(THREAD, {"id": project}, as_user=AUTHOR))["data"]["node"]["comments"]
    assert [(e["node"]["body"], e["node"]["authorName"]) for e in thread["edges"]] == [(text, "Camille Lemoine")]

    inbox = (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]
    assert inbox["inboxUnreadCount"] == 1
    [notice] = [edge["node"] for edge in inbox["inbox"]["edges"]]
    assert (notice["kind"], notice["actorName"], notice["region"]["slug"]) == (
        "MENTION",
        "Camille Lemoine",
        "normandie",
    )
    assert notice["excerpt"] == text
    # The mentioned adviser opens the project: its summary card, without notes nor thread.
    assert notice["project"]["access"] == "SUMMARY" and notice["project"]["notes"] is None
    theirs = (await world.graphql(THREAD, {"id": project}, as_user=HDF_ADVISER))["data"]["node"]
    assert theirs["comments"] is None
    # Naming oneself sends nothing to oneself.
    assert (await world.graphql(INBOX, as_user=AUTHOR))["data"]["inboxUnreadCount"] == 0

    read = await world.graphql(MARK, {"input": {"ids": [notice["id"]]}}, as_user=HDF_ADVISER)
    assert read["data"]["markInboxRead"] == {"marked": 1, "unreadCount": 0}


async def test_nobody_reads_or_clears_someone_elses_inbox(world: World) -> None:
    ids = await people(world)
    await comment(world, await project_id(world), "Point d'étape", [ids[HDF_ADVISER]])
    notice = (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inbox"]["edges"][0]["node"]
    assert (await world.graphql(INBOX, as_user=IDF_ADVISER))["data"]["inbox"]["totalCount"] == 0
    stolen = await world.graphql(MARK, {"input": {"ids": [notice["id"]]}}, as_user=IDF_ADVISER)
    assert stolen["data"]["markInboxRead"]["marked"] == 0
    assert (await world.graphql(INBOX, as_user=HDF_ADVISER))["data"]["inboxUnreadCount"] == 1
    anonymous = await world.graphql(INBOX)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_bad_comments_are_refused_in_french_and_write_nothing(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    partner = await world.graphql("{ viewer { user { id } } }", as_user=PARTNER)
    partner_id = partner["data"]["viewer"]["user"]["id"]
    cases = [
        ("   ", [], "body", "REQUIRED", "Le commentaire est vide."),
        ("x" * 5001, [], "body", "TOO_LONG", "5000 caractères"),
        ("Bonjour", [partner_id], "mentionIds", "UNKNOWN_USER", "n'est pas (ou plus) conseiller"),
        ("Bonjour", ["pas-un-identifiant"], "mentionIds", "UNKNOWN_USER", "introuvable"),
    ]
    before = await written(world)
    for body, mentions, field, code, message in cases:
        refused = await comment(world, project, body, mentions)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code), body
        assert message in refused["message"]
    for user, code in ((IDF_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await comment(world, project, "Bonjour", [ids[AUTHOR]], as_user=user)
        assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", code), user
    assert await written(world) == before


async def test_the_thread_reads_in_constant_statements(world: World) -> None:
    ids = await people(world)
    project = await project_id(world)
    headers = await world.headers(AUTHOR)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": THREAD, "variables": {"id": project}}, headers=headers
            )
        assert response.json()["data"]["node"]["comments"] is not None
        return counter.count

    await comment(world, project, "Premier", [ids[HDF_ADVISER]])
    one = await statements()
    for number in range(5):
        await comment(world, project, f"Suite {number}", [ids[HDF_ADVISER], ids[IDF_ADVISER]])
    assert await statements() == one
