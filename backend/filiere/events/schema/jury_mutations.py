"""The organisers' running order, jury, lock and publication, and prizes; the jurors' scorecards."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.events import jury, prizes
from filiere.events import jury_results as rules
from filiere.events.prizes import PrizeInput
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.event_type import EventType
from filiere.events.schema.jury_types import PitchType, PrizeType, ScorecardType
from filiere.events.service import EventView, load_event
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import GlobalId, decode_id
from filiere.settings import NATIONAL_SLUG

EXPECTED_VERSION = "Version de l'événement lue ; refusé s'il a changé depuis."


def _event_id(value: strawberry.ID) -> GlobalId:
    return decode_id(value, expected_type="Event")


def _same_region(value: strawberry.ID | None, expected_type: str, region: str, field: str) -> int | None:
    if value is None:
        return None
    found = decode_id(value, expected_type=expected_type)
    if found.tenant != region:
        raise NotFoundError(field=field)
    return found.int_key


def _national(value: strawberry.ID, expected_type: str, field: str) -> int:
    found = decode_id(value, expected_type=expected_type)
    if found.tenant != NATIONAL_SLUG:
        raise NotFoundError(field=field)
    return found.int_key


async def _event(info: Info, view: EventView) -> EventType:
    fresh = await load_event(info.context.uow, view.region, view.id)
    return EventType(view=fresh or view)


@strawberry.input(description="Ajouter un projet accéléré d'une région organisatrice à l'ordre de passage.")
class AddPitchInput:
    event_id: strawberry.ID
    project_id: strawberry.ID


@strawberry.input
class RemovePitchInput:
    pitch_id: strawberry.ID


@strawberry.input(description="L'ordre de passage entier : chaque pitch de l'événement, une fois.")
class ReorderPitchesInput:
    event_id: strawberry.ID
    pitch_ids: list[strawberry.ID]
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)


@strawberry.input(description="Inviter un compte de juré au jury de l'événement.")
class JurorInput:
    event_id: strawberry.ID
    user_id: strawberry.ID


@strawberry.input
class JuryResultsInput:
    event_id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)


@strawberry.input(name="JuryScoreInput")
class CriterionScoreInput:
    criterion_id: strawberry.ID
    value: float = strawberry.field(description="De 0 à 10, au dixième près.")


@strawberry.input(description="La fiche d'un juré pour un pitch : une note par critère, ou une abstention.")
class ScorePitchInput:
    pitch_id: strawberry.ID
    scores: list[CriterionScoreInput] = strawberry.field(default_factory=list)
    comment: str = ""
    abstain: bool = strawberry.field(default=False, description="Conflit d'intérêts : définitif, sans note.")


@strawberry.input(description="Un prix remis par un partenaire ; lauréat facultatif (pitchId).")
class AwardPrizeInput:
    event_id: strawberry.ID
    name: str
    organisation_id: strawberry.ID | None = None
    nature: str = ""
    amount: int | None = strawberry.field(default=None, description="En euros entiers.")
    pitch_id: strawberry.ID | None = strawberry.field(default=None, description="Le pitch lauréat.")


@strawberry.input
class UpdatePrizeInput:
    id: strawberry.ID
    expected_version: int
    name: str
    organisation_id: strawberry.ID | None = None
    nature: str = ""
    amount: int | None = None
    pitch_id: strawberry.ID | None = None


@strawberry.input
class DeletePrizeInput:
    id: strawberry.ID
    expected_version: int


@strawberry.type
class EventJurySuccess:
    event: EventType


@strawberry.type
class PitchSuccess:
    pitch: PitchType
    event: EventType


@strawberry.type
class ScorePitchSuccess:
    scorecard: ScorecardType
    event: EventType


@strawberry.type
class PrizeSuccess:
    prize: PrizeType
    event: EventType


EventJuryPayload = EVENT_ERRORS.payload("EventJuryPayload", EventJurySuccess)
PitchPayload = EVENT_ERRORS.payload("PitchPayload", PitchSuccess)
ScorePitchPayload = EVENT_ERRORS.payload("ScorePitchPayload", ScorePitchSuccess)
PrizePayload = EVENT_ERRORS.payload("PrizePayload", PrizeSuccess)


def _prize_input(region: str, given: AwardPrizeInput | UpdatePrizeInput) -> PrizeInput:
    """The prize's fields, the same in both inputs; its organisation national, its winner in the event's region."""
    organisation_id = given.organisation_id
    return PrizeInput(
        name=given.name,
        organisation_id=None
        if organisation_id is None
        else _national(organisation_id, "Organisation", "organisationId"),
        nature=given.nature,
        amount=given.amount,
        winner_pitch_id=_same_region(given.pitch_id, "EventPitch", region, "pitchId"),
    )


@strawberry.type
class EventJuryMutation:
    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Ajoute un projet accéléré (de la région hôte ou d'une région co-organisatrice) à la fin de "
        "l'ordre de passage ; refusé une fois les résultats verrouillés ; tracé.",
    )
    async def add_pitch(self, info: Info, input: AddPitchInput) -> PitchPayload:  # noqa: A002
        event = _event_id(input.event_id)
        project = decode_id(input.project_id, expected_type="Project")
        pitch = await jury.add_pitch(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            project_region=project.tenant,
            project_id=project.int_key,
            request_id=info.context.request_id,
        )
        view = await load_event(info.context.uow, event.tenant, event.int_key)
        assert view is not None
        return PitchSuccess(pitch=PitchType(view=pitch, duration=view.pitch_seconds), event=EventType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Retire un pitch de l'ordre de passage ; tracé.")
    async def remove_pitch(self, info: Info, input: RemovePitchInput) -> EventJuryPayload:  # noqa: A002
        pitch = decode_id(input.pitch_id, expected_type="EventPitch")
        view = await jury.remove_pitch(
            info.context.uow,
            info.context.principal,
            region=pitch.tenant,
            pitch_id=pitch.int_key,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=await _event(info, view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Fixe l'ordre de passage entier (chaque pitch de l'événement une fois) ; la version de "
        "l'événement change ; tracé.",
    )
    async def reorder_pitches(self, info: Info, input: ReorderPitchesInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        pitch_ids = [_same_region(value, "EventPitch", event.tenant, "pitchIds") for value in input.pitch_ids]
        view = await jury.reorder_pitches(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            pitch_ids=[pitch_id for pitch_id in pitch_ids if pitch_id is not None],
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=EventType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Invite un compte de juré ouvert au jury de l'événement ; tracé.",
    )
    async def invite_juror(self, info: Info, input: JurorInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        view = await jury.invite_juror(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            user_id=_national(input.user_id, "User", "userId"),
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=await _event(info, view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Retire un juré du jury (ses fiches ne comptent plus) ; tracé.",
    )
    async def remove_juror(self, info: Info, input: JurorInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        view = await jury.remove_juror(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            user_id=_national(input.user_id, "User", "userId"),
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=await _event(info, view))

    @mutation(
        requires=Action.SCORE_PITCH,
        description="Enregistre la fiche de l'appelant pour un pitch de l'événement dont il est juré (notes de "
        "0 à 10 au dixième, ou abstention définitive) ; refusé une fois les résultats verrouillés ; tracé.",
    )
    async def score_pitch(self, info: Info, input: ScorePitchInput) -> ScorePitchPayload:  # noqa: A002
        pitch = decode_id(input.pitch_id, expected_type="EventPitch")
        scores = tuple(
            rules.CriterionScore(
                criterion_id=_national(score.criterion_id, "ScoringCriterion", f"scores.{index}.criterionId"),
                value=Decimal(str(score.value)),
            )
            for index, score in enumerate(input.scores)
        )
        event, card = await jury.score_pitch(
            info.context.uow,
            info.context.principal,
            region=pitch.tenant,
            pitch_id=pitch.int_key,
            card=rules.Scorecard(
                juror_id=0, pitch_id=pitch.int_key, scores=scores, abstained=input.abstain, comment=input.comment
            ),
            request_id=info.context.request_id,
        )
        return ScorePitchSuccess(scorecard=ScorecardType(card=card, region=event.region), event=EventType(view=event))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Verrouille les résultats du jury : plus aucune note, aucun pitch ni juré ne change ; tracé.",
    )
    async def lock_jury_results(self, info: Info, input: JuryResultsInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        view = await jury.lock_results(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=EventType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Déverrouille les résultats, tant qu'ils ne sont pas publiés ; tracé.",
    )
    async def unlock_jury_results(self, info: Info, input: JuryResultsInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        view = await jury.unlock_results(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=EventType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Publie les résultats verrouillés (définitif) : les lecteurs de l'événement les voient, et "
        "chaque projet ses prix et son rang ; tracé.",
    )
    async def publish_event_results(self, info: Info, input: JuryResultsInput) -> EventJuryPayload:  # noqa: A002
        event = _event_id(input.event_id)
        view = await jury.publish_results(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=EventType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Ajoute un prix remis par un partenaire ; tracé.")
    async def award_prize(self, info: Info, input: AwardPrizeInput) -> PrizePayload:  # noqa: A002
        event = _event_id(input.event_id)
        prize = await prizes.award_prize(
            info.context.uow,
            info.context.principal,
            region=event.tenant,
            event_id=event.int_key,
            data=_prize_input(event.tenant, input),
            request_id=info.context.request_id,
        )
        view = await load_event(info.context.uow, event.tenant, event.int_key)
        assert view is not None
        return PrizeSuccess(prize=PrizeType(view=prize), event=EventType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Modifie un prix ; tracé.")
    async def update_prize(self, info: Info, input: UpdatePrizeInput) -> PrizePayload:  # noqa: A002
        target = decode_id(input.id, expected_type="EventPrize")
        prize = await prizes.update_prize(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            prize_id=target.int_key,
            expected_version=input.expected_version,
            data=_prize_input(target.tenant, input),
            request_id=info.context.request_id,
        )
        view = await load_event(info.context.uow, target.tenant, prize.event_id)
        assert view is not None
        return PrizeSuccess(prize=PrizeType(view=prize), event=EventType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Supprime un prix ; tracé.")
    async def delete_prize(self, info: Info, input: DeletePrizeInput) -> EventJuryPayload:  # noqa: A002
        target = decode_id(input.id, expected_type="EventPrize")
        view = await prizes.delete_prize(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            prize_id=target.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventJurySuccess(event=await _event(info, view))
