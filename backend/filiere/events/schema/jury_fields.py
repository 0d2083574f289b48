"""What the pitches, the jury and the prizes add to `Event`.

- `pitches`, `scoringGrid`: the event's readers, its organisers and its own jurors (`jury.may_see_running_order`).
- `myScorecards`: the caller's own cards, for a juror of the event.
- `jurors`, `juryProgress`, `juryResults`: the organisers, at any time (polled while the jury scores).
- `results`, `prizes`: the organisers at any time; the event's readers once the results are published.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.schema import UserType
from filiere.auth.policy import Action, may_attempt
from filiere.events import jury
from filiere.events.jury_state import JuryState, PitchView
from filiere.events.loaders import (
    CallerJurorIdByEventLoader,
    JuryStateByEventLoader,
    PrizesByEventLoader,
    ScoringGridByMethodVersionLoader,
)
from filiere.events.schema.jury_types import (
    RESULTS_RULE,
    EventResultType,
    JurorProgressType,
    JurorType,
    JuryProgressType,
    JuryResultsType,
    PitchProgressType,
    PitchType,
    PrizeType,
    RankedProjectType,
    ScorecardType,
    ScoringCriterionType,
    ScoringGridType,
    UnrankedProjectType,
)
from filiere.events.service import EventView
from filiere.graphql.types import Info
from filiere.methodology.service import ScoringCriterionView


async def _caller_juror_id(info: Info, event: EventView) -> int | None:
    """The caller's account id if they sit on this event's jury (asked only of those who may ever score)."""
    if not may_attempt(info.context.principal, Action.SCORE_PITCH):
        return None
    return await info.context.loaders.get(CallerJurorIdByEventLoader, event.region).load(event.id)


async def _sees_running_order(info: Info, event: EventView) -> bool:
    principal = info.context.principal
    if jury.may_see_running_order(principal, event, invited=False):
        return True
    return jury.may_see_running_order(principal, event, invited=await _caller_juror_id(info, event) is not None)


async def _state(info: Info, event: EventView) -> JuryState:
    return await info.context.loaders.get(JuryStateByEventLoader, event.region).load(event.id)


async def _grid(info: Info, event: EventView) -> tuple[ScoringCriterionView, ...]:
    if event.method_version_id is None:
        return ()
    return await info.context.loaders.get(ScoringGridByMethodVersionLoader).load(event.method_version_id)


@strawberry.type
class EventJuryFields:
    view: strawberry.Private[EventView]

    @strawberry.field(description="Ordre de passage des pitchs ; vide pour qui ne peut pas le voir.")
    async def pitches(self, info: Info) -> list[PitchType]:
        if not await _sees_running_order(info, self.view):
            return []
        state = await _state(info, self.view)
        return [PitchType(view=pitch, duration=self.view.pitch_seconds) for pitch in state.pitches]

    @strawberry.field(description="Grille de notation du jury (celle de la version de méthode de l'événement).")
    async def scoring_grid(self, info: Info) -> ScoringGridType | None:
        if not await _sees_running_order(info, self.view):
            return None
        grid = await _grid(info, self.view)
        return ScoringGridType(criteria=[ScoringCriterionType(view=criterion) for criterion in grid]) if grid else None

    @strawberry.field(description="Résultats verrouillés : plus aucune note ni aucun pitch ne change.")
    def results_locked_at(self) -> datetime | None:
        return self.view.results_locked_at

    @strawberry.field(description="Résultats publiés : visibles des lecteurs de l'événement et sur les projets.")
    def results_published_at(self) -> datetime | None:
        return self.view.results_published_at

    @strawberry.field(description="Peut organiser l'événement (pitchs, jury, prix).")
    def viewer_can_manage(self, info: Info) -> bool:
        return jury.may_manage(info.context.principal, self.view)

    @strawberry.field(description="Les fiches de notation de l'appelant, juré de l'événement ; vide sinon.")
    async def my_scorecards(self, info: Info) -> list[ScorecardType]:
        juror_id = await _caller_juror_id(info, self.view)
        if juror_id is None:
            return []
        state = await _state(info, self.view)
        pitch_ids = {pitch.id for pitch in state.pitches}
        return [
            ScorecardType(card=card, region=self.view.region)
            for card in state.scorecards
            if card.juror_id == juror_id and card.pitch_id in pitch_ids
        ]

    @strawberry.field(description="Le jury, pour les organisateurs ; vide sinon.")
    async def jurors(self, info: Info) -> list[JurorType]:
        if not jury.may_manage(info.context.principal, self.view):
            return []
        progress = (await _state(info, self.view)).progress()
        return [
            JurorType(user_id=juror.juror_id, scored_count=juror.scored + juror.abstained) for juror in progress.jurors
        ]

    @strawberry.field(description="Comptes de juré ouverts qu'un organisateur peut inviter ; vide sinon.")
    async def juror_candidates(self, info: Info) -> list[UserType]:
        people = await jury.juror_candidates(info.context.uow, info.context.principal, self.view)
        return [UserType(view=person) for person in people]

    @strawberry.field(description="Avancement de la notation, pour les organisateurs ; null sinon.")
    async def jury_progress(self, info: Info) -> JuryProgressType | None:
        if not jury.may_manage(info.context.principal, self.view):
            return None
        progress = (await _state(info, self.view)).progress()
        return JuryProgressType(
            jurors=[JurorProgressType(progress=juror) for juror in progress.jurors],
            pitches=[PitchProgressType(progress=pitch, region=self.view.region) for pitch in progress.pitches],
            complete=progress.complete,
        )

    @strawberry.field(description="Les deux classements, à tout moment, pour les organisateurs ; null sinon.")
    async def jury_results(self, info: Info) -> JuryResultsType | None:
        if not jury.may_manage(info.context.principal, self.view):
            return None
        state, grid = await _state(info, self.view), await _grid(info, self.view)
        results = state.results(grid)
        if results is None:
            return None
        pitches = {pitch.id: pitch for pitch in state.pitches}

        def ranked(normalised: bool) -> list[RankedProjectType]:
            ranking = results.normalised_ranking if normalised else results.ranking
            return [
                RankedProjectType(result=result, pitch_view=pitches[result.pitch_id], grid=grid, normalised=normalised)
                for result in ranking
                if result.rank is not None
            ]

        return JuryResultsType(
            weighted=ranked(normalised=False),
            normalised=ranked(normalised=True),
            unranked=[
                UnrankedProjectType(result=result, pitch_view=pitches[result.pitch_id])
                for result in results.ranking
                if result.rank is None
            ],
            rankings_differ=results.rankings_differ,
            rule=RESULTS_RULE,
        )

    @strawberry.field(
        description="Résultats publiés, par rang du classement pondéré ; vide avant la publication (les "
        "organisateurs suivent `juryResults`)."
    )
    async def results(self, info: Info) -> list[EventResultType]:
        if self.view.results_published_at is None or not jury.may_see_results(info.context.principal, self.view):
            return []
        state, grid = await _state(info, self.view), await _grid(info, self.view)
        results = state.results(grid)
        if results is None:
            return []
        prizes = await info.context.loaders.get(PrizesByEventLoader, self.view.region).load(self.view.id)
        pitches: dict[int, PitchView] = {pitch.id: pitch for pitch in state.pitches}
        return [
            EventResultType(
                result=result,
                pitch_view=pitches[result.pitch_id],
                prize_views=tuple(prize for prize in prizes if prize.winner_pitch_id == result.pitch_id),
            )
            for result in results.ranking
        ]

    @strawberry.field(description="Prix : les organisateurs à tout moment, les lecteurs une fois publiés.")
    async def prizes(self, info: Info) -> list[PrizeType]:
        if not jury.may_see_results(info.context.principal, self.view):
            return []
        prizes = await info.context.loaders.get(PrizesByEventLoader, self.view.region).load(self.view.id)
        return [PrizeType(view=prize) for prize in prizes]
