"""How other domains read and link projects without touching the `projects` table themselves.

A project's name in their queries (`project_name_of`, one correlated subquery: no extra statement), and
its membership of a cohort (planning decides the rules, this module keeps the column).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import QueryableAttribute

from filiere.programmes.models import Project, ProjectStatus
from filiere.tenancy.session import TenantSession


def project_name_of(project_id: QueryableAttribute[int] | QueryableAttribute[int | None]) -> ScalarSelect[str]:
    """The name of the project `project_id` refers to, as a column of another domain's query."""
    return select(Project.name).where(Project.id == project_id).scalar_subquery()


@dataclass(frozen=True, kw_only=True)
class CohortMember:
    """A project as a cohort sees it."""

    id: int
    name: str
    status: ProjectStatus
    adviser_id: int | None
    cohort_id: int | None


def _member(row: Project) -> CohortMember:
    return CohortMember(id=row.id, name=row.name, status=row.status, adviser_id=row.adviser_id, cohort_id=row.cohort_id)


async def cohort_members(session: TenantSession, cohort_id: int) -> list[CohortMember]:
    rows = await session.scalars(select(Project).where(Project.cohort_id == cohort_id).order_by(Project.id))
    return [_member(row) for row in rows]


async def projects_as_members(session: TenantSession, project_ids: Sequence[int]) -> dict[int, CohortMember]:
    rows = await session.scalars(select(Project).where(Project.id.in_(project_ids)))
    return {row.id: _member(row) for row in rows}


async def enrol_in_cohort(session: TenantSession, project_id: int, cohort_id: int) -> None:
    """Record that the project follows the cohort (the caller has checked that it may)."""
    project = await session.get(Project, project_id)
    assert project is not None, "the caller read the project a moment ago"
    project.cohort_id = cohort_id
