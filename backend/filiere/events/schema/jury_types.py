"""GraphQL types of the pitches, the jury's grid, scorecards, progress and results, and the prizes."""

from __future__ import annotations

from fractions import Fraction

import strawberry

from filiere.accounts.schema import UserType, user_by_id
from filiere.events import jury_results as rules
from filiere.events.jury_state import PitchView, PrizeView
from filiere.events.loaders import PitchProjectByIdLoader
from filiere.graphql.hub_refs import ProjectRef, project_node
from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.methodology.service import ScoringCriterionView
from filiere.partners.loaders import OrganisationByIdLoader
from filiere.partners.schema import OrganisationType
from filiere.settings import NATIONAL_SLUG

SCORE_DIGITS = 2


def score_of(value: Fraction | None) -> float | None:
    """A score out of 10, rounded to 2 decimals for display (ranks come from the exact value)."""
    return None if value is None else round(float(value), SCORE_DIGITS)


async def pitch_project(info: Info, pitch: PitchView) -> ProjectRef | None:
    """The pitching project's summary card, for a reader the event let see the running order."""
    view = await info.context.loaders.get(PitchProjectByIdLoader, pitch.project_region).load(pitch.project_id)
    return None if view is None else project_node(info, view)


@strawberry.type(name="Pitch", description="Passage d'un projet dans l'ordre des pitchs.")
class PitchType:
    view: strawberry.Private[PitchView]
    duration: strawberry.Private[int]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EventPitch", self.view.region, self.view.id))

    @strawberry.field(description="Rang dans l'ordre de passage, à partir de 1.")
    def order(self) -> int:
        return self.view.position

    @strawberry.field(description="Durée du pitch, en secondes (celle de l'événement).")
    def duration_seconds(self) -> int:
        return self.duration

    @strawberry.field(description="Le projet (sa fiche résumée) ; null si la base de sa région ne répond pas.")
    async def project(self, info: Info) -> ProjectRef | None:
        return await pitch_project(info, self.view)


@strawberry.type(name="ScoringCriterion", description="Critère de la grille de notation du jury (nationale).")
class ScoringCriterionType:
    view: strawberry.Private[ScoringCriterionView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ScoringCriterion", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Poids relatif aux autres critères.")
    def weight(self) -> int:
        return self.view.weight

    @strawberry.field
    def description(self) -> str:
        return self.view.description


@strawberry.type(name="ScoringGrid", description="Grille de notation de la version de méthode de l'événement.")
class ScoringGridType:
    criteria: list[ScoringCriterionType]

    @strawberry.field(description="Note la plus basse et la plus haute d'un critère ; pas d'un dixième.")
    def min_value(self) -> int:
        return rules.MIN_VALUE

    @strawberry.field
    def max_value(self) -> int:
        return rules.MAX_VALUE


@strawberry.type(name="JuryScore")
class CriterionScoreType:
    criterion_id: strawberry.ID
    value: float


@strawberry.type(name="Scorecard", description="La fiche de notation d'un juré pour un pitch.")
class ScorecardType:
    card: strawberry.Private[rules.Scorecard]
    region: strawberry.Private[str]

    @strawberry.field
    def pitch(self) -> PitchRef:
        return PitchRef(id=strawberry.ID(encode_id("EventPitch", self.region, self.card.pitch_id)))

    @strawberry.field(description="Conflit d'intérêts déclaré : le juré ne note pas ce projet (définitif).")
    def abstained(self) -> bool:
        return self.card.abstained

    @strawberry.field
    def comment(self) -> str:
        return self.card.comment

    @strawberry.field
    def scores(self) -> list[CriterionScoreType]:
        return [
            CriterionScoreType(
                criterion_id=strawberry.ID(encode_id("ScoringCriterion", NATIONAL_SLUG, score.criterion_id)),
                value=float(score.value),
            )
            for score in self.card.scores
        ]


@strawberry.type(name="PitchRef", description="Un pitch, nommé par son identifiant.")
class PitchRef:
    id: strawberry.ID


@strawberry.type(name="JurorProgress")
class JurorProgressType:
    progress: strawberry.Private[rules.JurorProgress]

    @strawberry.field
    async def user(self, info: Info) -> UserType | None:
        return await user_by_id(info, self.progress.juror_id)

    @strawberry.field(description="Pitchs notés.")
    def scored(self) -> int:
        return self.progress.scored

    @strawberry.field(description="Pitchs pour lesquels le juré s'est déclaré en conflit d'intérêts.")
    def abstained(self) -> int:
        return self.progress.abstained

    @strawberry.field(description="Pitchs qu'il reste à noter.")
    def missing(self) -> int:
        return len(self.progress.waiting_pitch_ids)


@strawberry.type(name="PitchProgress")
class PitchProgressType:
    progress: strawberry.Private[rules.PitchProgress]
    region: strawberry.Private[str]

    @strawberry.field
    def pitch(self) -> PitchRef:
        return PitchRef(id=strawberry.ID(encode_id("EventPitch", self.region, self.progress.pitch_id)))

    @strawberry.field
    def scored(self) -> int:
        return self.progress.scored

    @strawberry.field
    def abstained(self) -> int:
        return self.progress.abstained

    @strawberry.field(description="Jurés qui ne l'ont pas encore noté.")
    def missing(self) -> int:
        return len(self.progress.waiting_juror_ids)


@strawberry.type(name="JuryProgress", description="Avancement de la notation (à relire régulièrement).")
class JuryProgressType:
    jurors: list[JurorProgressType]
    pitches: list[PitchProgressType]
    complete: bool = strawberry.field(description="Chaque juré a noté chaque pitch, ou s'est abstenu.")


@strawberry.type(name="Juror", description="Membre du jury d'un événement.")
class JurorType:
    user_id: strawberry.Private[int]
    scored_count: int = strawberry.field(description="Pitchs notés ou abstentions déclarées.")

    @strawberry.field
    async def user(self, info: Info) -> UserType | None:
        return await user_by_id(info, self.user_id)


@strawberry.type(name="CriterionMean")
class CriterionMeanType:
    view: strawberry.Private[ScoringCriterionView]
    mean: float = strawberry.field(description="Moyenne des notes du critère, sur 10, à 2 décimales.")

    @strawberry.field
    def criterion(self) -> ScoringCriterionType:
        return ScoringCriterionType(view=self.view)


@strawberry.type(name="RankedProject", description="Un projet dans un classement du jury.")
class RankedProjectType:
    result: strawberry.Private[rules.ProjectResult]
    pitch_view: strawberry.Private[PitchView]
    grid: strawberry.Private[tuple[ScoringCriterionView, ...]]
    normalised: strawberry.Private[bool]

    @strawberry.field(description="Rang dans ce classement (ex aequo : même rang, le suivant saute).")
    def rank(self) -> int | None:
        return self.result.normalised_rank if self.normalised else self.result.rank

    @strawberry.field
    def pitch(self) -> PitchRef:
        return PitchRef(id=strawberry.ID(encode_id("EventPitch", self.pitch_view.region, self.pitch_view.id)))

    @strawberry.field
    async def project(self, info: Info) -> ProjectRef | None:
        return await pitch_project(info, self.pitch_view)

    @strawberry.field(description="Note pondérée sur 10 (moyenne des jurés qui l'ont noté), à 2 décimales.")
    def score(self) -> float | None:
        return score_of(self.result.score)

    @strawberry.field(description="Note normalisée (moyenne des écarts réduits de chaque juré), à 3 décimales.")
    def normalised_score(self) -> float | None:
        return None if self.result.normalised_score is None else round(self.result.normalised_score, 3)

    @strawberry.field(description="Jurés dont la note compte.")
    def jurors_counted(self) -> int:
        return self.result.jurors_counted

    @strawberry.field
    def abstentions(self) -> int:
        return self.result.abstentions

    @strawberry.field
    def criteria(self) -> list[CriterionMeanType]:
        by_id = {criterion.id: criterion for criterion in self.grid}
        return [
            CriterionMeanType(view=by_id[mean.criterion_id], mean=round(float(mean.mean), SCORE_DIGITS))
            for mean in self.result.criterion_means
        ]


@strawberry.type(name="UnrankedProject")
class UnrankedProjectType:
    result: strawberry.Private[rules.ProjectResult]
    pitch_view: strawberry.Private[PitchView]

    @strawberry.field
    async def project(self, info: Info) -> ProjectRef | None:
        return await pitch_project(info, self.pitch_view)

    @strawberry.field(description="Pourquoi le projet n'est pas classé.")
    def reason(self) -> str:
        assert self.result.unranked_reason is not None
        return self.result.unranked_reason.message


RESULTS_RULE = (
    "Note d'un juré : moyenne de ses notes pondérée par les poids de la grille. Note pondérée d'un projet : "
    "moyenne des notes des jurés qui l'ont noté (une abstention pour conflit d'intérêts ou une note manquante ne "
    "compte pas). Note normalisée : chaque juré est centré et réduit sur les projets qu'il a notés, ce qui efface "
    "les jurés indulgents ou sévères. Ex aequo : départagés par la moyenne des critères, du plus lourd au plus "
    "léger ; sinon même rang, et le rang suivant est sauté (1, 2, 2, 4). Un projet que personne n'a noté n'est "
    "pas classé."
)


@strawberry.type(name="JuryResults", description="Les deux classements du jury, pour les organisateurs.")
class JuryResultsType:
    weighted: list[RankedProjectType]
    normalised: list[RankedProjectType]
    unranked: list[UnrankedProjectType]
    rankings_differ: bool = strawberry.field(description="Les deux classements ne donnent pas les mêmes rangs.")
    rule: str = strawberry.field(description="La règle de calcul, en français, à afficher avec les résultats.")


@strawberry.type(name="Prize", description="Prix remis par un partenaire lors de l'événement.")
class PrizeType:
    view: strawberry.Private[PrizeView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EventPrize", self.view.region, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Nature du prix : « 6 mois d'accompagnement »…")
    def nature(self) -> str:
        return self.view.nature

    @strawberry.field(description="Montant en euros, le cas échéant.")
    def amount(self) -> int | None:
        return self.view.amount

    @strawberry.field
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="Le partenaire qui remet le prix.")
    async def organisation(self, info: Info) -> OrganisationType | None:
        if self.view.organisation_id is None:
            return None
        view = await info.context.loaders.get(OrganisationByIdLoader).load(self.view.organisation_id)
        return None if view is None else OrganisationType(view=view)

    @strawberry.field(description="Le pitch lauréat.")
    def winner(self) -> PitchRef | None:
        if self.view.winner_pitch_id is None:
            return None
        return PitchRef(id=strawberry.ID(encode_id("EventPitch", self.view.region, self.view.winner_pitch_id)))


@strawberry.type(name="EventResult", description="Résultat publié d'un projet à un événement.")
class EventResultType:
    result: strawberry.Private[rules.ProjectResult]
    pitch_view: strawberry.Private[PitchView]
    prize_views: strawberry.Private[tuple[PrizeView, ...]]

    @strawberry.field(description="Rang au classement pondéré ; null si le projet n'est pas classé.")
    def rank(self) -> int | None:
        return self.result.rank

    @strawberry.field(description="Note pondérée sur 10, à 2 décimales.")
    def score(self) -> float | None:
        return score_of(self.result.score)

    @strawberry.field
    async def project(self, info: Info) -> ProjectRef | None:
        return await pitch_project(info, self.pitch_view)

    @strawberry.field
    def prizes(self) -> list[PrizeType]:
        return [PrizeType(view=prize) for prize in self.prize_views]
