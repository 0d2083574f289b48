"""When the project's team answers a partner organisation's question, that organisation's people are told —
in their inbox and by e-mail once the answer is stored — and nobody else is."""

from __future__ import annotations

from typing import Any

import httpx

from filiere.app import create_app
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.partners.grants_support import (
    MIJUIN,
    NORMANDIE_ADVISER,
    PARTNER,
    organisation_ids,
    project_ids,
)
from tests.backend.world import PUBLIC_URL, World

ASK = """mutation($input: AskProjectQuestionInput!) { askProjectQuestion(input: $input) { __typename } }"""
ANSWER = """mutation($input: AnswerProjectQuestionInput!) { answerProjectQuestion(input: $input) { __typename } }"""
INBOX = "{ inbox(first: 10) { edges { node { kind actorName projectName excerpt } } } }"


async def notices(world: World, as_user: str, kind: str) -> list[dict[str, Any]]:
    body = await world.graphql(INBOX, as_user=as_user)
    return [edge["node"] for edge in body["data"]["inbox"]["edges"] if edge["node"]["kind"] == kind]


async def test_the_organisation_is_told_of_the_answer_in_its_inbox_and_by_e_mail(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    project = (await project_ids(world))[MIJUIN]
    asked = await world.graphql(ASK, {"input": {"projectId": project, "body": "Quel montant ?"}}, as_user=PARTNER)
    assert asked["data"]["askProjectQuestion"]["__typename"] == "ProjectQuestionSuccess", asked
    bpifrance = (await organisation_ids(world))["bpifrance"]
    answer = {"projectId": project, "organisationId": bpifrance, "body": "Environ 200 000 €.\nÀ confirmer."}

    inbox, port = smtp
    app = create_app(settings_with_smtp(world, port))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL) as client:
            response = await client.post(
                "/graphql",
                json={"query": ANSWER, "variables": {"input": answer}},
                headers=await world.headers(NORMANDIE_ADVISER),
            )
    finally:
        await app.state.registry.dispose()
    assert response.json()["data"]["answerProjectQuestion"]["__typename"] == "ProjectQuestionSuccess"

    assert [(n["actorName"], n["projectName"]) for n in await notices(world, PARTNER, "PARTNER_ANSWER")] == [
        ("Camille Lemoine", MIJUIN)
    ]
    assert await notices(world, NORMANDIE_ADVISER, "PARTNER_ANSWER") == []
    message = inbox.by_recipient()[PARTNER]
    assert message["Subject"] == f"Filière : réponse à votre question sur le projet « {MIJUIN} »"
    body = message.get_content().replace("\r\n", "\n")
    assert "> Environ 200 000 €.\n> À confirmer." in body and f"{PUBLIC_URL}/projets/{project}" in body
    assert set(inbox.by_recipient()) == {PARTNER}
