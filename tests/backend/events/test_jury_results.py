"""The jury's results on their own: a hand-worked example, the tie rule, checked scorecards, properties."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.events.errors import EventErrorCode
from filiere.events.jury_results import (
    COMMENT_MAX_LENGTH,
    Criterion,
    CriterionMean,
    CriterionScore,
    JurorProgress,
    JuryResults,
    Pitch,
    PitchProgress,
    ProjectResult,
    Scorecard,
    ScoringGrid,
    UnrankedReason,
    checked_scorecard,
    jury_progress,
    jury_results,
)

RELOCATION, MODEL, ENVIRONMENT, FEASIBILITY, PITCH = 1, 2, 3, 4, 5
GRID = ScoringGrid(
    criteria=(
        Criterion(id=RELOCATION, name="Potentiel de relocalisation", weight=30),
        Criterion(id=MODEL, name="Modèle économique", weight=20),
        Criterion(id=ENVIRONMENT, name="Impact environnemental", weight=20),
        Criterion(id=FEASIBILITY, name="Faisabilité technique", weight=15),
        Criterion(id=PITCH, name="Qualité du pitch", weight=15),
    )
)
CRITERIA = (RELOCATION, MODEL, ENVIRONMENT, FEASIBILITY, PITCH)
PITCHES = tuple(Pitch(id=number, project_id=100 + number) for number in range(1, 6))
ANNE, BRUNO, CLAIRE, HERVE = 11, 12, 13, 14  # Hervé is the harsh juror
JURY = (ANNE, BRUNO, CLAIRE, HERVE)


def card(juror: int, pitch: int, *values: str) -> Scorecard:
    """A juror's values in the grid's order; a single value is given on every criterion."""
    spread = values * len(CRITERIA) if len(values) == 1 else values
    scores = tuple(CriterionScore(criterion_id=c, value=Decimal(v)) for c, v in zip(CRITERIA, spread, strict=True))
    return Scorecard(juror_id=juror, pitch_id=pitch, scores=scores)


def abstention(juror: int, pitch: int) -> Scorecard:
    return Scorecard(juror_id=juror, pitch_id=pitch, abstained=True, comment="Client de mon entreprise.")


# Weighted score of a card = (30 R + 20 M + 20 E + 15 F + 15 P) / 100; a card with one value everywhere
# scores that value. The two mixed cards:
#   Anne on pitch 2: (30×7 + 20×5 + 20×5.5 + 15×6 + 15×6) / 100 = (210 + 100 + 110 + 90 + 90) / 100 = 6
#   Hervé on pitch 1: (30×4 + 20×6.5 + 20×5 + 15×5 + 15×5) / 100 = (120 + 130 + 100 + 75 + 75) / 100 = 5
#
#              pitch 1   pitch 2   pitch 3      pitch 4   pitch 5
#   Anne          8         6         8            6         –
#   Bruno         9         7         9            7         –
#   Claire        –         –         8            –         –
#   Hervé         5         2      abstains        2         –
SCORECARDS = (
    card(ANNE, 1, "8"),
    card(ANNE, 2, "7", "5", "5.5", "6", "6"),
    card(ANNE, 3, "8"),
    card(ANNE, 4, "6"),
    card(BRUNO, 1, "9"),
    card(BRUNO, 2, "7"),
    card(BRUNO, 3, "9"),
    card(BRUNO, 4, "7"),
    card(CLAIRE, 3, "8"),
    card(HERVE, 1, "4", "6.5", "5", "5", "5"),
    card(HERVE, 2, "2"),
    abstention(HERVE, 3),
    card(HERVE, 4, "2"),
)


def project_ids(results: tuple[ProjectResult, ...]) -> list[int]:
    return [result.project_id for result in results]


def test_hand_worked_example_ranks_raw_and_normalised_scores_differently() -> None:
    """Raw (mean of the jurors who scored):
        pitch 1: (8 + 9 + 5) / 3 = 22/3 ≈ 7.33      pitch 3: (8 + 9 + 8) / 3 = 25/3 ≈ 8.33 (Hervé abstained)
        pitch 2: (6 + 7 + 2) / 3 = 5                pitch 4: (6 + 7 + 2) / 3 = 5
    Pitches 2 and 4 tie at 5: relocation (weight 30) first, pitch 2 (7 + 7 + 2) / 3 = 16/3 against pitch 4
    (6 + 7 + 2) / 3 = 5, so pitch 2 comes third. Raw ranking: 3, 1, 2, 4, pitch 5 unranked.

    Normalised (each juror's z-scores, population standard deviation):
        Anne 8, 6, 8, 6: mean 7, deviations ±1, variance 1 → z = +1, −1, +1, −1; Bruno 9, 7, 9, 7 likewise.
        Hervé 5, 2, 2 (pitches 1, 2, 4): mean 3, deviations +2, −1, −1, variance (4 + 1 + 1) / 3 = 2
            → z = 2/√2 = √2, −1/√2, −1/√2.
        Claire scored pitch 3 only: centred only, z = 0.
        pitch 1: (1 + 1 + √2) / 3 ≈ 1.138071      pitch 3: (1 + 1 + 0) / 3 = 2/3
        pitch 2 = pitch 4: (−1 − 1 − 1/√2) / 3 ≈ −0.902369, separated as in the raw ranking.
    Normalised ranking: 1, 3, 2, 4 — the abstention had spared pitch 3 Hervé's low marks.
    """
    results = jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS)

    assert project_ids(results.ranking) == [103, 101, 102, 104, 105]
    assert [(r.score, r.rank, r.jurors_counted, r.abstentions) for r in results.ranking] == [
        (Fraction(25, 3), 1, 3, 1),
        (Fraction(22, 3), 2, 3, 0),
        (Fraction(5), 3, 3, 0),
        (Fraction(5), 4, 3, 0),
        (None, None, 0, 0),
    ]
    assert project_ids(results.normalised_ranking) == [101, 103, 102, 104, 105]
    assert [r.normalised_rank for r in results.normalised_ranking] == [1, 2, 3, 4, None]
    assert [r.normalised_score for r in results.normalised_ranking] == [
        round((2 + math.sqrt(2)) / 3, 9),
        round(2 / 3, 9),
        round(-(2 + 1 / math.sqrt(2)) / 3, 9),
        round(-(2 + 1 / math.sqrt(2)) / 3, 9),
        None,
    ]
    assert results.rankings_differ

    second, fourth = results.ranking[2], results.ranking[3]
    assert second.criterion_means[0] == CriterionMean(criterion_id=RELOCATION, mean=Fraction(16, 3))
    assert fourth.criterion_means[0] == CriterionMean(criterion_id=RELOCATION, mean=Fraction(5))
    # Anne's mixed card on pitch 2 shows in its means: environment (5.5 + 7 + 2) / 3 = 29/6.
    assert second.criterion_means[2] == CriterionMean(criterion_id=ENVIRONMENT, mean=Fraction(29, 6))

    unscored = results.ranking[-1]
    assert unscored.unranked_reason is UnrankedReason.NOT_SCORED
    assert unscored.unranked_reason.message == "Non classé : aucun juré n'a encore noté ce projet."
    assert unscored.criterion_means == ()


def test_progress_tells_abstentions_from_missing_scorecards() -> None:
    progress = jury_progress(pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS)

    assert progress.jurors == (
        JurorProgress(juror_id=ANNE, scored=4, abstained=0, pitches=5, waiting_pitch_ids=(5,)),
        JurorProgress(juror_id=BRUNO, scored=4, abstained=0, pitches=5, waiting_pitch_ids=(5,)),
        JurorProgress(juror_id=CLAIRE, scored=1, abstained=0, pitches=5, waiting_pitch_ids=(1, 2, 4, 5)),
        JurorProgress(juror_id=HERVE, scored=3, abstained=1, pitches=5, waiting_pitch_ids=(5,)),
    )
    assert progress.pitches == (
        PitchProgress(pitch_id=1, project_id=101, scored=3, abstained=0, jurors=4, waiting_juror_ids=(CLAIRE,)),
        PitchProgress(pitch_id=2, project_id=102, scored=3, abstained=0, jurors=4, waiting_juror_ids=(CLAIRE,)),
        PitchProgress(pitch_id=3, project_id=103, scored=3, abstained=1, jurors=4, waiting_juror_ids=()),
        PitchProgress(pitch_id=4, project_id=104, scored=3, abstained=0, jurors=4, waiting_juror_ids=(CLAIRE,)),
        PitchProgress(pitch_id=5, project_id=105, scored=0, abstained=0, jurors=4, waiting_juror_ids=JURY),
    )
    assert progress.waiting_juror_ids == JURY
    assert not progress.complete
    assert jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS).progress == progress

    everything = (*SCORECARDS, *(card(juror, 5, "5") for juror in JURY), *(card(CLAIRE, p, "5") for p in (1, 2, 4)))
    finished = jury_progress(pitches=PITCHES, juror_ids=JURY, scorecards=everything)
    assert finished.complete and finished.waiting_juror_ids == ()


def test_projects_equal_on_every_key_share_a_rank_and_the_next_rank_skips() -> None:
    """Pitches 1 and 3 get the same card from each juror: (7 + 6) / 2 = 6.5 and equal means, rank 1 twice,
    listed in running order; pitch 2, (5 + 6.5) / 2 = 5.75, comes 3rd, not 2nd. Normalised alike: each
    juror's z-scores are equal on pitches 1 and 3 since their scores are."""
    pitches = PITCHES[:3]
    cards = [card(ANNE, 1, "7"), card(ANNE, 2, "5"), card(ANNE, 3, "7")]
    cards += [card(BRUNO, 1, "6"), card(BRUNO, 2, "6.5"), card(BRUNO, 3, "6")]

    results = jury_results(grid=GRID, pitches=pitches, juror_ids=(ANNE, BRUNO), scorecards=cards)

    assert [(r.project_id, r.rank) for r in results.ranking] == [(101, 1), (103, 1), (102, 3)]
    assert [(r.project_id, r.normalised_rank) for r in results.normalised_ranking] == [(101, 1), (103, 1), (102, 3)]
    assert not results.rankings_differ


def test_equal_scores_are_separated_by_the_heaviest_criterion_then_equal_weights_in_grid_order() -> None:
    """Both score 5: pitch 1 (30×5 + 20×4 + 20×6 + 15×5 + 15×5) / 100 = 5, pitch 2 (30×5 + 20×6 + 20×4 + …)
    = 5. Relocation is equal (5); model and environment weigh 20 each, model comes first in the grid:
    pitch 2 (6) before pitch 1 (4), although pitch 1 is first on environment."""
    cards = [card(ANNE, 1, "5", "4", "6", "5", "5"), card(ANNE, 2, "5", "6", "4", "5", "5")]

    results = jury_results(grid=GRID, pitches=PITCHES[:2], juror_ids=(ANNE,), scorecards=cards)

    assert [(r.project_id, r.score, r.rank) for r in results.ranking] == [(102, Fraction(5), 1), (101, Fraction(5), 2)]
    assert [(r.project_id, r.normalised_score, r.normalised_rank) for r in results.normalised_ranking] == [
        (102, 0.0, 1),
        (101, 0.0, 2),
    ]


def test_a_project_every_juror_abstained_on_is_unranked_with_its_reason() -> None:
    cards = [card(ANNE, 1, "6"), abstention(ANNE, 2), abstention(BRUNO, 2), card(BRUNO, 1, "7")]

    results = jury_results(grid=GRID, pitches=PITCHES[:2], juror_ids=(ANNE, BRUNO), scorecards=cards)

    unranked = results.ranking[1]
    assert (unranked.project_id, unranked.rank, unranked.abstentions) == (102, None, 2)
    assert unranked.unranked_reason is UnrankedReason.ALL_ABSTAINED
    assert unranked.unranked_reason.message == (
        "Non classé : tous les jurés se sont déclarés en conflit d'intérêts pour ce projet."
    )


def test_weights_count_relative_to_each_other() -> None:
    fractions_of_one = ScoringGrid(
        criteria=tuple(replace(c, weight=Decimal(c.weight) / 100) for c in GRID.criteria)  # 0.3, 0.2, …
    )
    in_percent = jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS)
    in_fractions = jury_results(grid=fractions_of_one, pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS)
    assert in_fractions == in_percent


def test_only_the_jury_and_the_running_order_count() -> None:
    """A card of a juror no longer invited, or of a pitch taken off the running order, is left out."""
    strays = (card(99, 1, "0"), card(ANNE, 42, "10"))
    with_strays = jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=(*SCORECARDS, *strays))
    assert with_strays == jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=SCORECARDS)

    with pytest.raises(ValueError, match="two scorecards"):
        jury_results(grid=GRID, pitches=PITCHES, juror_ids=JURY, scorecards=(*SCORECARDS, card(ANNE, 1, "3")))


@pytest.mark.parametrize(
    "criteria",
    [
        (),
        (Criterion(id=1, name="A", weight=1), Criterion(id=1, name="B", weight=1)),
        (Criterion(id=1, name="A", weight=0),),
    ],
)
def test_a_grid_breaking_its_invariants_is_a_bug(criteria: tuple[Criterion, ...]) -> None:
    with pytest.raises(ValueError, match="scoring grid"):
        ScoringGrid(criteria=criteria)


# --- checking one scorecard -------------------------------------------------------------------------------


def test_a_valid_scorecard_comes_back_in_grid_order_with_its_comment_trimmed() -> None:
    reversed_scores = tuple(reversed(card(ANNE, 1, "0", "10", "7.5", "7.50", "3").scores))
    given = Scorecard(juror_id=ANNE, pitch_id=1, scores=reversed_scores, comment="  Très convaincant.  ")

    checked = checked_scorecard(GRID, PITCHES, given)

    assert [score.criterion_id for score in checked.scores] == list(CRITERIA)
    assert checked.comment == "Très convaincant."
    assert checked_scorecard(GRID, PITCHES, card(ANNE, 1, "8"), previous=card(ANNE, 1, "6")).scores[0].value == 8
    assert checked_scorecard(GRID, PITCHES, abstention(ANNE, 1)).abstained


def bad(index: int, value: str, criterion: int | None = None) -> Scorecard:
    """A card valid but at `scores[index]`."""
    scores = list(card(ANNE, 1, "5").scores)
    scores[index] = CriterionScore(criterion_id=criterion or scores[index].criterion_id, value=Decimal(value))
    return Scorecard(juror_id=ANNE, pitch_id=1, scores=tuple(scores))


@pytest.mark.parametrize(
    ("scorecard", "code", "field", "message"),
    [
        (
            bad(1, "10.5"),
            CommonErrorCode.OUT_OF_RANGE,
            "scores.1.value",
            "Chaque critère se note de 0 à 10 (« Modèle économique »).",
        ),
        (
            bad(0, "-1"),
            CommonErrorCode.OUT_OF_RANGE,
            "scores.0.value",
            "Chaque critère se note de 0 à 10 (« Potentiel de relocalisation »).",
        ),
        (
            bad(0, "NaN"),
            CommonErrorCode.OUT_OF_RANGE,
            "scores.0.value",
            "Chaque critère se note de 0 à 10 (« Potentiel de relocalisation »).",
        ),
        (
            bad(4, "7.25"),
            EventErrorCode.TOO_PRECISE,
            "scores.4.value",
            "Une note a au plus une décimale, comme 7,5 (« Qualité du pitch »).",
        ),
        (
            bad(2, "5", criterion=77),
            EventErrorCode.UNKNOWN_CRITERION,
            "scores.2.criterionId",
            "Ce critère ne fait pas partie de la grille de notation.",
        ),
        (
            bad(3, "5", criterion=MODEL),
            EventErrorCode.DUPLICATE_CRITERION,
            "scores.3.criterionId",
            "Le critère « Modèle économique » est noté deux fois.",
        ),
        (
            replace(card(ANNE, 1, "5"), scores=card(ANNE, 1, "5").scores[:3]),
            CommonErrorCode.REQUIRED,
            "scores",
            "Notez chaque critère de la grille (manque : « Faisabilité technique »).",
        ),
        (
            card(ANNE, 42, "5"),
            EventErrorCode.PITCH_NOT_IN_EVENT,
            "pitchId",
            "Ce pitch n'appartient pas à l'événement dont vous êtes juré.",
        ),
        (
            replace(card(ANNE, 1, "5"), abstained=True),
            EventErrorCode.ABSTENTION_WITH_SCORES,
            "scores",
            "Une abstention ne porte aucune note : retirez les notes ou annulez l'abstention.",
        ),
        (
            replace(card(ANNE, 1, "5"), comment="x" * (COMMENT_MAX_LENGTH + 1)),
            CommonErrorCode.TOO_LONG,
            "comment",
            "Le commentaire ne doit pas dépasser 2000 caractères.",
        ),
    ],
)
def test_a_bad_scorecard_is_refused_at_its_field(scorecard: Scorecard, code: str, field: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        checked_scorecard(GRID, PITCHES, scorecard)
    assert (raised.value.code, raised.value.field, raised.value.message) == (code, field, message)


def test_an_abstention_is_final() -> None:
    with pytest.raises(InvalidInputError) as raised:
        checked_scorecard(GRID, PITCHES, card(ANNE, 1, "5"), previous=abstention(ANNE, 1))
    assert (raised.value.code, raised.value.field) == (EventErrorCode.ABSTAINED, "abstain")
    assert raised.value.message == (
        "Vous vous êtes déclaré en conflit d'intérêts pour ce projet : vous ne pouvez plus le noter."
    )


# --- properties -------------------------------------------------------------------------------------------


@st.composite
def juries(draw: st.DrawFn) -> tuple[tuple[Pitch, ...], tuple[int, ...], list[Scorecard]]:
    """Up to 6 pitches and 4 jurors; each card missing, an abstention, or values from 0 to 9 in tenths (so
    that a juror's values can all be raised by up to 1 and stay within 0–10)."""
    pitches = PITCHES[: draw(st.integers(min_value=1, max_value=5))]
    jurors = JURY[: draw(st.integers(min_value=1, max_value=4))]
    cards = []
    for juror in jurors:
        for pitch in pitches:
            kind = draw(st.sampled_from(["missing", "abstained", "scored"]))
            if kind == "abstained":
                cards.append(abstention(juror, pitch.id))
            elif kind == "scored":
                values = draw(st.lists(st.integers(0, 90), min_size=len(CRITERIA), max_size=len(CRITERIA)))
                cards.append(card(juror, pitch.id, *(str(Decimal(v) / 10) for v in values)))
    return pitches, jurors, cards


@settings(max_examples=200, deadline=None)
@given(juries(), st.integers(min_value=0, max_value=3), st.integers(min_value=1, max_value=10))
def test_a_juror_uniformly_kinder_changes_nothing_normalised(
    jury: tuple[tuple[Pitch, ...], tuple[int, ...], list[Scorecard]], which: int, tenths: int
) -> None:
    """Raising every value a juror gave by the same amount raises their scores alike: their z-scores, hence
    the normalised scores, stay exactly the same."""
    pitches, jurors, cards = jury
    juror = jurors[which % len(jurors)]
    shift = Decimal(tenths) / 10

    def kinder(scorecard: Scorecard) -> Scorecard:
        if scorecard.juror_id != juror:
            return scorecard
        scores = tuple(replace(score, value=score.value + shift) for score in scorecard.scores)
        return replace(scorecard, scores=scores)

    before = jury_results(grid=GRID, pitches=pitches, juror_ids=jurors, scorecards=cards)
    after = jury_results(grid=GRID, pitches=pitches, juror_ids=jurors, scorecards=[kinder(c) for c in cards])

    scores = {r.project_id: r.normalised_score for r in before.ranking}
    assert {r.project_id: r.normalised_score for r in after.ranking} == scores
    # Projects on equal normalised scores are separated by the raw key, which the shift may change; the
    # others keep their order.
    for a, b in itertools.combinations(pitches, 2):
        score_a, score_b = scores.get(a.project_id), scores.get(b.project_id)
        if score_a is not None and score_b is not None and score_a != score_b:
            assert (rank_of(before, a.id) < rank_of(before, b.id)) == (rank_of(after, a.id) < rank_of(after, b.id))


def rank_of(results: JuryResults, pitch_id: int) -> int:
    rank = next(r.normalised_rank for r in results.ranking if r.pitch_id == pitch_id)
    assert rank is not None
    return rank


@settings(max_examples=200, deadline=None)
@given(juries(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_the_order_scorecards_arrive_in(
    jury: tuple[tuple[Pitch, ...], tuple[int, ...], list[Scorecard]], random: Random
) -> None:
    pitches, jurors, cards = jury
    shuffled = random.sample(cards, len(cards))

    results = jury_results(grid=GRID, pitches=pitches, juror_ids=jurors, scorecards=cards)

    assert jury_results(grid=GRID, pitches=pitches, juror_ids=jurors, scorecards=shuffled) == results
    ranks = [r.rank for r in results.ranking if r.rank is not None]
    assert ranks == sorted(ranks)
    assert all(r.unranked_reason is None and r.jurors_counted > 0 for r in results.ranking[: len(ranks)])
    assert all(r.rank is None and r.jurors_counted == 0 for r in results.ranking[len(ranks) :])
