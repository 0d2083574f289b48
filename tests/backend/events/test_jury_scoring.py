"""A juror scores through GraphQL: the hand-worked results with an abstention and a harsh juror (both
rankings), and what is refused — another event's pitch, a project they abstained on, after the lock, a value
outside 0–10 or finer than a tenth."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from filiere.events.jury_models import CriterionScore, Pitch, Scorecard
from tests.backend.events.jury_support import (
    ANNE,
    BRUNO,
    HERVE,
    HUMAN_MOB,
    LOCK,
    MIJUIN,
    NORMANDIE_ADVISER,
    OUTSIDER,
    PIERCAN,
    RESULTS,
    JuryEvent,
    card,
    event_version,
    jury_event,
    score,
)
from tests.backend.world import World

# Grid of the demo method: relocation 3, economic model 2, environment 2, feasibility 2, pitch 1 (sum 10). A
# card with one value everywhere scores that value.
#
#              MIJUIN     HUMAN MOB   PIERCAN
#   Anne          8           6          7
#   Bruno      abstains       9          5
#   Hervé         4           1          2      (harsh)
#
# Weighted (mean of the jurors who scored): MIJUIN (8+4)/2 = 6, HUMAN MOB 16/3 = 5.33, PIERCAN 14/3 = 4.67.
# Normalised (each juror's z-scores over what they scored):
#   Anne  8, 6, 7: mean 7, sd √(2/3)      → +1.2247, −1.2247, 0
#   Bruno    9, 5: mean 7, sd 2           →     –  , +1     , −1
#   Hervé 4, 1, 2: mean 7/3, sd √(42/27)  → +1.3363, −1.0690, −0.2673
#   MIJUIN (1.2247 + 1.3363)/2 = 1.2805; HUMAN MOB (−1.2247 + 1 − 1.0690)/3 = −0.4312;
#   PIERCAN (0 − 1 − 0.2673)/3 = −0.4224: PIERCAN passes HUMAN MOB once the harsh juror is evened out.


async def score_the_example(world: World) -> JuryEvent:
    event = await jury_event(world)
    for juror, project, value in [
        (ANNE, MIJUIN, 8),
        (ANNE, HUMAN_MOB, 6),
        (ANNE, PIERCAN, 7),
        (BRUNO, HUMAN_MOB, 9),
        (BRUNO, PIERCAN, 5),
        (HERVE, MIJUIN, 4),
        (HERVE, HUMAN_MOB, 1),
        (HERVE, PIERCAN, 2),
    ]:
        result = await score(world, juror, card(event, project, value))
        assert result["__typename"] == "ScorePitchSuccess", result
    abstention = await score(
        world, BRUNO, {"pitchId": event.pitches[MIJUIN], "abstain": True, "comment": "Conseil de l'entreprise."}
    )
    assert abstention["__typename"] == "ScorePitchSuccess"
    assert abstention["scorecard"] == {"abstained": True, "comment": "Conseil de l'entreprise.", "scores": []}
    return event


async def test_the_results_of_the_hand_worked_example_in_both_rankings(world: World) -> None:
    event = await score_the_example(world)
    body = await world.graphql(RESULTS, {"id": event.id}, as_user=NORMANDIE_ADVISER)
    assert "errors" not in body, body
    results = body["data"]["node"]["juryResults"]
    assert [(row["rank"], row["project"]["name"], row["score"]) for row in results["weighted"]] == [
        (1, MIJUIN, 6.0),
        (2, HUMAN_MOB, 5.33),
        (3, PIERCAN, 4.67),
    ]
    assert [(row["rank"], row["project"]["name"], row["normalisedScore"]) for row in results["normalised"]] == [
        (1, MIJUIN, 1.281),
        (2, PIERCAN, -0.422),
        (3, HUMAN_MOB, -0.431),
    ]
    assert results["rankingsDiffer"] is True
    assert results["unranked"] == []
    assert "conflit d'intérêts" in results["rule"]
    assert results["weighted"][0]["criteria"][0] == {"criterion": {"name": "Potentiel de relocalisation"}, "mean": 6.0}
    progress = body["data"]["node"]["juryProgress"]
    assert progress["complete"] is True
    assert [(j["scored"], j["abstained"], j["missing"]) for j in progress["jurors"]] == [
        (3, 0, 0),
        (2, 1, 0),
        (3, 0, 0),
    ]
    assert [(p["scored"], p["abstained"]) for p in progress["pitches"]] == [(2, 1), (3, 0), (3, 0)]


async def test_progress_names_who_has_not_scored_yet(world: World) -> None:
    event = await jury_event(world)
    await score(world, ANNE, card(event, MIJUIN, 8))
    body = await world.graphql(RESULTS, {"id": event.id}, as_user=NORMANDIE_ADVISER)
    node = body["data"]["node"]
    assert node["juryProgress"]["complete"] is False
    assert [(j["user"]["displayName"], j["missing"]) for j in node["juryProgress"]["jurors"]] == [
        ("Élise Martin", 2),
        ("Nathalie Vidal (démo)", 3),
        ("Thomas Garnier (démo)", 3),
    ]
    assert [row["project"]["name"] for row in node["juryResults"]["weighted"]] == [MIJUIN]
    assert [row["reason"] for row in node["juryResults"]["unranked"]] == [
        "Non classé : aucun juré n'a encore noté ce projet.",
        "Non classé : aucun juré n'a encore noté ce projet.",
    ]


async def test_a_juror_may_rewrite_a_card_but_not_after_abstaining(world: World) -> None:
    event = await jury_event(world)
    assert (await score(world, ANNE, card(event, MIJUIN, 8)))["__typename"] == "ScorePitchSuccess"
    rewritten = await score(world, ANNE, card(event, MIJUIN, 7.5, comment="  Revu après les questions. "))
    assert rewritten["scorecard"]["comment"] == "Revu après les questions."
    assert {score["value"] for score in rewritten["scorecard"]["scores"]} == {7.5}
    await score(world, BRUNO, {"pitchId": event.pitches[MIJUIN], "abstain": True})
    refused = await score(world, BRUNO, card(event, MIJUIN, 9))
    assert refused["code"] == "ABSTAINED"
    assert "conflit d'intérêts" in refused["message"]


async def test_a_juror_cannot_score_another_event_s_pitch(world: World) -> None:
    event = await jury_event(world)
    refused = await score(world, OUTSIDER, card(event, MIJUIN, 8))  # on the 2023 jury only
    assert refused["code"] == "NOT_FOUND"
    for someone in (NORMANDIE_ADVISER, "bpifrance@demo.filiere.fr"):
        body = await world.graphql(
            """mutation($input: ScorePitchInput!) { scorePitch(input: $input) { __typename
               ... on EventError { code } } }""",
            {"input": card(event, MIJUIN, 8)},
            as_user=someone,
        )
        assert body["data"]["scorePitch"]["code"] == "NOT_ALLOWED", body


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ((10.5,), "OUT_OF_RANGE", "scores.0.value"),
        ((-1,), "OUT_OF_RANGE", "scores.0.value"),
        ((7.25,), "TOO_PRECISE", "scores.0.value"),
        ((7, 7, 7, 7), None, "scores"),  # a criterion missing
    ],
)
async def test_values_outside_the_scale_are_refused_and_nothing_is_written(
    world: World, values: tuple[float, ...], code: str | None, field: str
) -> None:
    event = await jury_event(world)
    payload = (
        card(event, MIJUIN, *values)
        if len(values) == 1
        else {
            "pitchId": event.pitches[MIJUIN],
            "scores": [{"criterionId": c, "value": v} for c, v in zip(event.criteria, values, strict=False)],
        }
    )
    refused = await score(world, ANNE, payload)
    assert refused["field"] == field
    assert refused["code"] == (code or "REQUIRED")
    async with world.registry.region("normandie").sessions() as session:
        cards = select(Scorecard.id).where(
            Scorecard.pitch_id.in_(select(Pitch.id).where(Pitch.event_id == event.db_id))
        )
        assert await session.scalar(select(func.count()).select_from(cards.subquery())) == 0
        values = select(CriterionScore).where(CriterionScore.scorecard_id.in_(cards))
        assert await session.scalar(select(func.count()).select_from(values.subquery())) == 0


async def test_nothing_is_scored_after_the_lock(world: World) -> None:
    event = await jury_event(world)
    await score(world, ANNE, card(event, MIJUIN, 8))
    locked = await world.graphql(
        LOCK,
        {"input": {"eventId": event.id, "expectedVersion": await event_version(world, event.id)}},
        as_user=NORMANDIE_ADVISER,
    )
    assert locked["data"]["lockJuryResults"]["__typename"] == "EventJurySuccess", locked
    refused = await score(world, ANNE, card(event, MIJUIN, 9))
    assert refused["code"] == "RESULTS_LOCKED"
    refused = await score(world, BRUNO, card(event, HUMAN_MOB, 9))
    assert refused["code"] == "RESULTS_LOCKED"
