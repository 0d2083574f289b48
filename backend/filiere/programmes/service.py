"""Accelerated projects and their companies: reading rules and queries.

Lists start from `readable_projects`, which asks the policy what the caller may see in one region; a
project the caller may not read is indistinguishable from a missing one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import selectinload

from filiere import clock
from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed, may_be_attached, may_need_grant
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.memberships.service import AttachedIndex, attached_projects
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.service import GrantIndex, active_grants
from filiere.programmes.models import (
    Company,
    Project,
    ProjectNeed,
    ProjectNeedRow,
    ProjectStatus,
    ProjectStatusChange,
    Sector,
)
from filiere.programmes.views import (
    VISIBILITY_ACTIONS,
    CompanyCard,
    ProjectCard,
    ProjectConfidential,
    ProjectView,
    RegionAccess,
    StatusChangeView,
    Visibility,
)
from filiere.programmes.workflow import FINISHED, NEXT_STATUSES, checked_transition
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold, like_pattern

SEARCH_TEXT_MAX_LENGTH = 200


@dataclass(frozen=True)
class ProjectFilters:
    statuses: frozenset[ProjectStatus] = frozenset()
    sectors: frozenset[Sector] = frozenset()
    needs: frozenset[ProjectNeed] = frozenset()  # any of them
    adviser_ids: frozenset[int] = frozenset()
    departements: frozenset[str] = frozenset()  # of the company's commune
    text: str | None = None
    in_cohort: bool | None = None  # None: either

    @classmethod
    def of(
        cls,
        *,
        statuses: Iterable[ProjectStatus] = (),
        sectors: Iterable[Sector] = (),
        needs: Iterable[ProjectNeed] = (),
        adviser_ids: Iterable[int] = (),
        departements: Iterable[str] = (),
        text: str | None = None,
        in_cohort: bool | None = None,
    ) -> ProjectFilters:
        """Filters as a person typed them: codes trimmed, an overlong search refused rather than cut."""
        words = (text or "").strip()
        if len(words) > SEARCH_TEXT_MAX_LENGTH:
            raise InvalidInputError(
                f"La recherche compte {SEARCH_TEXT_MAX_LENGTH} caractères au plus.",
                field="filter.text",
                code=CommonErrorCode.TOO_LONG,
            )
        return cls(
            statuses=frozenset(statuses),
            sectors=frozenset(sectors),
            needs=frozenset(needs),
            adviser_ids=frozenset(adviser_ids),
            departements=frozenset(code.strip().upper() for code in departements if code.strip()),
            text=words or None,
            in_cohort=in_cohort,
        )

    def apply(self, statement: Select[Project]) -> Select[Project]:
        if self.statuses:
            statement = statement.where(Project.status.in_(self.statuses))
        if self.sectors:
            statement = statement.where(Project.sector.in_(self.sectors))
        if self.needs:
            statement = statement.where(
                Project.id.in_(select(ProjectNeedRow.project_id).where(ProjectNeedRow.need.in_(self.needs)))
            )
        if self.adviser_ids:
            statement = statement.where(Project.adviser_id.in_(self.adviser_ids))
        if self.departements:
            statement = statement.where(
                Project.company_id.in_(select(Company.id).where(Company.departement.in_(self.departements)))
            )
        if self.text and self.text.strip():
            statement = statement.where(Project.search_text.like(like_pattern(self.text), escape="\\"))
        if self.in_cohort is not None:
            statement = statement.where(
                Project.cohort_id.is_not(None) if self.in_cohort else Project.cohort_id.is_(None)
            )
        return statement


@dataclass(frozen=True)
class ProjectAccess:
    """What opens single projects to the caller beyond their reach by role: their organisation's grants
    (partners), their memberships (coach, expert, student). Loaded once per service call, and only for the
    roles that use them."""

    grants: GrantIndex = field(default_factory=GrantIndex)
    attached: AttachedIndex = field(default_factory=AttachedIndex)

    def is_attached(self, region: str, project: Project) -> bool:
        """An active membership: not ended, on a project not finished."""
        return self.attached.holds(region, project.id) and project.status not in FINISHED


def readable_projects(principal: Principal, region: str, access: ProjectAccess) -> Select[Project] | None:
    """The projects of `region` the caller may see at least the card of; None when there are none."""
    statement = select(Project).options(selectinload(Project.needs))
    if is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region):
        return statement
    granted = [
        project_id
        for project_id, scope in access.grants.in_region(region).items()
        if is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region, grant=scope)
    ]
    opened: list[ColumnElement[bool]] = [Project.id.in_(granted)] if granted else []
    attached = sorted(access.attached.in_region(region))
    if attached and is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region, attached=True):
        # A finished project closes its members' rights.
        opened.append(and_(Project.id.in_(attached), Project.status.not_in(FINISHED)))
    return statement.where(or_(*opened)) if opened else None


def project_view(principal: Principal, region: str, project: Project, access: ProjectAccess) -> ProjectView:
    grant = access.grants.scope(region, project.id)
    attached = access.is_attached(region, project)
    visible = frozenset(
        {Visibility.SUMMARY}
        | {
            visibility
            for visibility, action in VISIBILITY_ACTIONS.items()
            if is_allowed(principal, action, region=region, grant=grant, attached=attached)
        }
    )
    return ProjectView(
        card=ProjectCard.of(region, project),
        confidential=ProjectConfidential.of(project) if Visibility.CONFIDENTIAL in visible else None,
        grant=grant,
        attached=attached,
        visible=visible,
    )


def index_project(project: Project, company_name: str) -> None:
    """Derived columns: the list's sort key and the accent-insensitive search text."""
    project.sort_key = fold(project.name)[:200]
    project.search_text = search_text_of(project, company_name)


def search_text_of(project: Project, company_name: str) -> str:
    return fold(f"{project.name} {company_name} {project.summary}")


async def access_of(uow: UnitOfWork, principal: Principal) -> ProjectAccess:
    if may_need_grant(principal, Action.VIEW_PROJECT_SUMMARY):
        today = clock.today(uow.registry.settings)
        return ProjectAccess(grants=await active_grants(uow.national(), principal, today))
    if may_be_attached(principal, Action.VIEW_PROJECT_SUMMARY):
        return ProjectAccess(attached=await attached_projects(uow.national(), principal))
    return ProjectAccess()


def _position(view: ProjectView) -> SortPosition:
    return SortPosition(view.card.sort_key, view.card.region, view.card.id)


async def list_projects(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str | None,
    filters: ProjectFilters,
    page: PageRequest,
) -> Page[ProjectView]:
    """Projects of one region, or of every region merged, in name order."""
    reader = require_principal(principal)
    tenants = uow.regions(region)
    access = await access_of(uow, reader)

    async def read(tenant: Tenant) -> TenantSlice[ProjectView]:
        readable = readable_projects(reader, tenant.slug, access)
        if readable is None:
            return TenantSlice(rows=[], total_count=0)
        session = uow.session(tenant)
        matching = filters.apply(readable)
        total = await session.scalar(select(func.count()).select_from(matching.order_by(None).subquery()))
        rows = await session.scalars(
            matching.where(after_position(page, tenant.slug, Project.sort_key, Project.id))
            .order_by(Project.sort_key, Project.id)
            .limit(page.first + 1)
        )
        return TenantSlice(
            rows=[project_view(reader, tenant.slug, row, access) for row in rows],
            total_count=total or 0,
        )

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(list(result.results.values()), page, _position, result.failures)


async def _readable_row(
    uow: UnitOfWork, reader: Principal, region: str, project_id: int
) -> tuple[Project, ProjectAccess]:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    access = await access_of(uow, reader)
    readable = readable_projects(reader, region, access)
    if readable is None:
        raise NotFoundError()
    project = await uow.region(region).scalar(readable.where(Project.id == project_id))
    if project is None:
        raise NotFoundError()
    return project, access


async def get_project(uow: UnitOfWork, principal: Principal | None, region: str, project_id: int) -> ProjectView:
    reader = require_principal(principal)
    project, access = await _readable_row(uow, reader, region, project_id)
    return project_view(reader, region, project, access)


# What a conflict names, in the words of the project page.
_FIELD_LABELS = {
    "summary": "objectif",
    "notes": "notes",
    "status": "statut",
    "products": "produits",
    "team": "équipe",
}

SUMMARY_MAX_LENGTH = 2000
NOTES_MAX_LENGTH = 10000


@dataclass(frozen=True)
class ProjectChanges:
    """Fields an adviser may edit; None leaves a field as it is."""

    summary: str | None = None
    notes: str | None = None


def _validated(changes: ProjectChanges) -> dict[str, str]:
    values: dict[str, str] = {}
    if changes.summary is not None:
        summary = changes.summary.strip()
        if not summary:
            raise InvalidInputError(
                "L'objectif du projet ne peut pas être vide.", field="summary", code=CommonErrorCode.REQUIRED
            )
        if len(summary) > SUMMARY_MAX_LENGTH:
            raise InvalidInputError(
                f"L'objectif ne doit pas dépasser {SUMMARY_MAX_LENGTH} caractères.",
                field="summary",
                code=CommonErrorCode.TOO_LONG,
            )
        values["summary"] = summary
    if changes.notes is not None:
        notes = changes.notes.strip()
        if len(notes) > NOTES_MAX_LENGTH:
            raise InvalidInputError(
                f"Les notes ne doivent pas dépasser {NOTES_MAX_LENGTH} caractères.",
                field="notes",
                code=CommonErrorCode.TOO_LONG,
            )
        values["notes"] = notes
    return values


def may_edit_project(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.EDIT_PROJECT, region=region)


def region_access(principal: Principal | None, region: str) -> RegionAccess:
    """What the caller reads of a region's projects, without counting grants (those open single projects)."""
    if is_allowed(principal, Action.VIEW_PROJECT_CONFIDENTIAL, region=region):
        return RegionAccess.FULL
    if is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region):
        return RegionAccess.SUMMARY
    return RegionAccess.NONE


async def status_counts(uow: UnitOfWork, principal: Principal | None, region: str) -> dict[ProjectStatus, int] | None:
    """How many of the region's projects are at each step (every step, zero included), in one statement;
    None for whoever does not read the region's cards (a partner reads single shared projects, never a
    region's totals)."""
    if not is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region):
        return None
    rows = await uow.region(region).execute(select(Project.status, func.count()).group_by(Project.status))
    found: dict[ProjectStatus, int] = dict(rows.all())
    return {status: found.get(status, 0) for status in ProjectStatus}


def may_see_adviser(principal: Principal | None, project: ProjectView) -> bool:
    """The adviser who follows a project is shown to whoever may (`VIEW_PROJECT_ADVISER`)."""
    return is_allowed(
        principal,
        Action.VIEW_PROJECT_ADVISER,
        region=project.card.region,
        grant=project.grant,
        attached=project.attached,
    )


async def project_for_edit(
    uow: UnitOfWork,
    principal: Principal | None,
    region: str,
    project_id: int,
    expected_version: int,
    *,
    action: Action = Action.EDIT_PROJECT,
) -> tuple[Principal, Project, ProjectAccess]:
    """The project an edit is about, once the caller may take `action` on it and has read its current
    version."""
    editor = require_principal(principal)
    project, access = await _readable_row(uow, editor, region, project_id)
    if not is_allowed(editor, action, region=region, attached=access.is_attached(region, project)):
        raise ForbiddenError("Seuls les conseillers de la région du projet peuvent le modifier.")
    if project.version != expected_version:
        raise await stale_version_error(
            uow.region(region), entity_type="Project", entity_id=project.id, field_labels=_FIELD_LABELS
        )
    return editor, project, access


async def update_project(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    expected_version: int,
    changes: ProjectChanges,
    request_id: str,
) -> ProjectView:
    """Edit a project of the caller's region; refused with a typed error before anything is written."""
    values = _validated(changes)
    editor, project, access = await project_for_edit(uow, principal, region, project_id, expected_version)
    session = uow.region(region)
    # Read before changing anything: a query would autoflush a first UPDATE, re-indexing a second.
    company = await session.get(Company, project.company_id)
    assert company is not None
    before = {name: getattr(project, name) for name in values}
    for name, value in values.items():
        setattr(project, name, value)
    index_project(project, company.name)
    changed = {name: value for name, value in values.items() if before[name] != value}
    if changed:
        record_change(
            session,
            editor,
            request_id=request_id,
            action="project.updated",
            entity_type="Project",
            entity_id=project.id,
            before={name: before[name] for name in changed},
            after=changed,
        )
    await session.flush()
    return project_view(editor, region, project, access)


def next_statuses(principal: Principal | None, region: str, status: ProjectStatus) -> tuple[ProjectStatus, ...]:
    """The statuses the caller may move a project to: none unless they may edit it."""
    return NEXT_STATUSES[status] if may_edit_project(principal, region) else ()


async def transition_project(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    to: ProjectStatus,
    reason: str | None,
    expected_version: int,
    request_id: str,
) -> ProjectView:
    """Move a project one step along its journey; the step is kept with who, when and why, and audited."""
    editor, project, access = await project_for_edit(uow, principal, region, project_id, expected_version)
    session = uow.region(region)
    recorded_reason = checked_transition(project.status, to, reason)
    before = project.status
    project.status = to
    session.add(
        ProjectStatusChange(
            project_id=project.id,
            from_status=before,
            to_status=to,
            reason=recorded_reason,
            changed_at=datetime.now(UTC),
            actor_subject=editor.subject,
            actor_name=editor.display_name,
        )
    )
    record_change(
        session,
        editor,
        request_id=request_id,
        action="project.status_changed",
        entity_type="Project",
        entity_id=project.id,
        before={"status": before.value},
        after={"status": to.value} | ({"reason": recorded_reason} if recorded_reason else {}),
    )
    await session.flush()
    return project_view(editor, region, project, access)


async def status_changes_by_project(
    session: TenantSession, project_ids: Sequence[int]
) -> dict[int, list[StatusChangeView]]:
    """Batch read for loaders, oldest step first; callers have checked that the projects are readable."""
    rows = await session.scalars(
        select(ProjectStatusChange)
        .where(ProjectStatusChange.project_id.in_(project_ids))
        .order_by(ProjectStatusChange.changed_at, ProjectStatusChange.id)
    )
    changes: dict[int, list[StatusChangeView]] = {project_id: [] for project_id in project_ids}
    for row in rows:
        changes[row.project_id].append(StatusChangeView.of(row))
    return changes


async def get_company(uow: UnitOfWork, principal: Principal | None, region: str, company_id: int) -> CompanyCard:
    """A company is readable when one of its projects is."""
    reader = require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError()
    readable = readable_projects(reader, region, await access_of(uow, reader))
    if readable is None:
        raise NotFoundError()
    session = uow.region(region)
    visible = await session.scalar(
        select(func.count()).select_from(readable.where(Project.company_id == company_id).subquery())
    )
    company = await session.get(Company, company_id) if visible else None
    if company is None:
        raise NotFoundError()
    return CompanyCard.of(region, company)


async def companies_by_id(session: TenantSession, ids: Sequence[int]) -> dict[int, CompanyCard]:
    """Batch read for loaders; callers have already checked the projects that reference them."""
    rows = await session.scalars(select(Company).where(Company.id.in_(ids)))
    return {row.id: CompanyCard.of(session.tenant_slug, row) for row in rows}


async def projects_by_id(
    uow: UnitOfWork, principal: Principal | None, region: str, ids: Sequence[int]
) -> dict[int, ProjectView]:
    """Batch read for loaders, with the same rules as a single read: unreadable ones are left out."""
    if principal is None:
        return {}
    access = await access_of(uow, principal)
    readable = readable_projects(principal, region, access)
    if readable is None:
        return {}
    rows = await uow.region(region).scalars(readable.where(Project.id.in_(ids)))
    return {row.id: project_view(principal, region, row, access) for row in rows}


async def project_names(uow: UnitOfWork, region: str, ids: Sequence[int]) -> dict[int, str]:
    """The names of these projects (for a notice to someone who may read them): one statement."""
    rows = await uow.region(region).execute(select(Project.id, Project.name).where(Project.id.in_(ids)))
    return {row.id: row.name for row in rows}


async def event_project_cards(uow: UnitOfWork, region: str, ids: Sequence[int]) -> dict[int, ProjectView]:
    """The summary cards of the projects pitching at an event, for whoever the events service let see its
    running order (organisers, its invited jurors, readers of its published results). No check here: a juror
    may read no project (`VIEW_PROJECT_SUMMARY` has no juror rule) and must still see the cards of the pitches
    they score, a decision only the events service can take; the card never carries a confidential field."""
    if not ids or not uow.registry.has_region(region):
        return {}
    rows = await uow.region(region).scalars(
        select(Project).options(selectinload(Project.needs)).where(Project.id.in_(ids))
    )
    return {row.id: ProjectView(card=ProjectCard.of(region, row), confidential=None) for row in rows}


async def project_contacts(uow: UnitOfWork, region: str, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Each project's company contact (name, else the project's name, and e-mail), for a message sent to the
    company itself (its agenda at an event), never shown to the sender: one statement."""
    rows = await uow.region(region).execute(
        select(Project.id, Project.name, Company.contact_name, Company.contact_email)
        .join(Company, Company.id == Project.company_id)
        .where(Project.id.in_(ids))
    )
    return {row.id: (row.contact_name or row.name, row.contact_email) for row in rows}
