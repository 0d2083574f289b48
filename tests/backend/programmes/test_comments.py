"""A project's thread with @mentions across regions, and the inbox where a mention lands."""

from __future__ import annotations

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.notifications.models import InboxItem
from filiere.programmes.models import ProjectComment
from tests.backend.programmes.comment_support import AUTHOR, comment, people, project_id
from tests.backend.world import World, count_statements

HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

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


async def written(world: World) -> tuple[int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        comments = await session.scalar(select(func.count()).select_from(ProjectComment))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    async with world.registry.national.sessions() as session:
        inbox = await session.scalar(select(func.count()).select_from(InboxItem))
    return comments or 0, audit or 0, inbox or 0


async def test_a_mention_reaches_an_adviser_of_another_region_who_sees_the_card_and_thread(world: World) -> None:
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
    # The mentioned adviser opens the project: its summary card, without notes, and the thread that names them.
    assert notice["project"]["access"] == "SUMMARY" and notice["project"]["notes"] is None
    theirs = (await world.graphql(THREAD, {"id": project}, as_user=HDF_ADVISER))["data"]["node"]
    assert theirs["comments"]["totalCount"] == 1
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
