"""The selection grid: its criteria, the committee's scores of a candidacy (`Project.selectionReview`) and the
scoring mutation (each member writes their own score)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, load_project
from filiere.graphql.mutations import mutation
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes import selection
from filiere.programmes.loaders import ScoresByProjectLoader
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.project_fields import reveals
from filiere.programmes.selection import CommitteeScores, ScoreView, Spread
from filiere.programmes.views import ProjectView


@strawberry.type(name="SelectionCriterion", description="Critère de la grille de sélection des candidatures.")
class SelectionCriterionType:
    key: str
    label: str
    max_points: int


@strawberry.type(description="Note d'un critère.")
class CriterionScore:
    criterion: str
    points: int


@strawberry.type(name="SelectionScore", description="La note d'un membre du comité sur la grille de sélection.")
class SelectionScoreType:
    view: strawberry.Private[ScoreView]

    @strawberry.field
    def scores(self) -> list[CriterionScore]:
        return [CriterionScore(criterion=key, points=self.view.scores[key]) for key in selection.CRITERIA]

    @strawberry.field(description="Total sur 20.")
    def total(self) -> int:
        return self.view.total

    @strawberry.field
    def comment(self) -> str:
        return self.view.comment

    @strawberry.field(description="Dernière écriture de cette note.")
    def scored_at(self) -> datetime:
        return self.view.scored_at

    @strawberry.field(description="Le membre qui a noté.")
    def scored_by(self) -> str:
        return self.view.scored_by

    @strawberry.field(description="Vrai pour la note de l'utilisateur connecté.")
    def by_viewer(self, info: Info) -> bool:
        principal = info.context.principal
        return principal is not None and self.view.scored_by_subject == principal.subject


@strawberry.type(description="Moyenne et écart des notes du comité sur un critère de la grille.")
class CriterionSpread:
    criterion: str
    average: float
    lowest: int
    highest: int


@strawberry.type(name="SelectionReview", description="Les notes du comité de sélection sur une candidature.")
class SelectionReviewType:
    committee: strawberry.Private[CommitteeScores]

    @strawberry.field(description="Nombre de membres qui ont noté.")
    def count(self) -> int:
        return len(self.committee.scores)

    @strawberry.field(description="Moyenne des totaux, sur 20 : l'ordre de la revue des candidatures.")
    def average(self) -> float:
        return self.committee.total.average

    @strawberry.field(description="Le plus bas des totaux (l'écart va de lowest à highest).")
    def lowest(self) -> int:
        return self.committee.total.lowest

    @strawberry.field(description="Le plus haut des totaux.")
    def highest(self) -> int:
        return self.committee.total.highest

    @strawberry.field(description="Moyenne et écart de chaque critère, dans l'ordre de la grille.")
    def criteria(self) -> list[CriterionSpread]:
        return [_criterion(key, self.committee.criterion(key)) for key in selection.CRITERIA]

    @strawberry.field(description="Qui a noté quoi, dans l'ordre des premières notes.")
    def scores(self) -> list[SelectionScoreType]:
        return [SelectionScoreType(view=score) for score in self.committee.scores]

    @strawberry.field(description="La note de l'utilisateur connecté ; null s'il n'a pas noté.")
    def viewer_score(self, info: Info) -> SelectionScoreType | None:
        principal = info.context.principal
        mine = self.committee.by(principal.subject) if principal else None
        return SelectionScoreType(view=mine) if mine else None


def _criterion(key: str, spread: Spread) -> CriterionSpread:
    return CriterionSpread(criterion=key, average=spread.average, lowest=spread.lowest, highest=spread.highest)


@strawberry.type
class ProjectSelectionFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Les notes du comité de sélection (confidentiel) ; null si personne n'a noté ou fiche résumée."
    )
    async def selection_review(self, info: Info) -> SelectionReviewType | None:
        if not reveals(info, self.view, "selectionReview"):
            return None
        card = self.view.card
        committee = await info.context.loaders.get(ScoresByProjectLoader, card.region).load(card.id)
        return SelectionReviewType(committee=committee) if committee else None


@strawberry.type
class SelectionQuery:
    # The grid is the programme's published method, not data of any region or person.
    @query(requires=PUBLIC, description="Les critères de la grille de sélection, dans l'ordre.")
    def selection_criteria(self) -> list[SelectionCriterionType]:
        return [
            SelectionCriterionType(key=key, label=label, max_points=selection.MAX_POINTS)
            for key, label in selection.CRITERIA.items()
        ]


@strawberry.input(description="Note d'un critère de la grille.")
class CriterionScoreInput:
    criterion: str
    points: int


@strawberry.input(
    description="Noter une candidature de sa région sur la grille de sélection : sa propre note, réécrite si déjà "
    "donnée."
)
class ScoreCandidateInput:
    project_id: strawberry.ID
    scores: list[CriterionScoreInput]
    comment: str = ""


@strawberry.type
class ScoreCandidateSuccess:
    score: SelectionScoreType = strawberry.field(description="La note de l'utilisateur connecté.")
    project: ProjectRef | None = strawberry.field(description="Le projet, avec les notes du comité à jour.")


ScoreCandidatePayload = PROJECT_ERRORS.payload("ScoreCandidatePayload", ScoreCandidateSuccess)


@strawberry.type
class SelectionMutation:
    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Donne ou réécrit sa note d'une candidature sur la grille de sélection ; tracé dans l'audit.",
    )
    async def score_candidate(self, info: Info, input: ScoreCandidateInput) -> ScoreCandidatePayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await selection.score_candidate(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            scores=[(item.criterion, item.points) for item in input.scores],
            comment=input.comment,
            request_id=info.context.request_id,
        )
        return ScoreCandidateSuccess(
            score=SelectionScoreType(view=view), project=await load_project(info, target.tenant, target.int_key)
        )
