"""The jury's results, computed from its scorecards: plain data in, plain data out, no database.

The event's services read the grid, the running order, the invited jurors and their scorecards, check
each new scorecard with `checked_scorecard` and show `jury_results` to the organiser. The rules:

- **Scale.** Every criterion is scored from 0 to 10 in steps of a tenth (7, 7.5, 8.3): one decimal lets a
  juror separate two close pitches without pretending to a finer judgement. Values are `Decimal` (or `int`)
  so that « 7.3 » is exactly 7.3; the GraphQL layer passes `Decimal(str(value))`.
- **A juror's score of a pitch** is the weighted mean of their values: Σ weight × value / Σ weight, so the
  weights need not sum to 1 or 100 and the score stays on the 0–10 scale.
- **Abstention and missing scorecard are different.** A juror who declares a conflict of interest abstains
  for good (they may not score that pitch afterwards); a juror who has not scored a pitch yet is only late,
  and the progress lists them. Neither counts in the pitch's score.
- **Weighted score of a project**: the mean of the scores of the jurors who scored it. Computed as exact
  fractions, so two equal scores are equal, never 7.333…4 against 7.333…3.
- **Normalised score**: each juror's scores are turned into z-scores over the pitches that juror scored
  (minus their mean, divided by their population standard deviation), then averaged per project over the
  same jurors. It cancels lenient and harsh jurors: only each juror's order and spacing count. A juror with
  a single score, or the same score everywhere, is centred only: every score they gave becomes 0, they
  express no preference and still count in the project's average. Standard deviations are irrational, so
  normalised scores are floats rounded to `NORMALISED_DIGITS` decimals, and compared as rounded.
- **Ties.** Ranking by weighted score, equal scores are separated by the mean values per criterion, taken in
  the order of their weights (the heaviest first; equal weights in the grid's order); projects equal on all of
  them share a rank, and the next rank skips (competition ranking: 1, 2, 2, 4), as prizes are usually
  awarded. Ranking by normalised score, equal normalised scores are separated by the whole key of the
  weighted ranking (weighted score, then the criteria). Shared ranks are listed in running order.
- **A project no juror scored** has no score and no rank; it is listed after the ranked ones, in running
  order, with the reason (`UnrankedReason`).
- **The jury** is the list of invited jurors and the event's pitches: a scorecard of anyone else, or of a
  pitch taken off the running order, is not counted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.events.errors import EventErrorCode

MIN_VALUE = 0
MAX_VALUE = 10
COMMENT_MAX_LENGTH = 2000
NORMALISED_DIGITS = 9


# --- inputs -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Criterion:
    id: int
    name: str
    weight: int | Decimal  # > 0, relative to the other criteria


@dataclass(frozen=True, kw_only=True)
class ScoringGrid:
    criteria: tuple[Criterion, ...]

    def __post_init__(self) -> None:
        # The grid comes from the method, checked when it is written: breaking these is a bug, not user input.
        if not self.criteria:
            raise ValueError("a scoring grid has at least one criterion")
        if len({criterion.id for criterion in self.criteria}) != len(self.criteria):
            raise ValueError("a scoring grid's criteria have distinct ids")
        if any(criterion.weight <= 0 for criterion in self.criteria):
            raise ValueError("a scoring grid's weights are positive")

    def criterion(self, criterion_id: int) -> Criterion | None:
        return next((criterion for criterion in self.criteria if criterion.id == criterion_id), None)

    @property
    def tie_break_order(self) -> tuple[Criterion, ...]:
        """The heaviest criterion first; `sorted` is stable, so equal weights keep the grid's order."""
        return tuple(sorted(self.criteria, key=lambda criterion: -criterion.weight))


@dataclass(frozen=True, kw_only=True)
class Pitch:
    id: int
    project_id: int


@dataclass(frozen=True, kw_only=True)
class CriterionScore:
    criterion_id: int
    value: int | Decimal


@dataclass(frozen=True, kw_only=True)
class Scorecard:
    """One juror's card for one pitch: a value for every criterion, or an abstention (no values)."""

    juror_id: int
    pitch_id: int
    scores: tuple[CriterionScore, ...] = ()
    abstained: bool = False
    comment: str = ""


# --- checking one scorecard -------------------------------------------------------------------------------


def checked_scorecard(
    grid: ScoringGrid, pitches: Sequence[Pitch], card: Scorecard, *, previous: Scorecard | None = None
) -> Scorecard:
    """The card ready to store (comment trimmed, values in the grid's order), or the first error at its field.

    `pitches` are the event's; `previous` is the juror's stored card for that pitch, if any: an abstention is
    final, a score may be rewritten (the lock of the results is the service's to check).
    """
    if all(pitch.id != card.pitch_id for pitch in pitches):
        raise InvalidInputError(
            "Ce pitch n'appartient pas à l'événement dont vous êtes juré.",
            field="pitchId",
            code=EventErrorCode.PITCH_NOT_IN_EVENT,
        )
    if previous is not None and previous.abstained and not card.abstained:
        raise InvalidInputError(
            "Vous vous êtes déclaré en conflit d'intérêts pour ce projet : vous ne pouvez plus le noter.",
            field="abstain",
            code=EventErrorCode.ABSTAINED,
        )
    comment = card.comment.strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise InvalidInputError(
            f"Le commentaire ne doit pas dépasser {COMMENT_MAX_LENGTH} caractères.",
            field="comment",
            code=CommonErrorCode.TOO_LONG,
        )
    if card.abstained:
        if card.scores:
            raise InvalidInputError(
                "Une abstention ne porte aucune note : retirez les notes ou annulez l'abstention.",
                field="scores",
                code=EventErrorCode.ABSTENTION_WITH_SCORES,
            )
        return replace(card, comment=comment)
    given = _checked_values(grid, card.scores)
    missing = [criterion.name for criterion in grid.criteria if criterion.id not in given]
    if missing:
        raise InvalidInputError(
            f"Notez chaque critère de la grille (manque : « {missing[0]} »).",
            field="scores",
            code=CommonErrorCode.REQUIRED,
        )
    ordered = tuple(CriterionScore(criterion_id=c.id, value=given[c.id]) for c in grid.criteria)
    return replace(card, scores=ordered, comment=comment)


def _checked_values(grid: ScoringGrid, scores: Sequence[CriterionScore]) -> dict[int, int | Decimal]:
    given: dict[int, int | Decimal] = {}
    for index, score in enumerate(scores):
        criterion = grid.criterion(score.criterion_id)
        if criterion is None:
            raise InvalidInputError(
                "Ce critère ne fait pas partie de la grille de notation.",
                field=f"scores.{index}.criterionId",
                code=EventErrorCode.UNKNOWN_CRITERION,
            )
        if criterion.id in given:
            raise InvalidInputError(
                f"Le critère « {criterion.name} » est noté deux fois.",
                field=f"scores.{index}.criterionId",
                code=EventErrorCode.DUPLICATE_CRITERION,
            )
        value = score.value
        if (isinstance(value, Decimal) and not value.is_finite()) or not MIN_VALUE <= value <= MAX_VALUE:
            raise InvalidInputError(
                f"Chaque critère se note de {MIN_VALUE} à {MAX_VALUE} (« {criterion.name} »).",
                field=f"scores.{index}.value",
                code=CommonErrorCode.OUT_OF_RANGE,
            )
        if value * 10 % 1:
            raise InvalidInputError(
                f"Une note a au plus une décimale, comme 7,5 (« {criterion.name} »).",
                field=f"scores.{index}.value",
                code=EventErrorCode.TOO_PRECISE,
            )
        given[criterion.id] = value
    return given


# --- progress ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class JurorProgress:
    juror_id: int
    scored: int
    abstained: int
    pitches: int
    waiting_pitch_ids: tuple[int, ...]  # in running order

    @property
    def done(self) -> bool:
        return not self.waiting_pitch_ids


@dataclass(frozen=True, kw_only=True)
class PitchProgress:
    pitch_id: int
    project_id: int
    scored: int
    abstained: int
    jurors: int
    waiting_juror_ids: tuple[int, ...]  # in the jury's order


@dataclass(frozen=True, kw_only=True)
class JuryProgress:
    jurors: tuple[JurorProgress, ...]  # in the jury's order
    pitches: tuple[PitchProgress, ...]  # in running order

    @property
    def waiting_juror_ids(self) -> tuple[int, ...]:
        """The jurors who have not scored (or abstained on) every pitch yet."""
        return tuple(juror.juror_id for juror in self.jurors if not juror.done)

    @property
    def complete(self) -> bool:
        return all(juror.done for juror in self.jurors)


def jury_progress(
    *, pitches: Sequence[Pitch], juror_ids: Sequence[int], scorecards: Iterable[Scorecard]
) -> JuryProgress:
    return _progress(pitches, juror_ids, _cards_of_jury(pitches, juror_ids, scorecards))


def _progress(
    pitches: Sequence[Pitch], juror_ids: Sequence[int], cards: dict[tuple[int, int], Scorecard]
) -> JuryProgress:
    def state(juror_id: int, pitch_id: int) -> str:
        card = cards.get((juror_id, pitch_id))
        return "waiting" if card is None else "abstained" if card.abstained else "scored"

    jurors = tuple(
        JurorProgress(
            juror_id=juror_id,
            scored=sum(state(juror_id, pitch.id) == "scored" for pitch in pitches),
            abstained=sum(state(juror_id, pitch.id) == "abstained" for pitch in pitches),
            pitches=len(pitches),
            waiting_pitch_ids=tuple(pitch.id for pitch in pitches if state(juror_id, pitch.id) == "waiting"),
        )
        for juror_id in juror_ids
    )
    by_pitch = tuple(
        PitchProgress(
            pitch_id=pitch.id,
            project_id=pitch.project_id,
            scored=sum(state(juror_id, pitch.id) == "scored" for juror_id in juror_ids),
            abstained=sum(state(juror_id, pitch.id) == "abstained" for juror_id in juror_ids),
            jurors=len(juror_ids),
            waiting_juror_ids=tuple(j for j in juror_ids if state(j, pitch.id) == "waiting"),
        )
        for pitch in pitches
    )
    return JuryProgress(jurors=jurors, pitches=by_pitch)


def _cards_of_jury(
    pitches: Sequence[Pitch], juror_ids: Sequence[int], scorecards: Iterable[Scorecard]
) -> dict[tuple[int, int], Scorecard]:
    pitch_ids, jury = {pitch.id for pitch in pitches}, set(juror_ids)
    cards: dict[tuple[int, int], Scorecard] = {}
    for card in scorecards:
        if card.juror_id not in jury or card.pitch_id not in pitch_ids:
            continue
        key = (card.juror_id, card.pitch_id)
        if key in cards:
            raise ValueError(f"juror {card.juror_id} has two scorecards for pitch {card.pitch_id}")
        cards[key] = card
    return cards


# --- results ----------------------------------------------------------------------------------------------


class UnrankedReason(StrEnum):
    ALL_ABSTAINED = "ALL_ABSTAINED"
    NOT_SCORED = "NOT_SCORED"

    @property
    def message(self) -> str:
        if self is UnrankedReason.ALL_ABSTAINED:
            return "Non classé : tous les jurés se sont déclarés en conflit d'intérêts pour ce projet."
        return "Non classé : aucun juré n'a encore noté ce projet."


@dataclass(frozen=True, kw_only=True)
class CriterionMean:
    criterion_id: int
    mean: Fraction


@dataclass(frozen=True, kw_only=True)
class ProjectResult:
    pitch_id: int
    project_id: int
    jurors_counted: int
    abstentions: int
    score: Fraction | None  # weighted score out of 10, exact; None when unranked
    criterion_means: tuple[CriterionMean, ...]  # in the grid's order; empty when unranked
    rank: int | None
    normalised_score: float | None  # mean z-score, rounded to NORMALISED_DIGITS
    normalised_rank: int | None
    unranked_reason: UnrankedReason | None


@dataclass(frozen=True, kw_only=True)
class JuryResults:
    ranking: tuple[ProjectResult, ...]  # by rank, then the unranked in running order
    normalised_ranking: tuple[ProjectResult, ...]  # the same projects by normalised rank
    progress: JuryProgress

    @property
    def rankings_differ(self) -> bool:
        return any(result.rank != result.normalised_rank for result in self.ranking)


def jury_results(
    *, grid: ScoringGrid, pitches: Sequence[Pitch], juror_ids: Sequence[int], scorecards: Iterable[Scorecard]
) -> JuryResults:
    """Both rankings and the progress, from stored scorecards (checked when written)."""
    cards = _cards_of_jury(pitches, juror_ids, scorecards)
    values = {key: _values(grid, card) for key, card in cards.items() if not card.abstained}
    weighted = {key: _weighted_score(grid, card_values) for key, card_values in values.items()}
    normalised = _normalised_scores(weighted)
    tie_break = grid.tie_break_order

    facts: dict[int, ProjectResult] = {}
    raw_keys: dict[int, tuple[Fraction, ...]] = {}
    normalised_keys: dict[int, tuple[float | Fraction, ...]] = {}
    for pitch in pitches:
        counted = [juror for juror in juror_ids if (juror, pitch.id) in weighted]
        abstentions = sum(1 for juror in juror_ids if (juror, pitch.id) in cards and (juror, pitch.id) not in values)
        if not counted:
            everyone_abstained = bool(juror_ids) and abstentions == len(juror_ids)
            facts[pitch.id] = ProjectResult(
                pitch_id=pitch.id,
                project_id=pitch.project_id,
                jurors_counted=0,
                abstentions=abstentions,
                score=None,
                criterion_means=(),
                rank=None,
                normalised_score=None,
                normalised_rank=None,
                unranked_reason=UnrankedReason.ALL_ABSTAINED if everyone_abstained else UnrankedReason.NOT_SCORED,
            )
            continue
        score = sum((weighted[juror, pitch.id] for juror in counted), Fraction(0)) / len(counted)
        means = {
            criterion.id: sum((values[juror, pitch.id][criterion.id] for juror in counted), Fraction(0)) / len(counted)
            for criterion in grid.criteria
        }
        norm = round(math.fsum(normalised[juror, pitch.id] for juror in counted) / len(counted), NORMALISED_DIGITS)
        raw_keys[pitch.id] = (score, *(means[criterion.id] for criterion in tie_break))
        normalised_keys[pitch.id] = (norm, *raw_keys[pitch.id])
        facts[pitch.id] = ProjectResult(
            pitch_id=pitch.id,
            project_id=pitch.project_id,
            jurors_counted=len(counted),
            abstentions=abstentions,
            score=score,
            criterion_means=tuple(CriterionMean(criterion_id=c.id, mean=means[c.id]) for c in grid.criteria),
            rank=None,
            normalised_score=norm,
            normalised_rank=None,
            unranked_reason=None,
        )

    ranks, normalised_ranks = _competition_ranks(raw_keys), _competition_ranks(normalised_keys)
    results = {
        pitch_id: replace(result, rank=ranks.get(pitch_id), normalised_rank=normalised_ranks.get(pitch_id))
        for pitch_id, result in facts.items()
    }
    unranked = [results[pitch.id] for pitch in pitches if pitch.id not in ranks]
    return JuryResults(
        ranking=(*(results[pitch_id] for pitch_id in ranks), *unranked),
        normalised_ranking=(*(results[pitch_id] for pitch_id in normalised_ranks), *unranked),
        progress=_progress(pitches, juror_ids, cards),
    )


def _values(grid: ScoringGrid, card: Scorecard) -> dict[int, Fraction]:
    values = {score.criterion_id: Fraction(score.value) for score in card.scores}
    if set(values) != {criterion.id for criterion in grid.criteria}:
        raise ValueError(f"scorecard of juror {card.juror_id} for pitch {card.pitch_id} does not match the grid")
    return values


def _weighted_score(grid: ScoringGrid, values: dict[int, Fraction]) -> Fraction:
    total_weight = sum((Fraction(criterion.weight) for criterion in grid.criteria), Fraction(0))
    return sum((Fraction(c.weight) * values[c.id] for c in grid.criteria), Fraction(0)) / total_weight


def _normalised_scores(weighted: dict[tuple[int, int], Fraction]) -> dict[tuple[int, int], float]:
    """Each juror's z-scores over the pitches they scored. Deviations and variance are exact, so adding a
    constant to a juror's scores leaves their z-scores bit for bit the same."""
    by_juror: dict[int, dict[int, Fraction]] = {}
    for (juror, pitch_id), score in weighted.items():
        by_juror.setdefault(juror, {})[pitch_id] = score
    normalised: dict[tuple[int, int], float] = {}
    for juror, scores in by_juror.items():
        mean = sum(scores.values(), Fraction(0)) / len(scores)
        deviations = {pitch_id: score - mean for pitch_id, score in scores.items()}
        variance = sum((d * d for d in deviations.values()), Fraction(0)) / len(deviations)
        spread = math.sqrt(float(variance)) if variance else 1.0  # one score or all equal: centred only
        for pitch_id, deviation in deviations.items():
            normalised[juror, pitch_id] = float(deviation) / spread
    return normalised


def _competition_ranks(keys: Mapping[int, tuple[float | Fraction, ...]]) -> dict[int, int]:
    """Rank by key, highest first; equal keys share a rank and the next rank skips. Sorting is stable and the
    keys arrive in running order, so shared ranks are listed in running order."""
    ordered = sorted(keys, key=keys.__getitem__, reverse=True)
    ranks: dict[int, int] = {}
    for position, pitch_id in enumerate(ordered):
        tied = position > 0 and keys[ordered[position - 1]] == keys[pitch_id]
        ranks[pitch_id] = ranks[ordered[position - 1]] if tied else position + 1
    return ranks
