"""The selection grid: advisers score a candidate before selecting or rejecting it."""

from __future__ import annotations

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.programmes.models import SelectionScore
from tests.backend.programmes.support import HDF_ADVISER, NORMANDIE_ADVISER, candidate, full, move, score
from tests.backend.world import World

GRID = "{ selectionCriteria { key label maxPoints } }"
CARD = """query($id: ID!) { node(id: $id) { ... on Project { selectionScore { total comment } } } }"""


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
        ([*full(3), {"criterion": "charisme", "points": 4}], "scores", "UNKNOWN_CRITERION", "n'est pas un critère"),
        ([*full(3), {"criterion": "market", "points": 1}], "scores", "DUPLICATE_CRITERION", "noté deux fois"),
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
