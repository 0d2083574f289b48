"""The selection grid: how advisers compare candidates before selecting or rejecting them.

Five criteria, each scored from 0 (absent) to 4 (excellent); the total (out of 20) orders the
candidates on the review page. Scoring is confidential, like the notes: the region's staff write it,
the readers of the full record read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

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
    scores: Mapping[str, int]
    total: int
    comment: str
    scored_at: datetime
    scored_by: str

    @classmethod
    def of(cls, row: SelectionScore) -> ScoreView:
        return cls(
            scores=dict(row.scores),
            total=row.total,
            comment=row.comment,
            scored_at=row.scored_at,
            scored_by=row.scored_by_name,
        )


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
    """Score a candidate on every criterion of the grid, given as (criterion key, points) pairs."""
    scorer = require_principal(principal)
    await get_project(uow, scorer, region, project_id)
    if not may_edit_project(scorer, region):
        raise ForbiddenError("Seuls les conseillers de la région du projet notent sa candidature.")
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
    row = await session.get(SelectionScore, project_id)
    before = {"scores": dict(row.scores), "total": row.total} if row else None
    if row is None:
        row = SelectionScore(project_id=project_id)
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


async def scores_by_project(session: TenantSession, project_ids: Sequence[int]) -> dict[int, ScoreView]:
    rows = await session.scalars(select(SelectionScore).where(SelectionScore.project_id.in_(project_ids)))
    return {row.project_id: ScoreView.of(row) for row in rows}
