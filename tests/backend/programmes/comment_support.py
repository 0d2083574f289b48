"""What the comment-thread tests share: the add-comment call, the people to mention, a project to discuss."""

from __future__ import annotations

from typing import Any

from tests.backend.world import World

AUTHOR = "conseiller.normandie@demo.filiere.fr"

ADD = """mutation($input: AddProjectCommentInput!) { addProjectComment(input: $input) {
  __typename
  ... on AddProjectCommentSuccess { comment { id body authorName mentions { displayName } } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""


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
