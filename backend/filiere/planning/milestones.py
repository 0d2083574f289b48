"""Milestones of cohorts: reading them with their status, updating them, and adherence to the plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from urllib.parse import urlsplit

from sqlalchemy import Select, Table, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import set_committed_value

from filiere.accounts.service import user_id_of, users_by_id
from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.methodology.calendar import WorkingCalendar, calendar_for
from filiere.methodology.models import MilestoneOwner, MilestoneScope
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.planning.errors import PlanningErrorCode
from filiere.planning.models import Cohort, Milestone, MilestoneDependency
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

# What a conflict names, in the words of the page that edits it.
_MILESTONE_FIELD_LABELS = {
    "due_date": "échéance",
    "started_on": "démarrage",
    "done_on": "réalisation",
    "evidence": "commentaire",
    "evidence_url": "lien de la preuve",
    "assignee_id": "responsable",
    "pinned": "date fixée",
}

EVIDENCE_MAX_LENGTH = 5000
# « Mes jalons » looks ahead at most three months of working days (a programme lasts four to six).
MAX_HORIZON_WORKING_DAYS = 60
URL_MAX_LENGTH = 500
UNDATED = "9999-12-31"


class MilestoneStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    LATE = "late"


def status_of(due: date | None, started_on: date | None, done_on: date | None, today: date) -> MilestoneStatus:
    """Computed, never stored: « en retard » changes by itself as days pass."""
    if done_on is not None:
        return MilestoneStatus.DONE
    if due is not None and due < today:
        return MilestoneStatus.LATE
    return MilestoneStatus.IN_PROGRESS if started_on is not None else MilestoneStatus.TODO


def set_due(milestone: Milestone, due: date | None) -> None:
    """The one writer of a milestone's due date, so that its sort key follows."""
    milestone.due_date = due
    milestone.sort_key = sort_key_of(due, milestone.phase_position, milestone.position)


def sort_key_of(due: date | None, phase_position: int, position: int) -> str:
    day = due.isoformat() if due else UNDATED
    return f"{day} {phase_position:02d} {position:03d}"


async def write_due_dates(session: TenantSession, new_dates: Mapping[Milestone, date]) -> None:
    """Move many milestones in one statement, whatever their number (re-planning a whole cohort).

    The ORM sends one UPDATE per row here, to check each row's version; instead the versions are bumped
    in the same executemany, and the loaded objects learn their new values without becoming dirty."""
    if not new_dates:
        return
    table = Milestone.__table__
    assert isinstance(table, Table)
    now = datetime.now(UTC)
    rows = [
        {
            "row_id": milestone.id,
            "new_due": due,
            "new_sort_key": sort_key_of(due, milestone.phase_position, milestone.position),
            "new_version": milestone.version + 1,
            "now": now,
        }
        for milestone, due in new_dates.items()
    ]
    await session.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            due_date=bindparam("new_due"),
            sort_key=bindparam("new_sort_key"),
            version=bindparam("new_version"),
            updated_at=bindparam("now"),
        ),
        rows,
    )
    for milestone, row in zip(new_dates, rows, strict=True):
        set_committed_value(milestone, "due_date", row["new_due"])
        set_committed_value(milestone, "sort_key", row["new_sort_key"])
        set_committed_value(milestone, "version", row["new_version"])
        set_committed_value(milestone, "updated_at", now)


async def with_dependencies(
    session: TenantSession,
    milestones: list[Milestone],
    links: Select[MilestoneDependency] | None = None,
) -> list[Milestone]:
    """Fill each milestone's `depends_on` in one statement, however many milestones there are
    (`selectinload` sends one more per 500). `links` narrows the read, by cohort for instance; by
    default, the links of these milestones."""
    if links is None:
        links = select(MilestoneDependency).where(MilestoneDependency.milestone_id.in_([m.id for m in milestones]))
    by_milestone: dict[int, list[MilestoneDependency]] = {m.id: [] for m in milestones}
    if milestones:
        for link in await session.scalars(links):
            if link.milestone_id in by_milestone:
                by_milestone[link.milestone_id].append(link)
    for milestone in milestones:
        set_committed_value(milestone, "depends_on", by_milestone[milestone.id])
    return milestones


def calendar_of(uow: UnitOfWork, region: str) -> WorkingCalendar:
    return calendar_for(uow.registry.region(region).holiday_subdivision)


@dataclass(frozen=True, kw_only=True)
class MilestoneEvidence:
    text: str
    url: str


@dataclass(frozen=True, kw_only=True)
class MilestoneView:
    region: str
    id: int
    cohort_id: int
    project_id: int | None
    template_id: int  # national: what the method asks as evidence (`project_milestones.evidence_checks`)
    template_key: str
    phase_key: str
    phase_name: str
    phase_position: int
    position: int
    title: str
    scope: MilestoneScope
    owner: MilestoneOwner
    expected_deliverable: str
    offset_working_days: int
    due_date: date | None
    sort_key: str
    pinned: bool
    started_on: date | None
    done_on: date | None
    assignee_id: int | None
    version: int
    depends_on_ids: tuple[int, ...]
    status: MilestoneStatus
    breaks_dependency: bool
    evidence: MilestoneEvidence | None  # None: the reader may not see it (confidential)

    @classmethod
    def of(
        cls, region: str, row: Milestone, *, today: date, with_evidence: bool, breaks_dependency: bool = False
    ) -> MilestoneView:
        return cls(
            region=region,
            id=row.id,
            cohort_id=row.cohort_id,
            project_id=row.project_id,
            template_id=row.template_id,
            template_key=row.template_key,
            phase_key=row.phase_key,
            phase_name=row.phase_name,
            phase_position=row.phase_position,
            position=row.position,
            title=row.title,
            scope=row.scope,
            owner=row.owner,
            expected_deliverable=row.expected_deliverable,
            offset_working_days=row.offset_working_days,
            due_date=row.due_date,
            sort_key=row.sort_key,
            pinned=row.pinned,
            started_on=row.started_on,
            done_on=row.done_on,
            assignee_id=row.assignee_id,
            version=row.version,
            depends_on_ids=tuple(sorted(d.depends_on_id for d in row.depends_on)),
            status=status_of(row.due_date, row.started_on, row.done_on, today),
            breaks_dependency=breaks_dependency,
            evidence=MilestoneEvidence(text=row.evidence, url=row.evidence_url) if with_evidence else None,
        )


def position_of(view: MilestoneView) -> SortPosition:
    return SortPosition(view.sort_key, view.region, view.id)


async def _broken_pins(session: TenantSession, rows: Sequence[Milestone]) -> set[int]:
    """Pinned, unfinished milestones now due before something they depend on (one query)."""
    pinned = {row.id: row for row in rows if row.pinned and row.done_on is None and row.due_date is not None}
    if not pinned:
        return set()
    dependency = Milestone.__table__.alias("dependency")
    pairs = await session.execute(
        select(MilestoneDependency.milestone_id, dependency.c.due_date)
        .join(dependency, dependency.c.id == MilestoneDependency.depends_on_id)
        .where(MilestoneDependency.milestone_id.in_(pinned))
    )
    return {
        milestone_id
        for milestone_id, due in pairs
        if due is not None and due > (pinned[milestone_id].due_date or date.max)
    }


async def views_of(
    session: TenantSession, principal: Principal, region: str, rows: Sequence[Milestone], today: date
) -> list[MilestoneView]:
    with_evidence = is_allowed(principal, Action.VIEW_MILESTONE_EVIDENCE, region=region)
    broken = await _broken_pins(session, rows)
    return [
        MilestoneView.of(region, row, today=today, with_evidence=with_evidence, breaks_dependency=row.id in broken)
        for row in rows
    ]


def _readable_region(uow: UnitOfWork, principal: Principal | None, region: str) -> Principal:
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_COHORT, region=region):
        raise NotFoundError()
    return reader


async def list_milestones(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    cohort_id: int,
    page: PageRequest,
    today: date,
    project_id: int | None = None,
) -> Page[MilestoneView]:
    """A cohort's milestones in plan order (due date, phase, position)."""
    reader = _readable_region(uow, principal, region)
    session = uow.region(region)
    statement: Select[Milestone] = select(Milestone).where(Milestone.cohort_id == cohort_id)
    if project_id is not None:
        statement = statement.where(Milestone.project_id == project_id)
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = list(
        await session.scalars(
            statement.where(after_position(page, region, Milestone.sort_key, Milestone.id))
            .order_by(Milestone.sort_key, Milestone.id)
            .limit(page.first + 1)
        )
    )
    await with_dependencies(session, rows)
    part = TenantSlice(rows=await views_of(session, reader, region, rows, today), total_count=total or 0)
    return merge_slices([part], page, position_of)


async def get_milestone(
    uow: UnitOfWork, principal: Principal | None, region: str, milestone_id: int, today: date
) -> MilestoneView:
    reader = _readable_region(uow, principal, region)
    session = uow.region(region)
    row = await session.scalar(
        select(Milestone).where(Milestone.id == milestone_id).options(selectinload(Milestone.depends_on))
    )
    if row is None:
        raise NotFoundError()
    return (await views_of(session, reader, region, [row], today))[0]


async def my_milestones(
    uow: UnitOfWork, principal: Principal | None, *, page: PageRequest, today: date, horizon_working_days: int = 10
) -> Page[MilestoneView]:
    """« Mes jalons »: what is assigned to me and not done, overdue or due within the horizon."""
    reader = require_principal(principal)
    if not 0 <= horizon_working_days <= MAX_HORIZON_WORKING_DAYS:
        raise InvalidInputError(
            f"L'horizon se compte de 0 à {MAX_HORIZON_WORKING_DAYS} jours ouvrés.",
            field="horizonWorkingDays",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    region = reader.region
    user_id = await user_id_of(uow, reader)
    if region is None or user_id is None or not may_update_milestones(reader, region):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    horizon = calendar_of(uow, region).shift(today, horizon_working_days)
    session = uow.region(region)
    statement = select(Milestone).where(
        Milestone.assignee_id == user_id, Milestone.done_on.is_(None), Milestone.due_date <= horizon
    )
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = list(
        await session.scalars(
            statement.where(after_position(page, region, Milestone.sort_key, Milestone.id))
            .order_by(Milestone.sort_key, Milestone.id)
            .limit(page.first + 1)
        )
    )
    await with_dependencies(session, rows)
    part = TenantSlice(rows=await views_of(session, reader, region, rows, today), total_count=total or 0)
    return merge_slices([part], page, position_of)


# --- updating ------------------------------------------------------------------------------------


class MilestoneState(StrEnum):
    """What an adviser sets; « en retard » is never set, it is computed."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"


UNCHANGED = object()


@dataclass(frozen=True)
class MilestoneChanges:
    state: MilestoneState | None = None
    done_on: date | None = None  # with state DONE; today when omitted
    evidence: str | None = None
    evidence_url: str | None = None
    assignee_id: int | object | None = UNCHANGED  # None: nobody
    pinned_date: date | object | None = UNCHANGED  # None: unpin, back to the plan


def may_update_milestones(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.UPDATE_MILESTONE, region=region)


async def update_milestone(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    milestone_id: int,
    expected_version: int,
    changes: MilestoneChanges,
    request_id: str,
    today: date,
) -> MilestoneView:
    editor = _readable_region(uow, principal, region)
    if not may_update_milestones(editor, region):
        raise ForbiddenError("Seuls les conseillers de la région mettent à jour ses jalons.")
    session = uow.region(region)
    row = await session.scalar(
        select(Milestone).where(Milestone.id == milestone_id).options(selectinload(Milestone.depends_on))
    )
    if row is None:
        raise NotFoundError()
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="Milestone", entity_id=row.id, field_labels=_MILESTONE_FIELD_LABELS
        )
    values = await _checked_changes(uow, region, row, changes, today)
    before = {name: _json(getattr(row, name)) for name in values}
    for name, value in values.items():
        if name == "due_date":
            set_due(row, value)  # type: ignore[arg-type]
        else:
            setattr(row, name, value)
    changed = {name: _json(value) for name, value in values.items() if before[name] != _json(value)}
    if changed:
        await session.flush()
        record_change(
            session,
            editor,
            request_id=request_id,
            action="milestone.updated",
            entity_type="Milestone",
            entity_id=row.id,
            before={name: before[name] for name in changed},
            after=changed,
        )
    return (await views_of(session, editor, region, [row], today))[0]


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


async def _checked_changes(
    uow: UnitOfWork, region: str, row: Milestone, changes: MilestoneChanges, today: date
) -> dict[str, object]:
    values: dict[str, object] = {}
    if changes.state is MilestoneState.DONE:
        done_on = changes.done_on or today
        if done_on > today:
            raise InvalidInputError(
                "La date de réalisation ne peut pas être dans le futur.",
                field="doneOn",
                code=PlanningErrorCode.DONE_IN_THE_FUTURE,
            )
        values.update(done_on=done_on, started_on=row.started_on or done_on)
    elif changes.state is MilestoneState.IN_PROGRESS:
        values.update(done_on=None, started_on=row.started_on or today)
    elif changes.state is MilestoneState.TODO:
        values.update(done_on=None, started_on=None)
    if changes.evidence is not None:
        evidence = changes.evidence.strip()
        if len(evidence) > EVIDENCE_MAX_LENGTH:
            raise InvalidInputError(
                f"Le commentaire ne doit pas dépasser {EVIDENCE_MAX_LENGTH} caractères.",
                field="evidence",
                code=CommonErrorCode.TOO_LONG,
            )
        values["evidence"] = evidence
    if changes.evidence_url is not None:
        values["evidence_url"] = _checked_url(changes.evidence_url)
    if changes.assignee_id is not UNCHANGED:
        values["assignee_id"] = await _checked_assignee(uow, region, changes.assignee_id)  # type: ignore[arg-type]
    if changes.pinned_date is not UNCHANGED:
        values.update(await _pin(uow, region, row, changes.pinned_date))  # type: ignore[arg-type]
    return values


def _checked_url(value: str) -> str:
    url = value.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > URL_MAX_LENGTH:
        raise InvalidInputError(
            "Le lien doit être une adresse web complète (https://…).",
            field="evidenceUrl",
            code=CommonErrorCode.INVALID_URL,
        )
    return url


async def _checked_assignee(uow: UnitOfWork, region: str, user_id: int | None) -> int | None:
    if user_id is None:
        return None
    user = (await users_by_id(uow.national(), [user_id])).get(user_id)
    # Only someone who carries the region's milestones can be given one.
    if user is None or not user.is_active or not may_update_milestones(user.as_principal(), region):
        raise InvalidInputError(
            "Un jalon s'attribue à un conseiller de la région.",
            field="assigneeId",
            code=PlanningErrorCode.INVALID_ASSIGNEE,
        )
    return user.id


async def _pin(uow: UnitOfWork, region: str, row: Milestone, pinned: date | None) -> dict[str, object]:
    if pinned is None:  # back to the plan
        cohort = await uow.region(region).get(Cohort, row.cohort_id)
        assert cohort is not None
        due = calendar_of(uow, region).shift(cohort.event_date, row.offset_working_days) if cohort.event_date else None
        return {"pinned": False, "due_date": due}
    calendar = calendar_of(uow, region)
    if not calendar.is_working_day(pinned):
        reason = calendar.holiday_name(pinned) or "un week-end"
        raise InvalidInputError(
            f"Le {pinned.strftime('%d/%m/%Y')} n'est pas un jour ouvré ({reason}).",
            field="pinnedDate",
            code=PlanningErrorCode.NOT_A_WORKING_DAY,
        )
    return {"pinned": True, "due_date": pinned}


# --- adherence -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Adherence:
    at: date
    due: int  # due on or before `at`
    done_on_time: int
    done_late: int
    overdue: int  # due before `at` and not done by then

    @property
    def on_time_rate(self) -> float | None:
        return self.done_on_time / self.due if self.due else None


def adherence_statement(cohort_ids: Sequence[int], at: date) -> Select[int, int, int, int, int]:
    """One aggregate row per cohort: the database counts, whatever the number of milestones."""
    done_by_then = and_(Milestone.done_on.is_not(None), Milestone.done_on <= at)
    due_by_then = Milestone.due_date <= at
    return (
        select(
            Milestone.cohort_id,
            func.count().filter(due_by_then),
            func.count().filter(and_(due_by_then, done_by_then, Milestone.done_on <= Milestone.due_date)),
            func.count().filter(and_(due_by_then, done_by_then, Milestone.done_on > Milestone.due_date)),
            func.count().filter(
                and_(Milestone.due_date < at, or_(Milestone.done_on.is_(None), Milestone.done_on > at))
            ),
        )
        .where(Milestone.cohort_id.in_(cohort_ids))
        .group_by(Milestone.cohort_id)
    )


async def adherence_of(session: TenantSession, cohort_ids: Sequence[int], at: date) -> dict[int, Adherence]:
    rows = await session.execute(adherence_statement(cohort_ids, at))
    found = {
        cohort_id: Adherence(at=at, due=due, done_on_time=on_time, done_late=late, overdue=overdue)
        for cohort_id, due, on_time, late, overdue in rows
    }
    return {
        cohort_id: found.get(cohort_id, Adherence(at=at, due=0, done_on_time=0, done_late=0, overdue=0))
        for cohort_id in cohort_ids
    }
