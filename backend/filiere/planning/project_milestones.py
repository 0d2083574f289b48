"""A project's own retroplanning, for the project page and lists of projects: batch reads for loaders.

Callers have checked that the reader sees the projects' full records (their progress: their cards). However
many projects are asked, a page of each costs a fixed number of statements (a window per project in one
query), and so does the next milestone of each, their progress, and the evidence of every milestone read
(`evidence_checks`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal
from filiere.documents.models import DocumentKind
from filiere.documents.service import DocumentView, documents_of
from filiere.methodology.models import EvidenceKind
from filiere.methodology.service import required_evidence_of
from filiere.pagination import Page, PageRequest, TenantSlice, after_position, merge_slices
from filiere.planning.milestones import MilestoneView, position_of, views_of, with_dependencies
from filiere.planning.models import Milestone
from filiere.studies.service import interview_counts
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


def _ranked(project_ids: Sequence[int], *conditions: ColumnElement[bool]) -> tuple[Any, Any]:
    """The projects' milestones numbered in plan order within each project (`rank` from 1)."""
    rank = func.row_number().over(partition_by=Milestone.project_id, order_by=(Milestone.sort_key, Milestone.id))
    ranked = select(Milestone, rank.label("rank")).where(Milestone.project_id.in_(project_ids), *conditions).subquery()
    return aliased(Milestone, ranked), ranked.c.rank


@dataclass(frozen=True, kw_only=True)
class MilestoneProgress:
    """How far a project is in its plan: counts only, never what the milestones are."""

    passed: int  # done
    total: int


async def milestone_progress(session: TenantSession, project_ids: Sequence[int]) -> dict[int, MilestoneProgress]:
    """Each project's milestones done and in all (0 / 0 without a plan): one statement, whatever their number."""
    counted = await session.execute(
        select(Milestone.project_id, func.count(Milestone.done_on), func.count())
        .where(Milestone.project_id.in_(project_ids))
        .group_by(Milestone.project_id)
    )
    found = {project_id: MilestoneProgress(passed=0, total=0) for project_id in project_ids}
    for project_id, passed, total in counted:
        if project_id is not None:
            found[project_id] = MilestoneProgress(passed=passed, total=total)
    return found


async def milestones_by_project(
    session: TenantSession,
    principal: Principal,
    project_ids: Sequence[int],
    page: PageRequest,
    today: date,
) -> dict[int, Page[MilestoneView]]:
    """One page of each project's milestones, in plan order (due date, phase, position)."""
    region = session.tenant_slug
    progress = await milestone_progress(session, project_ids)
    row, rank = _ranked(project_ids, after_position(page, region, Milestone.sort_key, Milestone.id))
    rows = list(await session.scalars(select(row).where(rank <= page.first + 1).order_by(row.sort_key, row.id)))
    await with_dependencies(session, rows)
    by_project: dict[int, list[MilestoneView]] = {project_id: [] for project_id in project_ids}
    for view in await views_of(session, principal, region, rows, today):
        if view.project_id is not None:
            by_project[view.project_id].append(view)
    return {
        project_id: merge_slices([TenantSlice(rows=views, total_count=progress[project_id].total)], page, position_of)
        for project_id, views in by_project.items()
    }


async def next_milestones(
    session: TenantSession, principal: Principal, project_ids: Sequence[int], today: date
) -> dict[int, MilestoneView]:
    """The earliest milestone not done yet of each project that has one."""
    row, rank = _ranked(project_ids, Milestone.done_on.is_(None))
    rows = list(await session.scalars(select(row).where(rank == 1)))
    await with_dependencies(session, rows)
    views = await views_of(session, principal, session.tenant_slug, rows, today)
    return {view.project_id: view for view in views if view.project_id is not None}


# The project document each kind of evidence is; the market study is read from its interviews.
_DOCUMENT_KINDS = {
    EvidenceKind.QUESTIONNAIRE_DOCUMENT: DocumentKind.QUESTIONNAIRE,
    EvidenceKind.SYNTHESIS_DOCUMENT: DocumentKind.SYNTHESIS,
    EvidenceKind.PERSONA_DOCUMENT: DocumentKind.PERSONA,
    EvidenceKind.REPORT_DOCUMENT: DocumentKind.REPORT,
}


@dataclass(frozen=True, kw_only=True)
class EvidenceCheck:
    """The evidence a project's milestone asks for (its method template says which) and what the project holds."""

    kind: EvidenceKind
    document: DocumentView | None  # the newest document of the kind asked, if any
    interview_count: int  # the market study's, when it is asked (0 otherwise)

    @property
    def found(self) -> bool:
        return self.document is not None or self.interview_count > 0


def may_view_evidence(principal: Principal | None, region: str) -> bool:
    """The milestones' evidence and the documents behind it: the region's team and CCI France, as today."""
    return is_allowed(principal, Action.VIEW_MILESTONE_EVIDENCE, region=region) and is_allowed(
        principal, Action.VIEW_PROJECT_DOCUMENTS, region=region
    )


async def evidence_checks(
    uow: UnitOfWork, principal: Principal | None, region: str, milestones: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], EvidenceCheck]:
    """The evidence of project milestones given as (project id, template id): those whose template asks for
    some, none for a reader who may not see it. At most four statements, whatever their number: the
    templates (national), the projects' documents (two) and their interview counts."""
    if not milestones or not may_view_evidence(principal, region):
        return {}
    asked = await required_evidence_of(uow.national(), sorted({template_id for _, template_id in milestones}))
    wanted = {
        (project_id, template_id): asked[template_id] for project_id, template_id in milestones if template_id in asked
    }
    session = uow.region(region)
    by_document = sorted({project_id for (project_id, _), kind in wanted.items() if kind in _DOCUMENT_KINDS})
    documents = await documents_of(session, region, by_document) if by_document else {}
    by_study = sorted({project_id for (project_id, _), kind in wanted.items() if kind is EvidenceKind.MARKET_STUDY})
    interviews = await interview_counts(session, by_study) if by_study else {}
    checks = {}
    for (project_id, template_id), kind in wanted.items():
        document_kind = _DOCUMENT_KINDS.get(kind)
        document = next((d for d in documents.get(project_id, []) if d.kind is document_kind), None)  # newest first
        checks[(project_id, template_id)] = EvidenceCheck(
            kind=kind,
            document=document,
            interview_count=interviews.get(project_id, 0) if kind is EvidenceKind.MARKET_STUDY else 0,
        )
    return checks
