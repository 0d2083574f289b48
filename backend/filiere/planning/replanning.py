"""Moving a cohort's J0 (re-planning) and moving it to another method version (migration).

Both are previewed first (`dry_run`: nothing written) and applied on request; done milestones keep their
dates, pinned ones too (flagged when they now fall before a dependency).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from filiere.audit.service import record_change
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError
from filiere.methodology.models import MethodStatus, MilestoneScope
from filiere.methodology.retroplanning import PlannedItem, replan
from filiere.planning.cohorts import (
    CohortView,
    check_event_day,
    cohort_milestones,
    copy_template,
    instantiate,
    iso_or_none,
    locked_cohort,
    method_content,
    require_manager,
)
from filiere.planning.errors import PlanningErrorCode
from filiere.planning.milestones import MilestoneView, calendar_of, set_due, write_due_dates
from filiere.planning.models import Milestone
from filiere.programmes.references import cohort_members
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class DateChange:
    milestone: MilestoneView
    before: date | None
    after: date


@dataclass(frozen=True, kw_only=True)
class ReplanOutcome:
    cohort: CohortView
    applied: bool
    changes: list[DateChange]
    broken_dependencies: list[MilestoneView]


async def replan_cohort(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    cohort_id: int,
    event_date: date,
    expected_version: int,
    dry_run: bool,
    request_id: str,
    today: date,
) -> ReplanOutcome:
    """Move J0: every milestone not done follows, done ones keep their date, pinned ones too (flagged when
    they now break a dependency). With `dry_run`, nothing is written."""
    manager = require_manager(uow, principal, region)
    session = uow.region(region)
    cohort = await locked_cohort(session, cohort_id, expected_version)
    calendar = calendar_of(uow, region)
    check_event_day(event_date, calendar)
    milestones = await cohort_milestones(session, cohort.id)
    plan = replan(
        [
            PlannedItem(
                key=m.id,
                offset=m.offset_working_days,
                due=m.due_date,
                done_on=m.done_on,
                pinned=m.pinned,
                depends_on=tuple(d.depends_on_id for d in m.depends_on),
            )
            for m in milestones
        ],
        event_date,
        calendar,
    )
    by_id = {m.id: m for m in milestones}
    if not dry_run:
        before = {"eventDate": iso_or_none(cohort.event_date)}
        await write_due_dates(session, {by_id[change.key]: change.after for change in plan.changes})
        cohort.event_date = event_date
        if cohort.event_end_date and cohort.event_end_date < event_date:
            cohort.event_end_date = event_date
        await session.flush()
        record_change(
            session,
            manager,
            request_id=request_id,
            action="cohort.replanned",
            entity_type="Cohort",
            entity_id=cohort.id,
            before=before,
            after={
                "eventDate": event_date.isoformat(),
                "changes": [
                    {"milestoneId": c.key, "before": iso_or_none(c.before), "after": c.after.isoformat()}
                    for c in plan.changes
                ],
            },
        )
    views = {m.id: _view(region, m, today) for m in milestones}
    broken = set(plan.broken_dependencies)
    return ReplanOutcome(
        cohort=CohortView.of(region, cohort),
        applied=not dry_run,
        changes=[DateChange(milestone=views[c.key], before=c.before, after=c.after) for c in plan.changes],
        broken_dependencies=[
            MilestoneView.of(region, by_id[key], today=today, with_evidence=False, breaks_dependency=True)
            for key in sorted(broken)
        ],
    )


def _view(region: str, milestone: Milestone, today: date) -> MilestoneView:
    return MilestoneView.of(region, milestone, today=today, with_evidence=False)


@dataclass(frozen=True, kw_only=True)
class TemplateChange:
    key: str
    title: str
    before_offset: int | None
    after_offset: int | None
    milestones: int  # instances in the cohort concerned


@dataclass(frozen=True, kw_only=True)
class MigrationOutcome:
    cohort: CohortView
    applied: bool
    target_version_id: int
    added: list[TemplateChange] = field(default_factory=list)
    removed: list[TemplateChange] = field(default_factory=list)
    moved: list[TemplateChange] = field(default_factory=list)
    kept_done: int = 0  # removed milestones kept because they are done


async def migrate_cohort(  # noqa: PLR0912 - preview and apply read better as one story
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    cohort_id: int,
    method_version_id: int,
    expected_version: int,
    dry_run: bool,
    request_id: str,
) -> MigrationOutcome:
    """Move a running cohort to another published method version: added templates become milestones,
    removed ones disappear (kept when already done), moved ones take their new offset and date unless
    done or pinned. Previewed with `dry_run`; applied only on request."""
    manager = require_manager(uow, principal, region)
    session = uow.region(region)
    cohort = await locked_cohort(session, cohort_id, expected_version)
    target = await method_content(uow, method_version_id)
    if target.version.status is not MethodStatus.PUBLISHED:
        raise InvalidInputError(
            "Une cohorte ne suit qu'une version publiée de la méthode.",
            field="methodVersionId",
            code=PlanningErrorCode.METHOD_NOT_PUBLISHED,
        )
    milestones = await cohort_milestones(session, cohort.id)
    by_key: dict[str, list[Milestone]] = {}
    for milestone in milestones:
        by_key.setdefault(milestone.template_key, []).append(milestone)
    templates = {t.key: t for t in target.templates}
    outcome = MigrationOutcome(
        cohort=CohortView.of(region, cohort), applied=not dry_run, target_version_id=target.version.id
    )
    for key, instances in by_key.items():
        template = templates.get(key)
        if template is None:
            outcome.removed.append(
                TemplateChange(
                    key=key,
                    title=instances[0].title,
                    before_offset=instances[0].offset_working_days,
                    after_offset=None,
                    milestones=len(instances),
                )
            )
        elif template.offset_working_days != instances[0].offset_working_days:
            outcome.moved.append(
                TemplateChange(
                    key=key,
                    title=template.title,
                    before_offset=instances[0].offset_working_days,
                    after_offset=template.offset_working_days,
                    milestones=len(instances),
                )
            )
    projects = await cohort_members(session, cohort.id)
    for template in target.templates:
        if template.key not in by_key:
            count = 1 if template.scope is MilestoneScope.COHORT else len(projects)
            outcome.added.append(
                TemplateChange(
                    key=template.key,
                    title=template.title,
                    before_offset=None,
                    after_offset=template.offset_working_days,
                    milestones=count,
                )
            )
    if dry_run:
        return outcome
    calendar = calendar_of(uow, region)
    removed = {m.id for m in milestones if m.template_key not in templates and m.done_on is None}
    kept_done = sum(1 for m in milestones if m.template_key not in templates and m.done_on is not None)
    for milestone in milestones:  # unlink first: the database would cascade behind the ORM's back
        if any(d.depends_on_id in removed for d in milestone.depends_on):
            milestone.depends_on = [d for d in milestone.depends_on if d.depends_on_id not in removed]
    await session.flush()
    for milestone in milestones:
        template = templates.get(milestone.template_key)
        if milestone.id in removed:
            await session.delete(milestone)
        elif template is not None:
            copy_template(milestone, template, target)
            if milestone.done_on is None and not milestone.pinned:
                due = calendar.shift(cohort.event_date, milestone.offset_working_days) if cohort.event_date else None
                set_due(milestone, due)
    cohort.method_version_id = target.version.id
    await session.flush()
    await instantiate(uow, region, cohort, target, projects)
    await session.flush()
    record_change(
        session,
        manager,
        request_id=request_id,
        action="cohort.migrated",
        entity_type="Cohort",
        entity_id=cohort.id,
        before={"methodVersionId": outcome.cohort.method_version_id},
        after={
            "methodVersionId": target.version.id,
            "added": [c.key for c in outcome.added],
            "removed": [c.key for c in outcome.removed],
            "moved": [c.key for c in outcome.moved],
        },
    )
    return MigrationOutcome(
        cohort=CohortView.of(region, cohort),
        applied=True,
        target_version_id=target.version.id,
        added=outcome.added,
        removed=outcome.removed,
        moved=outcome.moved,
        kept_done=kept_done,
    )
