"""The selection grid: its criteria, a candidacy's score (`Project.selectionScore`) and the scoring mutation."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes import selection
from filiere.programmes.loaders import ScoreByProjectLoader
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.project_fields import reveals
from filiere.programmes.selection import ScoreView
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


@strawberry.type(name="SelectionScore", description="Note d'une candidature sur la grille de sélection.")
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

    @strawberry.field
    def scored_at(self) -> datetime:
        return self.view.scored_at

    @strawberry.field
    def scored_by(self) -> str:
        return self.view.scored_by


@strawberry.type
class ProjectSelectionFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Note sur la grille de sélection (confidentiel) ; null si pas notée ou fiche résumée."
    )
    async def selection_score(self, info: Info) -> SelectionScoreType | None:
        if not reveals(info, self.view, "selectionScore"):
            return None
        card = self.view.card
        score = await info.context.loaders.get(ScoreByProjectLoader, card.region).load(card.id)
        return SelectionScoreType(view=score) if score else None


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


@strawberry.input(description="Noter une candidature de sa région sur la grille de sélection.")
class ScoreCandidateInput:
    project_id: strawberry.ID
    scores: list[CriterionScoreInput]
    comment: str = ""


@strawberry.type
class ScoreCandidateSuccess:
    score: SelectionScoreType


ScoreCandidatePayload = PROJECT_ERRORS.payload("ScoreCandidatePayload", ScoreCandidateSuccess)


@strawberry.type
class SelectionMutation:
    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Note une candidature sur la grille de sélection ; tracé dans l'audit.",
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
        return ScoreCandidateSuccess(score=SelectionScoreType(view=view))
