"""The selection grid: advisers score a candidate before selecting or rejecting it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.programmes.models import SelectionScore
from tests.backend.programmes.test_workflow import HDF_ADVISER, NORMANDIE_ADVISER, candidate, move
from tests.backend.world import World

SCORE = """mutation($input: ScoreCandidateInput!) { scoreCandidate(input: $input) {
  __typename
  ... on ScoreCandidateSuccess { score { total comment scoredBy scores { criterion points } } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""
GRID = "{ selectionCriteria { key label maxPoints } }"
CARD = """query($id: ID!) { node(id: $id) { ... on Project { selectionScore { total comment } } } }"""


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


async def written(world: World) -> tuple[int, int]:
    async with world.registry.region("hauts-de-france").sessions() as session:
        scores = await session.scalar(select(func.count()).select_from(SelectionScore))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    return scores or 0, audit or 0


async def test_an_adviser_scores_a_candidate_out_of_twenty(world: World) -> None:
    grid = (await world.graphql(GRID, as_user=HDF_ADVISER))["data"]["selectionCriteria"]
    assert [c["maxPoints"] for c in grid] == [4] * 5
    assert grid[0]["label"].startswith("Potentiel de relocalisation")
    project = await candidate(world)
    scored = await score(world, project, full(3, team=4))
    assert scored["score"]["total"] == 16
    assert (scored["score"]["comment"], scored["score"]["scoredBy"]) == ("Dossier solide.", "Léa Dupuis")
    rescored = await score(world, project, full(2))
    assert rescored["score"]["total"] == 10
    mine = (await world.graphql(CARD, {"id": project["id"]}, as_user=HDF_ADVISER))["data"]["node"]
    assert mine["selectionScore"]["total"] == 10
    other = (await world.graphql(CARD, {"id": project["id"]}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert other["selectionScore"] is None


async def test_bad_scores_are_refused_and_write_nothing(world: World) -> None:
    project = await candidate(world)
    before = await written(world)
    cases = [
        (full(5), "scores.relocation_potential", "OUT_OF_RANGE", "de 0 à 4"),
        (full(3)[:4], "scores", "REQUIRED", "manque : Retombées régionales"),
        ([*full(3), {"criterion": "charisme", "points": 4}], "scores", "REQUIRED", "Critère inconnu"),
    ]
    for scores, field, code, message in cases:
        refused = await score(world, project, scores)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code)
        assert message in refused["message"]
    refused = await score(world, project, full(3), as_user=NORMANDIE_ADVISER)
    assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", "NOT_ALLOWED")
    assert await written(world) == before

    selected = await move(world, project, "SELECTED")
    assert selected["__typename"] == "TransitionProjectSuccess"
    late = await score(world, project, full(3))
    assert late["code"] == "ILLEGAL_TRANSITION" and "Seule une candidature" in late["message"]
