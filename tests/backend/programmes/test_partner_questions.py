"""A partner organisation asks a project's adviser a question (issue 14): only the project's region team,
CCI France and that organisation read its thread; nobody else, not even through `node(id)`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from filiere.accounts.models import User
from filiere.audit.models import AuditEvent
from tests.backend.memberships.support import COACH, STUDENT
from tests.backend.partners.grants_support import (
    ARTHUS,
    CALVADOS,
    IDF_ADVISER,
    JUROR,
    MIJUIN,
    NATIONAL,
    NORMANDIE_ADVISER,
    OPERATOR,
    PARTNER,
    organisation_ids,
    project_ids,
)
from tests.backend.world import World, count_statements

DECATHLON = "achats@decathlon.example"
ASK = """mutation($input: AskProjectQuestionInput!) { askProjectQuestion(input: $input) {
  __typename
  ... on ProjectQuestionSuccess { posted { id body authorName organisation { slug } } }
  ... on UserError { field message }
  ... on ProjectNotAllowed { code }
} }"""
ANSWER = """mutation($input: AnswerProjectQuestionInput!) { answerProjectQuestion(input: $input) {
  __typename
  ... on ProjectQuestionSuccess { posted { id body organisation { slug } } }
  ... on UserError { field message }
  ... on ProjectNotAllowed { code }
} }"""
THREADS = """query($id: ID!) { node(id: $id) { ... on Project {
  comments(first: 50) { totalCount edges { node { body } } }
  partnerQuestions(first: 50) { totalCount edges { node { body authorName organisation { slug name } } } }
  viewerQuestions(first: 50) { totalCount edges { node { body viewerIsAuthor } } }
} } }"""
INBOX = "{ inbox(first: 10) { edges { node { kind actorName projectName excerpt } } } }"


async def invite_decathlon_buyer(world: World) -> None:
    body = await world.graphql(
        """mutation($input: InviteUserInput!) { inviteUser(input: $input) { __typename } }""",
        {"input": {"email": DECATHLON, "name": "Acheteur Décathlon", "role": "PARTNER", "organisation": "decathlon"}},
        as_user=OPERATOR,
    )
    assert body["data"]["inviteUser"]["__typename"] == "InviteUserSuccess", body
    async with world.registry.national.sessions() as session:  # as if the buyer had opened the account
        await session.execute(update(User).where(User.email == DECATHLON).values(is_active=True))
        await session.commit()
    world._users.clear()  # the new account, read again


async def ask(world: World, project: str, body: str, as_user: str | None = PARTNER) -> dict[str, Any]:
    return await world.graphql(ASK, {"input": {"projectId": project, "body": body}}, as_user=as_user)


async def threads(world: World, project: str, as_user: str) -> dict[str, Any] | None:
    body = await world.graphql(THREADS, {"id": project}, as_user=as_user)
    assert "errors" not in body, body
    node: dict[str, Any] | None = body["data"]["node"]
    return node


def bodies(connection: dict[str, Any] | None) -> list[str]:
    assert connection is not None
    return [edge["node"]["body"] for edge in connection["edges"]]


async def test_a_partner_asks_the_adviser_answers_and_no_one_else_reads_it(world: World) -> None:
    await invite_decathlon_buyer(world)
    ids = await project_ids(world)
    mijuin = ids[MIJUIN]
    # Décathlon has a project shared with it (the demo's ARTHUS), but not this one.

    asked = await ask(world, mijuin, "  Quel est le montant du prêt envisagé ?  ")
    assert "errors" not in asked, asked
    message = asked["data"]["askProjectQuestion"]
    assert message["__typename"] == "ProjectQuestionSuccess", asked
    assert message["posted"]["body"] == "Quel est le montant du prêt envisagé ?"
    assert message["posted"]["organisation"] == {"slug": "bpifrance"}

    # The project's adviser is told; the thread shows the organisation.
    inbox = await world.graphql(INBOX, as_user=NORMANDIE_ADVISER)
    notices = [edge["node"] for edge in inbox["data"]["inbox"]["edges"] if edge["node"]["kind"] == "PARTNER_QUESTION"]
    assert [(n["projectName"], n["excerpt"]) for n in notices] == [(MIJUIN, "Quel est le montant du prêt envisagé ?")]
    adviser_view = await threads(world, mijuin, NORMANDIE_ADVISER)
    assert adviser_view is not None
    questions = adviser_view["partnerQuestions"]
    assert bodies(questions) == ["Quel est le montant du prêt envisagé ?"]
    assert questions["edges"][0]["node"]["organisation"]["name"] == "Bpifrance"
    assert adviser_view["viewerQuestions"] is None
    assert bodies(adviser_view["comments"]) == [], "a question stays out of the CCI's internal thread"

    bpifrance = (await organisation_ids(world))["bpifrance"]
    answered = await world.graphql(
        ANSWER,
        {"input": {"projectId": mijuin, "organisationId": bpifrance, "body": "Environ 200 000 €."}},
        as_user=NORMANDIE_ADVISER,
    )
    assert answered["data"]["answerProjectQuestion"]["__typename"] == "ProjectQuestionSuccess", answered

    # Bpifrance reads its thread with the answer, never the internal one.
    partner_view = await threads(world, mijuin, PARTNER)
    assert partner_view is not None
    assert bodies(partner_view["viewerQuestions"]) == ["Quel est le montant du prêt envisagé ?", "Environ 200 000 €."]
    assert [e["node"]["viewerIsAuthor"] for e in partner_view["viewerQuestions"]["edges"]] == [True, False]
    assert partner_view["comments"] is None and partner_view["partnerQuestions"] is None
    national_view = await threads(world, mijuin, NATIONAL)
    assert national_view is not None and national_view["partnerQuestions"]["totalCount"] == 2

    # Décathlon reads nothing of it, even by the project's id; on its own project, its own (empty) thread.
    assert await threads(world, mijuin, DECATHLON) is None
    arthus = await threads(world, ids[ARTHUS], DECATHLON)
    assert arthus is not None and bodies(arthus["viewerQuestions"]) == []
    # Another region's adviser, a juror, the project's narrow roles: no question thread at all.
    for reader in (IDF_ADVISER, JUROR, COACH, STUDENT):
        seen = await threads(world, mijuin, reader)
        assert seen is None or (seen["partnerQuestions"] is None and seen["viewerQuestions"] is None), reader

    async with world.registry.region("normandie").sessions() as session:
        actions = list(
            await session.scalars(
                select(AuditEvent.action).where(AuditEvent.action.like("project.question_%")).order_by(AuditEvent.id)
            )
        )
    assert actions == ["project.question_asked", "project.question_answered"]


async def test_only_partners_the_project_is_shared_with_ask_and_only_its_team_answers(world: World) -> None:
    await invite_decathlon_buyer(world)
    ids = await project_ids(world)
    refused = {"ProjectNotAllowed", None}
    # Décathlon: no grant on MIJUIN; Bpifrance: none on CALVADOS.
    for project, user in ((ids[MIJUIN], DECATHLON), (ids[CALVADOS], PARTNER)):
        answer = await ask(world, project, "Une question ?", as_user=user)
        assert "errors" in answer or answer["data"]["askProjectQuestion"]["__typename"] in refused, answer
    for reader in (NORMANDIE_ADVISER, NATIONAL, JUROR, COACH, STUDENT, None):
        answer = await ask(world, ids[MIJUIN], "Une question ?", as_user=reader)
        assert "errors" in answer or answer["data"]["askProjectQuestion"]["__typename"] in refused, (reader, answer)

    asked = await ask(world, ids[MIJUIN], "Une question ?")
    assert asked["data"]["askProjectQuestion"]["__typename"] == "ProjectQuestionSuccess"
    bpifrance = (await organisation_ids(world))["bpifrance"]
    for user in (IDF_ADVISER, NATIONAL, PARTNER, JUROR, COACH):
        answer = await world.graphql(
            ANSWER, {"input": {"projectId": ids[MIJUIN], "organisationId": bpifrance, "body": "Oui."}}, as_user=user
        )
        assert "errors" in answer or answer["data"]["answerProjectQuestion"]["__typename"] in refused, (user, answer)
    for reader in (DECATHLON, IDF_ADVISER, JUROR, COACH, STUDENT, None):
        body = await world.graphql(THREADS, {"id": ids[MIJUIN]}, as_user=reader)
        node = (body.get("data") or {}).get("node")
        assert node is None or (node["partnerQuestions"] is None and node["viewerQuestions"] is None), reader
    seen = await threads(world, ids[MIJUIN], NORMANDIE_ADVISER)
    assert seen is not None and seen["partnerQuestions"]["totalCount"] == 1, "only the question that was allowed"


async def test_bad_messages_are_refused_in_french_and_write_nothing(world: World) -> None:
    ids = await project_ids(world)
    for body, field in (("   ", "body"), ("x" * 4001, "body")):
        answer = await ask(world, ids[MIJUIN], body)
        result = answer["data"]["askProjectQuestion"]
        assert result["__typename"] == "ProjectInvalid" and result["field"] == field, answer
    decathlon = (await organisation_ids(world))["decathlon"]
    answer = await world.graphql(
        ANSWER,
        {"input": {"projectId": ids[MIJUIN], "organisationId": decathlon, "body": "Bonjour"}},
        as_user=NORMANDIE_ADVISER,
    )
    result = answer["data"]["answerProjectQuestion"]
    assert result["field"] == "organisationId" and "aucune question" in result["message"], answer
    seen = await threads(world, ids[MIJUIN], NORMANDIE_ADVISER)
    assert seen is not None and seen["partnerQuestions"]["totalCount"] == 0


async def test_the_team_s_list_costs_the_same_however_many_messages(world: World) -> None:
    ids = await project_ids(world)

    async def count() -> int:
        with count_statements(world.registry) as counter:
            seen = await threads(world, ids[MIJUIN], NORMANDIE_ADVISER)
        assert seen is not None
        return len(counter.statements)

    await ask(world, ids[MIJUIN], "Première question")
    one = await count()
    for n in range(4):
        await ask(world, ids[MIJUIN], f"Question {n}")
    assert await count() == one
