"""Reading the jury of events: running order, jurors, scorecards, the grid, and the results computed from them.

Plain reads for several events at once (the loaders' batches, the awards fanned out over the regions), in a
fixed number of statements; the decisions on who may see them are taken by `jury.py` and the schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from filiere.events import jury_results as rules
from filiere.events.jury_models import CriterionScore, Juror, Pitch, Prize, Scorecard
from filiere.methodology.service import ScoringCriterionView, scoring_grids_of
from filiere.tenancy.session import TenantSession


@dataclass(frozen=True, kw_only=True)
class PitchView:
    region: str  # the event's (host) region
    id: int
    event_id: int
    project_region: str
    project_id: int
    position: int


@dataclass(frozen=True, kw_only=True)
class PrizeView:
    region: str
    id: int
    event_id: int
    name: str
    organisation_id: int | None
    nature: str
    amount: int | None
    winner_pitch_id: int | None
    position: int
    version: int

    @classmethod
    def of(cls, region: str, row: Prize) -> PrizeView:
        return cls(
            region=region,
            id=row.id,
            event_id=row.event_id,
            name=row.name,
            organisation_id=row.organisation_id,
            nature=row.nature,
            amount=row.amount,
            winner_pitch_id=row.winner_pitch_id,
            position=row.position,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class JuryState:
    """What the results of one event are computed from."""

    pitches: tuple[PitchView, ...]  # running order
    juror_ids: tuple[int, ...]  # by invitation
    scorecards: tuple[rules.Scorecard, ...]

    @property
    def rule_pitches(self) -> tuple[rules.Pitch, ...]:
        # The rules name a pitch's project by one id; the pitch id is unique across the event's regions.
        return tuple(rules.Pitch(id=pitch.id, project_id=pitch.id) for pitch in self.pitches)

    def results(self, grid: tuple[ScoringCriterionView, ...]) -> rules.JuryResults | None:
        """Both rankings and the progress; None without a grid (an event of no method version)."""
        if not grid:
            return None
        return rules.jury_results(
            grid=rule_grid(grid), pitches=self.rule_pitches, juror_ids=self.juror_ids, scorecards=self.scorecards
        )

    def progress(self) -> rules.JuryProgress:
        return rules.jury_progress(pitches=self.rule_pitches, juror_ids=self.juror_ids, scorecards=self.scorecards)


def rule_grid(grid: Sequence[ScoringCriterionView]) -> rules.ScoringGrid:
    return rules.ScoringGrid(criteria=tuple(rules.Criterion(id=c.id, name=c.name, weight=c.weight) for c in grid))


def pitch_view(region: str, row: Pitch) -> PitchView:
    return PitchView(
        region=region,
        id=row.id,
        event_id=row.event_id,
        project_region=row.project_region,
        project_id=row.project_id,
        position=row.position,
    )


async def pitches_of(session: TenantSession, event_ids: Sequence[int]) -> dict[int, list[PitchView]]:
    """The running orders of these events (one statement)."""
    pitches: dict[int, list[PitchView]] = {event_id: [] for event_id in event_ids}
    rows = await session.scalars(
        select(Pitch).where(Pitch.event_id.in_(event_ids)).order_by(Pitch.event_id, Pitch.position, Pitch.id)
    )
    for row in rows:
        pitches[row.event_id].append(pitch_view(session.tenant_slug, row))
    return pitches


async def juror_ids_of(session: TenantSession, event_ids: Sequence[int]) -> dict[int, list[int]]:
    """The jurors of these events, by invitation (one statement)."""
    jurors: dict[int, list[int]] = {event_id: [] for event_id in event_ids}
    rows = await session.execute(
        select(Juror.event_id, Juror.user_id)
        .where(Juror.event_id.in_(event_ids))
        .order_by(Juror.event_id, Juror.invited_at, Juror.user_id)
    )
    for event_id, user_id in rows:
        jurors[event_id].append(user_id)
    return jurors


async def scorecards_of(
    session: TenantSession, pitch_ids: Sequence[int], *, juror_id: int | None = None
) -> list[rules.Scorecard]:
    """The scorecards of these pitches (of one juror if named), with their values: two statements."""
    statement = select(Scorecard).where(Scorecard.pitch_id.in_(pitch_ids))
    if juror_id is not None:
        statement = statement.where(Scorecard.juror_id == juror_id)
    cards = list(await session.scalars(statement.order_by(Scorecard.id)))
    values: dict[int, list[rules.CriterionScore]] = {card.id: [] for card in cards}
    if cards:
        rows = await session.execute(
            select(CriterionScore.scorecard_id, CriterionScore.criterion_id, CriterionScore.value).where(
                CriterionScore.scorecard_id.in_(values)
            )
        )
        for card_id, criterion_id, value in rows:
            values[card_id].append(rules.CriterionScore(criterion_id=criterion_id, value=Decimal(value)))
    return [
        rules.Scorecard(
            juror_id=card.juror_id,
            pitch_id=card.pitch_id,
            scores=tuple(sorted(values[card.id], key=lambda score: score.criterion_id)),
            abstained=card.abstained,
            comment=card.comment,
        )
        for card in cards
    ]


async def jury_states(session: TenantSession, event_ids: Sequence[int]) -> dict[int, JuryState]:
    """Running order, jury and scorecards of these events: four statements whatever their number."""
    pitches = await pitches_of(session, event_ids)
    jurors = await juror_ids_of(session, event_ids)
    pitch_ids = [pitch.id for event_pitches in pitches.values() for pitch in event_pitches]
    cards = await scorecards_of(session, pitch_ids) if pitch_ids else []
    event_of_pitch = {pitch.id: pitch.event_id for event_pitches in pitches.values() for pitch in event_pitches}
    by_event: dict[int, list[rules.Scorecard]] = {event_id: [] for event_id in event_ids}
    for card in cards:
        by_event[event_of_pitch[card.pitch_id]].append(card)
    return {
        event_id: JuryState(
            pitches=tuple(pitches[event_id]), juror_ids=tuple(jurors[event_id]), scorecards=tuple(by_event[event_id])
        )
        for event_id in event_ids
    }


async def prizes_of(session: TenantSession, event_ids: Sequence[int]) -> dict[int, list[PrizeView]]:
    prizes: dict[int, list[PrizeView]] = {event_id: [] for event_id in event_ids}
    rows = await session.scalars(
        select(Prize).where(Prize.event_id.in_(event_ids)).order_by(Prize.event_id, Prize.position, Prize.id)
    )
    for row in rows:
        prizes[row.event_id].append(PrizeView.of(session.tenant_slug, row))
    return prizes


async def grids_of(national: TenantSession, version_ids: Sequence[int]) -> dict[int, tuple[ScoringCriterionView, ...]]:
    return await scoring_grids_of(national, version_ids) if version_ids else {}
