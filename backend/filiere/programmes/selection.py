"""The selection grid: how the selection committee compares candidates before selecting or rejecting them.

Five criteria, each scored from 0 (absent) to 4 (excellent), a total out of 20. Each member of the
region's team scores on their own and rewrites only their own score; the committee's average total
orders the candidates on the review page. Scoring is confidential, like the notes: the region's staff
write it, the readers of the full record read it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from statistics import fmean

from sqlalchemy import select

from filiere.audit.service import record_change
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import Project, ProjectStatus, SelectionScore
from filiere.programmes.service import get_project, may_edit_project
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

CRITERIA = {
    "relocation_potential": "Potentiel de relocalisation (volumes, valeur des importations remplacées)",
    "feasibility": "Faisabilité technique et industrielle",
    "market": "Marché et clients identifiés",
    "team": "Équipe et capacité à porter le projet",
    "regional_impact": "Retombées régionales (emplois, filière, fournisseurs)",
}
MAX_POINTS = 4
COMMENT_MAX_LENGTH = 2000


@dataclass(frozen=True, kw_only=True)
class ScoreView:
    """One member's score."""

    scores: Mapping[str, int]
    total: int
    comment: str
    scored_at: datetime
    scored_by: str
    scored_by_subject: str | None

    @classmethod
    def of(cls, row: SelectionScore) -> ScoreView:
        return cls(
            scores=dict(row.scores),
            total=row.total,
            comment=row.comment,
            scored_at=row.scored_at,
            scored_by=row.scored_by_name,
            scored_by_subject=row.scored_by_subject,
        )


@dataclass(frozen=True, kw_only=True)
class Spread:
    """The committee's points on one criterion, or its totals."""

    average: float
    lowest: int
    highest: int

    @classmethod
    def of(cls, points: Sequence[int]) -> Spread:
        return cls(average=fmean(points), lowest=min(points), highest=max(points))


@dataclass(frozen=True, kw_only=True)
class CommitteeScores:
    """Every member's score of one candidate (at least one), in the order they first scored.

    The spread is the range (lowest and highest total) rather than a standard deviation: a committee of a
    few members reads « de 11 à 17 » at once and finds who stands apart in the table of scores, where a
    deviation over three or four scores says less and needs explaining.
    """

    scores: tuple[ScoreView, ...]

    @property
    def total(self) -> Spread:
        return Spread.of([score.total for score in self.scores])

    def criterion(self, key: str) -> Spread:
        return Spread.of([score.scores[key] for score in self.scores])

    def by(self, subject: str) -> ScoreView | None:
        return next((score for score in self.scores if score.scored_by_subject == subject), None)


async def score_candidate(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    scores: Sequence[tuple[str, int]],
    comment: str,
    request_id: str,
) -> ScoreView:
    """The caller's own score of a candidate on every criterion of the grid, given as (criterion key, points)
    pairs; a member who scored already rewrites their score, never another member's."""
    scorer = require_principal(principal)
    await get_project(uow, scorer, region, project_id)
    if not may_edit_project(scorer, region):
        raise ForbiddenError("Seule l'équipe de la région du projet note ses candidatures.")
    session = uow.region(region)
    project = await session.get(Project, project_id)
    assert project is not None
    if project.status is not ProjectStatus.CANDIDATE:
        raise InvalidInputError(
            "Seule une candidature (statut « candidat ») se note sur la grille de sélection.",
            field="projectId",
            code=ProjectErrorCode.ILLEGAL_TRANSITION,
        )
    given = _checked_scores(scores)
    if set(given) != set(CRITERIA):
        missing = [label for key, label in CRITERIA.items() if key not in given]
        raise InvalidInputError(
            "Notez chaque critère de la grille" + (f" (manque : {missing[0]})." if missing else "."),
            field="scores",
            code=CommonErrorCode.REQUIRED,
        )
    for key, value in given.items():
        if not 0 <= value <= MAX_POINTS:
            raise InvalidInputError(
                f"Chaque critère se note de 0 à {MAX_POINTS} (« {CRITERIA[key]} »).",
                field=f"scores.{key}",
                code=CommonErrorCode.OUT_OF_RANGE,
            )
    text = comment.strip()
    if len(text) > COMMENT_MAX_LENGTH:
        raise InvalidInputError(
            f"L'appréciation ne doit pas dépasser {COMMENT_MAX_LENGTH} caractères.",
            field="comment",
            code=CommonErrorCode.TOO_LONG,
        )
    row = await session.scalar(
        select(SelectionScore).where(
            SelectionScore.project_id == project_id, SelectionScore.scored_by_subject == scorer.subject
        )
    )
    before = {"scores": dict(row.scores), "total": row.total} if row else None
    if row is None:
        row = SelectionScore(project_id=project_id, scored_by_subject=scorer.subject)
        session.add(row)
    row.scores, row.total, row.comment = given, sum(given.values()), text
    row.scored_at, row.scored_by_name = datetime.now(UTC), scorer.display_name
    await session.flush()
    record_change(
        session,
        scorer,
        request_id=request_id,
        action="project.scored",
        entity_type="Project",
        entity_id=project_id,
        before=before,
        after={"scores": given, "total": row.total},
    )
    return ScoreView.of(row)


def _checked_scores(scores: Sequence[tuple[str, int]]) -> dict[str, int]:
    given: dict[str, int] = {}
    for key, points in scores:
        if key not in CRITERIA:
            raise InvalidInputError(
                f"« {key} » n'est pas un critère de la grille de sélection.",
                field="scores",
                code=ProjectErrorCode.UNKNOWN_CRITERION,
            )
        if key in given:
            raise InvalidInputError(
                f"Le critère « {CRITERIA[key]} » est noté deux fois.",
                field="scores",
                code=ProjectErrorCode.DUPLICATE_CRITERION,
            )
        given[key] = points
    return given


async def scores_by_project(session: TenantSession, project_ids: Sequence[int]) -> dict[int, CommitteeScores]:
    """The committee's scores of each of a region's projects that has some (one statement)."""
    rows = await session.scalars(
        select(SelectionScore).where(SelectionScore.project_id.in_(project_ids)).order_by(SelectionScore.id)
    )
    found: dict[int, list[ScoreView]] = defaultdict(list)
    for row in rows:
        found[row.project_id].append(ScoreView.of(row))
    return {key: CommitteeScores(scores=tuple(scores)) for key, scores in found.items()}
