"""A retroplanning as the outputs show it — calendar feeds, workbooks, e-mail digests.

Each milestone comes with what a reader needs beside it (its cohort, its project's name, who follows
it, its status in French) and never with its evidence: the statements below do not even select the
confidential columns. Reads are batched — one regional statement for the milestones with their cohort
and project names, one national statement for the people — whatever the number of milestones. Access
is the caller's business (a feed token, `VIEW_COHORT`, the digest's own recipients).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, select

from filiere.accounts.service import users_by_id
from filiere.methodology.models import MilestoneOwner, MilestoneScope
from filiere.methodology.validation import day_label
from filiere.planning.milestones import MilestoneStatus, status_of
from filiere.planning.models import Cohort, Milestone
from filiere.programmes.references import project_name_of
from filiere.tenancy.unit_of_work import UnitOfWork

STATUS_LABELS = {
    MilestoneStatus.TODO: "À faire",
    MilestoneStatus.IN_PROGRESS: "En cours",
    MilestoneStatus.DONE: "Fait",
    MilestoneStatus.LATE: "En retard",
}
OWNER_LABELS = {
    MilestoneOwner.ADVISER: "Conseiller CCI",
    MilestoneOwner.REGIONAL_ADMIN: "Responsable régional",
    MilestoneOwner.NATIONAL: "CCI France",
    MilestoneOwner.COACH: "Coach",
    MilestoneOwner.STUDENT_TEAM: "Équipe étudiante",
    MilestoneOwner.COMPANY: "Entreprise",
}
SCOPE_LABELS = {MilestoneScope.COHORT: "Cohorte", MilestoneScope.PROJECT: "Projet"}


@dataclass(frozen=True, kw_only=True)
class PlanEntry:
    region: str
    id: int
    cohort_id: int
    cohort_name: str
    project_name: str | None  # None: a milestone of the whole cohort
    phase_name: str
    title: str
    scope: MilestoneScope
    owner: MilestoneOwner
    expected_deliverable: str
    offset_working_days: int
    due_date: date | None
    started_on: date | None
    done_on: date | None
    status: MilestoneStatus
    assignee_id: int | None
    assignee_name: str | None
    updated_at: datetime
    version: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def owner_label(self) -> str:
        return OWNER_LABELS[self.owner]

    @property
    def scope_label(self) -> str:
        return SCOPE_LABELS[self.scope]

    @property
    def relative_day(self) -> str:
        return day_label(self.offset_working_days)

    @property
    def headline(self) -> str:
        """The title, with the project for a per-project milestone: « Diagnostic — Vélos cargo »."""
        return f"{self.title} — {self.project_name}" if self.project_name else self.title


async def plan_entries(uow: UnitOfWork, region: str, condition: ColumnElement[bool], today: date) -> list[PlanEntry]:
    """The region's milestones matching `condition`, in plan order (due date, phase, rank)."""
    rows = (
        await uow.region(region).execute(
            select(
                Milestone.id,
                Milestone.cohort_id,
                Cohort.name,
                project_name_of(Milestone.project_id),
                Milestone.phase_name,
                Milestone.title,
                Milestone.scope,
                Milestone.owner,
                Milestone.expected_deliverable,
                Milestone.offset_working_days,
                Milestone.due_date,
                Milestone.started_on,
                Milestone.done_on,
                Milestone.assignee_id,
                Milestone.updated_at,
                Milestone.version,
            )
            .join(Cohort, Cohort.id == Milestone.cohort_id)
            .where(condition)
            .order_by(Milestone.sort_key, Milestone.id)
        )
    ).all()
    assignees = {row.assignee_id for row in rows if row.assignee_id is not None}
    people = await users_by_id(uow.national(), sorted(assignees)) if assignees else {}
    entries = []
    for row in rows:
        (milestone_id, cohort_id, cohort_name, project_name, phase_name, title, scope, owner) = row[:8]
        (deliverable, offset, due, started_on, done_on, assignee_id, updated_at, version) = row[8:]
        person = people.get(assignee_id) if assignee_id is not None else None
        entries.append(
            PlanEntry(
                region=region,
                id=milestone_id,
                cohort_id=cohort_id,
                cohort_name=cohort_name,
                project_name=project_name,
                phase_name=phase_name,
                title=title,
                scope=scope,
                owner=owner,
                expected_deliverable=deliverable,
                offset_working_days=offset,
                due_date=due,
                started_on=started_on,
                done_on=done_on,
                status=status_of(due, started_on, done_on, today),
                assignee_id=assignee_id,
                assignee_name=person.display_name if person else None,
                updated_at=updated_at,
                version=version,
            )
        )
    return entries


async def cohort_plan(uow: UnitOfWork, region: str, cohort_id: int, today: date) -> list[PlanEntry]:
    """A cohort's whole retroplanning: its own milestones and its projects'."""
    return await plan_entries(uow, region, Milestone.cohort_id == cohort_id, today)


async def assignee_plan(
    uow: UnitOfWork, region: str, user_ids: Sequence[int], today: date, *, open_until: date | None = None
) -> list[PlanEntry]:
    """Milestones assigned to these people in the region; with `open_until`, only those not done and
    due by then (overdue included)."""
    condition: ColumnElement[bool] = Milestone.assignee_id.in_(user_ids)
    if open_until is not None:
        condition = and_(condition, Milestone.done_on.is_(None), Milestone.due_date <= open_until)
    return await plan_entries(uow, region, condition, today)
