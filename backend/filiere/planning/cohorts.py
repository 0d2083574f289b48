"""Cohorts: a region's run of an edition, its milestones planned from the method, re-planned from J0.

Milestones are instantiated from the cohort's method version: cohort-level templates once, per-project
templates for each project that joins (including later). Due dates come from the retroplanning engine;
moving J0 or changing the method version is always previewed first (`dry_run`) and applied explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from filiere.accounts.service import user_id_of
from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.methodology.calendar import WorkingCalendar
from filiere.methodology.models import MilestoneScope
from filiere.methodology.service import MethodContent, TemplateView, method_contents
from filiere.methodology.validation import TITLE_MAX_LENGTH
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.planning.editions import EditionView, editions_by_id
from filiere.planning.errors import PlanningErrorCode
from filiere.planning.milestones import (
    calendar_of,
    set_due,
    with_dependencies,
)
from filiere.planning.models import Cohort, Milestone, MilestoneDependency
from filiere.programmes.references import CohortMember, enrol_in_cohort, projects_as_members
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import newest_first_key

# What a conflict names, in the words of the page that edits it.
_COHORT_FIELD_LABELS = {
    "name": "nom",
    "venue": "lieu",
    "schoolPartner": "école partenaire",
    "startDate": "lancement",
    "eventDate": "date de l'événement (J0)",
    "eventEndDate": "fin de l'événement",
    "methodVersionId": "version de la méthode",
    "projectId": "projets",
}


@dataclass(frozen=True, kw_only=True)
class CohortView:
    region: str
    id: int
    edition_id: int
    edition_year: int
    method_version_id: int
    name: str
    sort_key: str
    event_date: date | None
    event_end_date: date | None
    start_date: date | None
    venue: str
    school_partner: str
    version: int

    @classmethod
    def of(cls, region: str, row: Cohort) -> CohortView:
        return cls(
            region=region,
            id=row.id,
            edition_id=row.edition_id,
            edition_year=row.edition_year,
            method_version_id=row.method_version_id,
            name=row.name,
            sort_key=row.sort_key,
            event_date=row.event_date,
            event_end_date=row.event_end_date,
            start_date=row.start_date,
            venue=row.venue,
            school_partner=row.school_partner,
            version=row.version,
        )


# --- reading -------------------------------------------------------------------------------------


def may_manage_cohort(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.MANAGE_COHORT, region=region)


def may_view_cohorts(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.VIEW_COHORT, region=region)


async def list_cohorts(
    uow: UnitOfWork, principal: Principal | None, *, region: str | None, edition_id: int | None, page: PageRequest
) -> Page[CohortView]:
    """Cohorts of one region or of all, most recent edition first (fan-out over the regions)."""
    reader = require_principal(principal)
    tenants = [t for t in uow.regions(region) if is_allowed(reader, Action.VIEW_COHORT, region=t.slug)]

    async def read(tenant: Tenant) -> TenantSlice[CohortView]:
        session = uow.session(tenant)
        statement = select(Cohort)
        if edition_id is not None:
            statement = statement.where(Cohort.edition_id == edition_id)
        total = await session.scalar(select(func.count()).select_from(statement.subquery()))
        rows = await session.scalars(
            statement.where(after_position(page, tenant.slug, Cohort.sort_key, Cohort.id))
            .order_by(Cohort.sort_key, Cohort.id)
            .limit(page.first + 1)
        )
        return TenantSlice(rows=[CohortView.of(tenant.slug, row) for row in rows], total_count=total or 0)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(
        list(result.results.values()),
        page,
        lambda view: SortPosition(view.sort_key, view.region, view.id),
        result.failures,
    )


async def get_cohort(uow: UnitOfWork, principal: Principal | None, region: str, cohort_id: int) -> CohortView:
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_COHORT, region=region):
        raise NotFoundError()
    row = await uow.region(region).get(Cohort, cohort_id)
    if row is None:
        raise NotFoundError()
    return CohortView.of(region, row)


async def cohorts_by_id(session: TenantSession, ids: Sequence[int]) -> dict[int, CohortView]:
    rows = await session.scalars(select(Cohort).where(Cohort.id.in_(ids)))
    return {row.id: CohortView.of(session.tenant_slug, row) for row in rows}


# --- instantiating milestones --------------------------------------------------------------------


def _instance(cohort: Cohort, template: TemplateView, content: MethodContent, project_id: int | None) -> Milestone:
    phase = next(p for p in content.phases if p.id == template.phase_id)
    return Milestone(
        cohort_id=cohort.id,
        project_id=project_id,
        template_id=template.id,
        template_key=template.key,
        phase_key=phase.key,
        phase_name=phase.name,
        phase_position=phase.position,
        position=template.position,
        title=template.title,
        scope=template.scope,
        owner=template.owner,
        expected_deliverable=template.expected_deliverable,
        offset_working_days=template.offset_working_days,
        depends_on=[],
    )


def copy_template(milestone: Milestone, template: TemplateView, content: MethodContent) -> None:
    """A milestone takes a newer version's wording, phase and offset (on migration)."""
    phase = next(p for p in content.phases if p.id == template.phase_id)
    milestone.template_id = template.id
    milestone.phase_key, milestone.phase_name, milestone.phase_position = phase.key, phase.name, phase.position
    milestone.position, milestone.title = template.position, template.title
    milestone.owner, milestone.expected_deliverable = template.owner, template.expected_deliverable
    milestone.offset_working_days = template.offset_working_days


def _wire(milestones: Sequence[Milestone], content: MethodContent) -> None:
    """Finish-to-start links between a cohort's milestones, from the templates' dependencies: a
    project's milestone depends on the same project's, or on the cohort's."""
    by_slot = {(m.template_key, m.project_id): m for m in milestones}
    templates = {t.key: t for t in content.templates}
    for milestone in milestones:
        template = templates.get(milestone.template_key)
        if template is None:
            continue
        wanted = set()
        for key in template.depends_on_keys:
            target_scope = templates[key].scope
            target = by_slot.get((key, milestone.project_id if target_scope is MilestoneScope.PROJECT else None))
            if target is not None:
                wanted.add(target.id)
        current = {d.depends_on_id for d in milestone.depends_on}
        if wanted != current:
            milestone.depends_on = [MilestoneDependency(depends_on_id=target_id) for target_id in sorted(wanted)]


def _plan(milestones: Sequence[Milestone], event_date: date | None, calendar: WorkingCalendar) -> None:
    """Due dates of milestones not yet dated (new ones), from J0."""
    for milestone in milestones:
        if milestone.due_date is None:
            set_due(milestone, calendar.shift(event_date, milestone.offset_working_days) if event_date else None)


async def method_content(uow: UnitOfWork, method_version_id: int) -> MethodContent:
    content = (await method_contents(uow.national(), [method_version_id])).get(method_version_id)
    if content is None:  # versions are never deleted once a cohort uses them
        raise NotFoundError()
    return content


async def cohort_milestones(session: TenantSession, cohort_id: int) -> list[Milestone]:
    milestones = list(await session.scalars(select(Milestone).where(Milestone.cohort_id == cohort_id)))
    links = (
        select(MilestoneDependency)
        .join(Milestone, Milestone.id == MilestoneDependency.milestone_id)
        .where(Milestone.cohort_id == cohort_id)
    )
    return await with_dependencies(session, milestones, links)


async def instantiate(
    uow: UnitOfWork,
    region: str,
    cohort: Cohort,
    content: MethodContent,
    projects: Sequence[CohortMember],
    *,
    cohort_assignee_id: int | None = None,
) -> list[Milestone]:
    """Create the milestones `projects` (and the cohort itself, if new) still lack; wire and date them.
    A project's milestones go to its adviser; the cohort's to whoever runs it (`cohort_assignee_id`)."""
    session = uow.region(region)
    existing = await cohort_milestones(session, cohort.id)
    slots = {(m.template_key, m.project_id) for m in existing}
    created = []
    for template in content.templates:
        owners = [None] if template.scope is MilestoneScope.COHORT else [p.id for p in projects]
        for project_id in owners:
            if (template.key, project_id) not in slots:
                milestone = _instance(cohort, template, content, project_id)
                milestone.assignee_id = (
                    cohort_assignee_id
                    if project_id is None
                    else next((p.adviser_id for p in projects if p.id == project_id), None)
                )
                created.append(milestone)
    session.add_all(created)
    _plan(created, cohort.event_date, calendar_of(uow, region))
    await session.flush()  # ids, for the dependency links
    _wire([*existing, *created], content)
    await session.flush()
    return created


# --- creating and editing ------------------------------------------------------------------------


@dataclass(frozen=True)
class CohortInput:
    name: str
    venue: str = ""
    school_partner: str = ""
    start_date: date | None = None
    event_date: date | None = None
    event_end_date: date | None = None


def _checked(data: CohortInput, calendar: WorkingCalendar) -> CohortInput:
    name = data.name.strip()
    if not name:
        raise InvalidInputError("Le nom de la cohorte est obligatoire.", field="name", code=CommonErrorCode.REQUIRED)
    for value, field_name in ((name, "name"), (data.venue, "venue"), (data.school_partner, "schoolPartner")):
        if len(value.strip()) > TITLE_MAX_LENGTH:
            raise InvalidInputError(
                f"Ce texte ne doit pas dépasser {TITLE_MAX_LENGTH} caractères.",
                field=field_name,
                code=CommonErrorCode.TOO_LONG,
            )
    if data.event_date is not None:
        check_event_day(data.event_date, calendar)
    if data.event_end_date and (data.event_date is None or data.event_end_date < data.event_date):
        raise InvalidInputError(
            "La fin de l'événement ne peut pas précéder J0.", field="eventEndDate", code=PlanningErrorCode.INVALID_DATES
        )
    if data.start_date and data.event_date and data.start_date > data.event_date:
        raise InvalidInputError(
            "Le démarrage de la cohorte précède son événement (J0).",
            field="startDate",
            code=PlanningErrorCode.INVALID_DATES,
        )
    return CohortInput(
        name=name,
        venue=data.venue.strip(),
        school_partner=data.school_partner.strip(),
        start_date=data.start_date,
        event_date=data.event_date,
        event_end_date=data.event_end_date,
    )


def check_event_day(event_date: date, calendar: WorkingCalendar) -> None:
    """J0 is a working day, so that every milestone planned from it lands on one too."""
    if not calendar.is_working_day(event_date):
        reason = calendar.holiday_name(event_date) or "un week-end"
        raise InvalidInputError(
            f"J0 doit être un jour ouvré : le {event_date.strftime('%d/%m/%Y')} est {_article(reason)}.",
            field="eventDate",
            code=PlanningErrorCode.NOT_A_WORKING_DAY,
        )


def _article(reason: str) -> str:
    return reason if reason == "un week-end" else f"férié ({reason})"


def require_manager(uow: UnitOfWork, principal: Principal | None, region: str) -> Principal:
    manager = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(manager, Action.VIEW_COHORT, region=region):
        raise NotFoundError()
    if not may_manage_cohort(manager, region):
        raise ForbiddenError("Seul le responsable régional gère les cohortes de sa région.")
    return manager


async def _edition_for(uow: UnitOfWork, edition_id: int, region: str) -> EditionView:
    edition = (await editions_by_id(uow.national(), [edition_id])).get(edition_id)
    if edition is None:
        raise NotFoundError()
    if region not in edition.regions:
        raise InvalidInputError(
            "Cette région ne participe pas à cette édition.",
            field="editionId",
            code=PlanningErrorCode.REGION_NOT_IN_EDITION,
        )
    return edition


async def create_cohort(
    uow: UnitOfWork, principal: Principal | None, *, edition_id: int, data: CohortInput, request_id: str
) -> CohortView:
    """The region's cohort of an edition (the caller's region), with its cohort-level milestones."""
    if principal is None or principal.region is None:
        raise ForbiddenError("Seul le responsable régional gère les cohortes de sa région.")
    region = principal.region
    manager = require_manager(uow, principal, region)
    edition = await _edition_for(uow, edition_id, region)
    session = uow.region(region)
    if await session.scalar(select(Cohort.id).where(Cohort.edition_id == edition.id)) is not None:
        raise InvalidInputError(
            "La région a déjà sa cohorte pour cette édition.", field="editionId", code=PlanningErrorCode.COHORT_EXISTS
        )
    clean = _checked(data, calendar_of(uow, region))
    cohort = Cohort(
        edition_id=edition.id,
        edition_year=edition.year,
        method_version_id=edition.method_version_id,
        name=clean.name,
        sort_key=newest_first_key(edition.year, clean.name),
        event_date=clean.event_date,
        event_end_date=clean.event_end_date,
        start_date=clean.start_date,
        venue=clean.venue,
        school_partner=clean.school_partner,
    )
    session.add(cohort)
    await session.flush()
    content = await method_content(uow, edition.method_version_id)
    created = await instantiate(uow, region, cohort, content, [], cohort_assignee_id=await user_id_of(uow, manager))
    record_change(
        session,
        manager,
        request_id=request_id,
        action="cohort.created",
        entity_type="Cohort",
        entity_id=cohort.id,
        before=None,
        after={"editionId": edition.id, "eventDate": iso_or_none(clean.event_date), "milestones": len(created)},
    )
    return CohortView.of(region, cohort)


async def locked_cohort(session: TenantSession, cohort_id: int, expected_version: int) -> Cohort:
    cohort: Cohort | None = await session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError()
    if cohort.version != expected_version:
        raise await stale_version_error(
            session, entity_type="Cohort", entity_id=cohort.id, field_labels=_COHORT_FIELD_LABELS
        )
    return cohort


async def update_cohort(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    cohort_id: int,
    expected_version: int,
    data: CohortInput,
    request_id: str,
) -> CohortView:
    """Name, venue, school and dates other than J0 (J0 moves with `replan_cohort`)."""
    manager = require_manager(uow, principal, region)
    session = uow.region(region)
    cohort = await locked_cohort(session, cohort_id, expected_version)
    clean = _checked(
        CohortInput(
            name=data.name,
            venue=data.venue,
            school_partner=data.school_partner,
            start_date=data.start_date,
            event_date=cohort.event_date,
            event_end_date=data.event_end_date,
        ),
        calendar_of(uow, region),
    )
    before = _cohort_summary(cohort)
    cohort.name, cohort.venue, cohort.school_partner = clean.name, clean.venue, clean.school_partner
    cohort.start_date, cohort.event_end_date = clean.start_date, clean.event_end_date
    cohort.sort_key = newest_first_key(cohort.edition_year, clean.name)
    await session.flush()
    record_change(
        session,
        manager,
        request_id=request_id,
        action="cohort.updated",
        entity_type="Cohort",
        entity_id=cohort.id,
        before=before,
        after=_cohort_summary(cohort),
    )
    return CohortView.of(region, cohort)


def iso_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _cohort_summary(cohort: Cohort) -> dict[str, object]:
    return {
        "name": cohort.name,
        "venue": cohort.venue,
        "schoolPartner": cohort.school_partner,
        "startDate": iso_or_none(cohort.start_date),
        "eventEndDate": iso_or_none(cohort.event_end_date),
    }


async def add_project(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    cohort_id: int,
    project_id: int,
    expected_version: int,
    request_id: str,
) -> CohortView:
    """A project joins the cohort: it gets every per-project milestone, planned on the cohort's J0."""
    manager = require_manager(uow, principal, region)
    session = uow.region(region)
    cohort = await locked_cohort(session, cohort_id, expected_version)
    project = (await projects_as_members(session, [project_id])).get(project_id)
    if project is None:
        raise NotFoundError(field="projectId")
    if project.cohort_id not in (None, cohort.id):
        raise InvalidInputError(
            "Ce projet suit déjà une autre cohorte.",
            field="projectId",
            code=PlanningErrorCode.PROJECT_IN_ANOTHER_COHORT,
        )
    await enrol_in_cohort(session, project.id, cohort.id)
    created = await instantiate(uow, region, cohort, await method_content(uow, cohort.method_version_id), [project])
    touch(cohort)
    await session.flush()
    record_change(
        session,
        manager,
        request_id=request_id,
        action="cohort.project_added",
        entity_type="Cohort",
        entity_id=cohort.id,
        before=None,
        after={"projectId": project.id, "milestones": len(created)},
    )
    return CohortView.of(region, cohort)


def touch(cohort: Cohort) -> None:
    """The cohort's plan changed without its own columns changing: bump its version all the same."""
    cohort.updated_at = datetime.now(UTC)
