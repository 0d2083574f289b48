"""What several project tests share: the demo's people and candidate, and the journey and scoring calls."""

from __future__ import annotations

from typing import Any

from tests.backend.world import World

HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
HDF_ADMIN = "admin.hauts-de-france@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
CANDIDATE = "Conserves de légumes de plein champ (démo)"

TRANSITION = """mutation($input: TransitionProjectInput!) { transitionProject(input: $input) {
  __typename
  ... on TransitionProjectSuccess {
    project { status version nextSteps { status } statusHistory { from to reason changedBy } }
  }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectConflict { code }
  ... on ProjectNotAllowed { code }
} }"""

SCORE = """mutation($input: ScoreCandidateInput!) { scoreCandidate(input: $input) {
  __typename
  ... on ScoreCandidateSuccess { score { total comment scoredBy scores { criterion points } } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""


async def candidate(world: World, as_user: str = HDF_ADVISER) -> dict[str, Any]:
    body = await world.graphql(
        """query { projects(region: "hauts-de-france", first: 50, filter: {status: [CANDIDATE]}) {
          edges { node { id name version } } } }""",
        as_user=as_user,
    )
    return next(e["node"] for e in body["data"]["projects"]["edges"] if e["node"]["name"] == CANDIDATE)


async def move(world: World, project: dict[str, Any], to: str, *, as_user: str = HDF_ADVISER, **extra: Any) -> Any:
    variables = {"input": {"projectId": project["id"], "to": to, "expectedVersion": project["version"]} | extra}
    body = await world.graphql(TRANSITION, variables, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["transitionProject"]


def full(points: int = 3, **overrides: int) -> list[dict[str, Any]]:
    keys = ["relocation_potential", "feasibility", "market", "team", "regional_impact"]
    return [{"criterion": key, "points": overrides.get(key, points)} for key in keys]


async def score(world: World, project: dict[str, Any], scores: list[dict[str, Any]], as_user: str = HDF_ADVISER) -> Any:
    body = await world.graphql(
        SCORE,
        {"input": {"projectId": project["id"], "scores": scores, "comment": " Dossier solide. "}},
        as_user=as_user,
    )
    assert "errors" not in body, body
    return body["data"]["scoreCandidate"]
