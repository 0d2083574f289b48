"""A project's own retroplanning, for the project page and lists of projects: batch reads for loaders.

Callers have checked that the reader sees the projects' full records. However many projects are asked,
a page of each costs a fixed number of statements (a window per project in one query), and so does the
next milestone of each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from filiere.auth.principal import Principal
from filiere.pagination import Page, PageRequest, TenantSlice, after_position, merge_slices
from filiere.planning.milestones import MilestoneView, position_of, views_of, with_dependencies
from filiere.planning.models import Milestone
from filiere.tenancy.session import TenantSession


def _ranked(project_ids: Sequence[int], *conditions: ColumnElement[bool]) -> tuple[Any, Any]:
    """The projects' milestones numbered in plan order within each project (`rank` from 1)."""
    rank = func.row_number().over(partition_by=Milestone.project_id, order_by=(Milestone.sort_key, Milestone.id))
    ranked = select(Milestone, rank.label("rank")).where(Milestone.project_id.in_(project_ids), *conditions).subquery()
    return aliased(Milestone, ranked), ranked.c.rank


async def milestones_by_project(
    session: TenantSession,
    principal: Principal,
    project_ids: Sequence[int],
    page: PageRequest,
    today: date,
) -> dict[int, Page[MilestoneView]]:
    """One page of each project's milestones, in plan order (due date, phase, position)."""
    region = session.tenant_slug
    counted = await session.execute(
        select(Milestone.project_id, func.count())
        .where(Milestone.project_id.in_(project_ids))
        .group_by(Milestone.project_id)
    )
    totals = {project_id: count for project_id, count in counted if project_id is not None}
    row, rank = _ranked(project_ids, after_position(page, region, Milestone.sort_key, Milestone.id))
    rows = list(await session.scalars(select(row).where(rank <= page.first + 1).order_by(row.sort_key, row.id)))
    await with_dependencies(session, rows)
    by_project: dict[int, list[MilestoneView]] = {project_id: [] for project_id in project_ids}
    for view in await views_of(session, principal, region, rows, today):
        if view.project_id is not None:
            by_project[view.project_id].append(view)
    return {
        project_id: merge_slices([TenantSlice(rows=views, total_count=totals.get(project_id, 0))], page, position_of)
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
