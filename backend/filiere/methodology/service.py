"""The national method: reading its versions, editing the draft, publishing and retiring.

Only CCI France edits. A draft is saved whole — its phases and milestone templates in order — and
checked whole (`validation.check_templates`), so an invalid plan is never stored, not even for a while.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.methodology.errors import MethodErrorCode
from filiere.methodology.models import (
    EvidenceKind,
    MeetupTheme,
    MethodStatus,
    MethodVersion,
    MilestoneOwner,
    MilestoneScope,
    MilestoneTemplate,
    Phase,
    ScoringCriterion,
)
from filiere.methodology.validation import (
    DELIVERABLE_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    TemplateRule,
    check_duration,
    check_templates,
    check_text,
    template_field,
)
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold, newest_first_key

# What a conflict names, in the words of the page that edits it.
_METHOD_FIELD_LABELS = {
    "name": "nom",
    "durationMonths": "durée",
    "phases": "phases",
    "templates": "jalons",
    "status": "statut",
}

# --- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class MethodVersionView:
    id: int
    number: int
    name: str
    status: MethodStatus
    duration_months: int
    based_on_id: int | None
    published_at: datetime | None
    retired_at: datetime | None
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, row: MethodVersion) -> MethodVersionView:
        return cls(
            id=row.id,
            number=row.number,
            name=row.name,
            status=row.status,
            duration_months=row.duration_months,
            based_on_id=row.based_on_id,
            published_at=row.published_at,
            retired_at=row.retired_at,
            updated_at=row.updated_at,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class PhaseView:
    id: int
    method_version_id: int
    key: str
    name: str
    position: int


@dataclass(frozen=True, kw_only=True)
class TemplateView:
    id: int
    method_version_id: int
    phase_id: int
    phase_key: str
    key: str
    title: str
    scope: MilestoneScope
    offset_working_days: int
    owner: MilestoneOwner
    expected_deliverable: str
    required_evidence: EvidenceKind | None
    position: int
    depends_on_keys: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class MethodContent:
    """A version with its phases and templates, in order: what a cohort is planned from."""

    version: MethodVersionView
    phases: list[PhaseView]
    templates: list[TemplateView]  # by phase, then position


# --- reading -------------------------------------------------------------------------------------


def may_edit_method(principal: Principal | None) -> bool:
    return is_allowed(principal, Action.EDIT_METHOD, region=None)


def _require_reader(principal: Principal | None) -> Principal:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_METHOD, region=None):
        raise NotFoundError()
    return reader


def _version_position(view: MethodVersionView) -> SortPosition:
    return SortPosition(newest_first_key(view.number), NATIONAL_SLUG, view.id)


async def list_method_versions(
    uow: UnitOfWork, principal: Principal | None, page: PageRequest, statuses: frozenset[MethodStatus] = frozenset()
) -> Page[MethodVersionView]:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_METHOD, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    statement = select(MethodVersion)
    if statuses:
        statement = statement.where(MethodVersion.status.in_(statuses))
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await national.scalars(
        statement.where(after_position(page, NATIONAL_SLUG, MethodVersion.sort_key, MethodVersion.id))
        .order_by(MethodVersion.sort_key, MethodVersion.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[MethodVersionView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, _version_position)


async def get_method_version(uow: UnitOfWork, principal: Principal | None, version_id: int) -> MethodVersionView:
    _require_reader(principal)
    row = await uow.national().get(MethodVersion, version_id)
    if row is None:
        raise NotFoundError()
    return MethodVersionView.of(row)


async def method_versions_by_id(national: TenantSession, version_ids: Sequence[int]) -> dict[int, MethodVersionView]:
    """Batch read of versions without their content, for other domains (no access check: callers do it)."""
    rows = await national.scalars(select(MethodVersion).where(MethodVersion.id.in_(version_ids)))
    return {row.id: MethodVersionView.of(row) for row in rows}


async def method_contents(session: TenantSession, version_ids: Sequence[int]) -> dict[int, MethodContent]:
    """Batch read for loaders and for planning cohorts (no access check: callers do it)."""
    rows = await session.scalars(
        select(MethodVersion)
        .where(MethodVersion.id.in_(version_ids))
        .options(
            selectinload(MethodVersion.phases),
            selectinload(MethodVersion.templates).selectinload(MilestoneTemplate.depends_on),
        )
    )
    return {row.id: _content(row) for row in rows}


@dataclass(frozen=True, kw_only=True)
class MeetupThemeView:
    key: str
    name: str


async def meetup_themes_of(uow: UnitOfWork, method_version_id: int) -> list[MeetupThemeView]:
    """The meet-up themes of a method version, in order, for the event day (no access check: the method is
    national and its themes are printed on every public programme)."""
    rows = await uow.national().scalars(
        select(MeetupTheme).where(MeetupTheme.method_version_id == method_version_id).order_by(MeetupTheme.position)
    )
    return [MeetupThemeView(key=row.key, name=row.name) for row in rows]


async def meetup_themes_by_version(
    national: TenantSession, version_ids: Sequence[int]
) -> dict[int, list[MeetupThemeView]]:
    """Batch read for loaders: the themes of each version, in order (one statement; no access check)."""
    found: dict[int, list[MeetupThemeView]] = {version_id: [] for version_id in version_ids}
    rows = await national.scalars(
        select(MeetupTheme)
        .where(MeetupTheme.method_version_id.in_(version_ids))
        .order_by(MeetupTheme.method_version_id, MeetupTheme.position)
    )
    for row in rows:
        found[row.method_version_id].append(MeetupThemeView(key=row.key, name=row.name))
    return found


async def latest_published_version_id(uow: UnitOfWork) -> int | None:
    """The method version new work starts from when nothing else names one."""
    version_id: int | None = await uow.national().scalar(
        select(MethodVersion.id)
        .where(MethodVersion.status == MethodStatus.PUBLISHED)
        .order_by(MethodVersion.number.desc())
        .limit(1)
    )
    return version_id


@dataclass(frozen=True, kw_only=True)
class ScoringCriterionView:
    """A criterion of the jury's grid of a method version (national: every region's jurors score alike)."""

    id: int
    method_version_id: int
    key: str
    name: str
    description: str
    weight: int
    position: int


async def scoring_grids_of(
    national: TenantSession, version_ids: Sequence[int]
) -> dict[int, tuple[ScoringCriterionView, ...]]:
    """The grids of these method versions, in the grid's order (one statement; no access check: the events
    show a grid to their organisers and jurors). A version without criteria maps to an empty grid."""
    grids: dict[int, list[ScoringCriterionView]] = {version_id: [] for version_id in version_ids}
    rows = await national.scalars(
        select(ScoringCriterion)
        .where(ScoringCriterion.method_version_id.in_(version_ids))
        .order_by(ScoringCriterion.method_version_id, ScoringCriterion.position, ScoringCriterion.id)
    )
    for row in rows:
        grids[row.method_version_id].append(
            ScoringCriterionView(
                id=row.id,
                method_version_id=row.method_version_id,
                key=row.key,
                name=row.name,
                description=row.description,
                weight=row.weight,
                position=row.position,
            )
        )
    return {version_id: tuple(criteria) for version_id, criteria in grids.items()}


async def scoring_grid_of(uow: UnitOfWork, method_version_id: int) -> tuple[ScoringCriterionView, ...]:
    """The grid of one method version (empty when it has none)."""
    return (await scoring_grids_of(uow.national(), [method_version_id]))[method_version_id]


async def required_evidence_of(national: TenantSession, template_ids: Sequence[int]) -> dict[int, EvidenceKind]:
    """The evidence each template asks for, for the milestones planned from them (one statement; no access
    check: the method is read by every member of the programme's staff). Templates asking none are left out."""
    rows = await national.execute(
        select(MilestoneTemplate.id, MilestoneTemplate.required_evidence).where(
            MilestoneTemplate.id.in_(template_ids), MilestoneTemplate.required_evidence.is_not(None)
        )
    )
    return {template_id: kind for template_id, kind in rows if kind is not None}


def _content(row: MethodVersion) -> MethodContent:
    phases = [
        PhaseView(id=p.id, method_version_id=row.id, key=p.key, name=p.name, position=p.position) for p in row.phases
    ]
    phase_of = {p.id: p for p in phases}
    templates = sorted(
        (
            TemplateView(
                id=t.id,
                method_version_id=row.id,
                phase_id=t.phase_id,
                phase_key=phase_of[t.phase_id].key,
                key=t.key,
                title=t.title,
                scope=t.scope,
                offset_working_days=t.offset_working_days,
                owner=t.owner,
                expected_deliverable=t.expected_deliverable,
                required_evidence=t.required_evidence,
                position=t.position,
                depends_on_keys=tuple(sorted(d.key for d in t.depends_on)),
            )
            for t in row.templates
        ),
        key=lambda t: (phase_of[t.phase_id].position, t.position),
    )
    return MethodContent(version=MethodVersionView.of(row), phases=phases, templates=templates)


# --- editing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseInput:
    name: str
    key: str | None = None  # None: a new phase


@dataclass(frozen=True)
class TemplateInput:
    phase_key: str
    title: str
    scope: MilestoneScope
    offset_working_days: int
    owner: MilestoneOwner
    expected_deliverable: str = ""
    depends_on: tuple[str, ...] = ()  # template keys
    required_evidence: EvidenceKind | None = None
    key: str | None = None  # None: a new template


@dataclass(frozen=True)
class DraftInput:
    name: str
    duration_months: int
    phases: Sequence[PhaseInput]  # in order
    templates: Sequence[TemplateInput]  # in order within each phase


def _require_editor(principal: Principal | None) -> Principal:
    editor = require_principal(principal)
    if not may_edit_method(editor):
        if is_allowed(editor, Action.VIEW_METHOD, region=None):
            raise ForbiddenError("Seule CCI France modifie la méthode nationale.")
        raise NotFoundError()
    return editor


async def _load_version(session: TenantSession, version_id: int, expected_version: int | None) -> MethodVersion:
    row: MethodVersion | None = await session.scalar(
        select(MethodVersion)
        .where(MethodVersion.id == version_id)
        .options(
            selectinload(MethodVersion.phases),
            selectinload(MethodVersion.templates).selectinload(MilestoneTemplate.depends_on),
            selectinload(MethodVersion.meetup_themes),
            selectinload(MethodVersion.scoring_criteria),
        )
    )
    if row is None:
        raise NotFoundError()
    if expected_version is not None and row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="MethodVersion", entity_id=row.id, field_labels=_METHOD_FIELD_LABELS
        )
    return row


_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _unique_key(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:56] or "jalon"
    key, suffix = base, 2
    while key in taken:
        key, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(key)
    return key


async def create_draft(
    uow: UnitOfWork, principal: Principal | None, *, based_on_id: int | None, request_id: str
) -> MethodVersionView:
    """The next version, as a draft copy of `based_on_id` (or empty). One draft at a time."""
    editor = _require_editor(principal)
    session = uow.national()
    existing = await session.scalar(select(MethodVersion).where(MethodVersion.status == MethodStatus.DRAFT))
    if existing is not None:
        raise InvalidInputError(
            f"La version {existing.number} est déjà en brouillon : modifiez-la ou publiez-la d'abord.",
            code=MethodErrorCode.DRAFT_EXISTS,
        )
    number = (await session.scalar(select(func.max(MethodVersion.number))) or 0) + 1
    source = await _load_version(session, based_on_id, None) if based_on_id is not None else None
    draft = MethodVersion(
        number=number,
        sort_key=newest_first_key(number),
        name=source.name if source else "Méthode de l'Accélérateur de Relocalisations",
        status=MethodStatus.DRAFT,
        duration_months=source.duration_months if source else 6,
        based_on_id=source.id if source else None,
        phases=[],
        templates=[],
        meetup_themes=[],
        scoring_criteria=[],
    )
    session.add(draft)
    if source is not None:
        _copy_content(source, draft)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="method.draft_created",
        entity_type="MethodVersion",
        entity_id=draft.id,
        before=None,
        after={"number": number, "basedOn": source.number if source else None},
    )
    return MethodVersionView.of(draft)


def _copy_content(source: MethodVersion, draft: MethodVersion) -> None:
    phases = {}
    for phase in source.phases:
        phases[phase.id] = Phase(key=phase.key, name=phase.name, position=phase.position)
        draft.phases.append(phases[phase.id])
    copies = {}
    for template in source.templates:
        copies[template.id] = MilestoneTemplate(
            key=template.key,
            title=template.title,
            scope=template.scope,
            offset_working_days=template.offset_working_days,
            owner=template.owner,
            expected_deliverable=template.expected_deliverable,
            required_evidence=template.required_evidence,
            position=template.position,
            depends_on=[],
        )
        copies[template.id].phase = phases[template.phase_id]
        draft.templates.append(copies[template.id])
    for template in source.templates:
        copies[template.id].depends_on = [copies[d.id] for d in template.depends_on]
    # The event day's meet-up themes go with the method, so that every region's workshops share one list.
    draft.meetup_themes.extend(
        MeetupTheme(key=theme.key, name=theme.name, position=theme.position) for theme in source.meetup_themes
    )
    # The jury's grid goes with the method: a new version scores as the one it is based on until edited.
    draft.scoring_criteria.extend(
        ScoringCriterion(
            key=criterion.key,
            name=criterion.name,
            description=criterion.description,
            weight=criterion.weight,
            position=criterion.position,
        )
        for criterion in source.scoring_criteria
    )


def _checked_draft(draft: DraftInput, existing_phase_keys: set[str], existing_template_keys: set[str]) -> DraftInput:
    """The draft with clean texts and final keys; raises on the first rule it breaks.

    Keys identify phases and templates across versions (migrations compare versions by key). A new
    item keeps the key the client gave it if that is a free slug; otherwise it gets one made from its
    name, and the references to the client's key follow."""
    name = check_text(draft.name, field="name", label="Le nom de la méthode", max_length=TITLE_MAX_LENGTH)
    check_duration(draft.duration_months)
    if not draft.phases:
        raise InvalidInputError("La méthode a au moins une phase.", field="phases", code=CommonErrorCode.REQUIRED)
    phase_keys: set[str] = set()
    phase_renames: dict[str, str] = {}
    phases = []
    for index, phase in enumerate(draft.phases):
        phase_name = check_text(
            phase.name, field=f"phases.{index}.name", label="Le nom d'une phase", max_length=TITLE_MAX_LENGTH
        )
        if phase.key is not None and _SLUG.match(phase.key) and phase.key not in phase_keys:
            key = phase.key
        else:
            key = _unique_key(phase_name, phase_keys | existing_phase_keys)
            if phase.key is not None:
                phase_renames[phase.key] = key
        phase_keys.add(key)
        phases.append(PhaseInput(name=phase_name, key=key))
    # Final key of each template, in order; replaced client keys map to them for dependencies.
    final_keys: list[str] = []
    template_renames: dict[str, str] = {}
    for template in draft.templates:
        if template.key is not None and _SLUG.match(template.key) and template.key not in final_keys:
            key = template.key
        else:  # generated keys never take one that existed, even if it is being removed now
            key = _unique_key(template.title, {*final_keys, *existing_template_keys})
        if template.key is not None and template.key != key:
            template_renames.setdefault(template.key, key)
        final_keys.append(key)
    templates = []
    for index, (template, key) in enumerate(zip(draft.templates, final_keys, strict=True)):
        phase_key = phase_renames.get(template.phase_key, template.phase_key)
        if phase_key not in phase_keys:
            raise InvalidInputError(
                "Un jalon est rattaché à une phase qui n'existe pas.",
                field=template_field(index, "phaseKey"),
                code=MethodErrorCode.UNKNOWN_PHASE,
            )
        title = check_text(
            template.title,
            field=template_field(index, "title"),
            label="Le titre d'un jalon",
            max_length=TITLE_MAX_LENGTH,
        )
        deliverable = check_text(
            template.expected_deliverable,
            field=template_field(index, "expectedDeliverable"),
            label="Le livrable attendu",
            max_length=DELIVERABLE_MAX_LENGTH,
            required=False,
        )
        if template.required_evidence is not None and template.scope is not MilestoneScope.PROJECT:
            raise InvalidInputError(
                "Seul un jalon de projet peut demander une preuve : un jalon de cohorte n'a ni documents ni étude.",
                field=template_field(index, "requiredEvidence"),
                code=MethodErrorCode.EVIDENCE_NEEDS_PROJECT,
            )
        templates.append(
            TemplateInput(
                key=key,
                phase_key=phase_key,
                title=title,
                scope=template.scope,
                offset_working_days=template.offset_working_days,
                owner=template.owner,
                expected_deliverable=deliverable,
                required_evidence=template.required_evidence,
                depends_on=tuple(dict.fromkeys(template_renames.get(k, k) for k in template.depends_on)),
            )
        )
    check_templates(
        [
            TemplateRule(index, t.key or "", t.title, t.scope, t.offset_working_days, t.depends_on)
            for index, t in enumerate(templates)
        ],
        draft.duration_months,
    )
    return DraftInput(name=name, duration_months=draft.duration_months, phases=phases, templates=templates)


async def save_draft(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    version_id: int,
    expected_version: int,
    draft: DraftInput,
    request_id: str,
) -> MethodContent:
    """Replace the draft's content by `draft`, checked as a whole."""
    editor = _require_editor(principal)
    session = uow.national()
    row = await _load_version(session, version_id, expected_version)
    _require_draft(row)
    clean = _checked_draft(draft, {p.key for p in row.phases}, {t.key for t in row.templates})
    before = _summary(row)

    phases = {p.key: p for p in row.phases}
    row.phases = []
    for position, phase_input in enumerate(clean.phases):
        phase = phases.get(phase_input.key or "") or Phase(key=phase_input.key)
        phase.name, phase.position = phase_input.name, position
        row.phases.append(phase)
    phase_by_key = {p.key: p for p in row.phases}
    templates = {t.key: t for t in row.templates}
    row.templates = []
    positions: dict[str, int] = {}
    for template_input in clean.templates:
        template = templates.get(template_input.key or "") or MilestoneTemplate(key=template_input.key, depends_on=[])
        template.phase = phase_by_key[template_input.phase_key]
        template.title = template_input.title
        template.scope = template_input.scope
        template.offset_working_days = template_input.offset_working_days
        template.owner = template_input.owner
        template.expected_deliverable = template_input.expected_deliverable
        template.required_evidence = template_input.required_evidence
        template.position = positions.setdefault(template_input.phase_key, 0)
        positions[template_input.phase_key] += 1
        row.templates.append(template)
    template_by_key = {t.key: t for t in row.templates}
    for template_input in clean.templates:
        template_by_key[template_input.key or ""].depends_on = [template_by_key[k] for k in template_input.depends_on]
    row.name, row.duration_months = clean.name, clean.duration_months
    row.updated_at = datetime.now(UTC)  # a saved draft is a new version of the draft, for expectedVersion
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="method.draft_saved",
        entity_type="MethodVersion",
        entity_id=row.id,
        before=before,
        after=_summary(row),
    )
    return _content(row)


def _summary(row: MethodVersion) -> dict[str, object]:
    return {
        "name": row.name,
        "durationMonths": row.duration_months,
        "phases": [p.key for p in row.phases],
        "templates": {t.key: t.offset_working_days for t in row.templates},
        "evidence": {t.key: t.required_evidence.value for t in row.templates if t.required_evidence},
    }


def _require_draft(row: MethodVersion) -> None:
    if row.status is not MethodStatus.DRAFT:
        raise InvalidInputError(
            f"La version {row.number} est publiée : elle ne change plus. Créez un brouillon pour la faire évoluer.",
            code=MethodErrorCode.NOT_A_DRAFT,
        )


async def publish(
    uow: UnitOfWork, principal: Principal | None, *, version_id: int, expected_version: int, request_id: str
) -> MethodVersionView:
    editor = _require_editor(principal)
    session = uow.national()
    row = await _load_version(session, version_id, expected_version)
    _require_draft(row)
    if not row.templates:
        raise InvalidInputError(
            "Une méthode sans jalon ne peut pas être publiée.",
            field="milestoneTemplates",
            code=MethodErrorCode.NOTHING_TO_PUBLISH,
        )
    # Indexes as the draft is shown and saved: by phase, then position.
    ordered = _content(row).templates
    rows = {t.key: t for t in row.templates}
    check_templates(
        [
            TemplateRule(
                index, t.key, t.title, t.scope, t.offset_working_days, tuple(d.key for d in rows[t.key].depends_on)
            )
            for index, t in enumerate(ordered)
        ],
        row.duration_months,
    )
    row.status, row.published_at = MethodStatus.PUBLISHED, datetime.now(UTC)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="method.published",
        entity_type="MethodVersion",
        entity_id=row.id,
        before={"status": "draft"},
        after={"status": "published", "number": row.number},
    )
    return MethodVersionView.of(row)


async def retire(
    uow: UnitOfWork, principal: Principal | None, *, version_id: int, expected_version: int, request_id: str
) -> MethodVersionView:
    """A retired version can no longer be chosen for an edition; cohorts planned on it keep it."""
    editor = _require_editor(principal)
    session = uow.national()
    row = await _load_version(session, version_id, expected_version)
    if row.status is not MethodStatus.PUBLISHED:
        raise InvalidInputError(
            "Seule une version publiée peut être retirée.", field="versionId", code=MethodErrorCode.NOT_PUBLISHED
        )
    row.status, row.retired_at = MethodStatus.RETIRED, datetime.now(UTC)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="method.retired",
        entity_type="MethodVersion",
        entity_id=row.id,
        before={"status": "published"},
        after={"status": "retired"},
    )
    return MethodVersionView.of(row)


async def discard_draft(
    uow: UnitOfWork, principal: Principal | None, *, version_id: int, expected_version: int, request_id: str
) -> MethodVersionView:
    editor = _require_editor(principal)
    session = uow.national()
    row = await _load_version(session, version_id, expected_version)
    _require_draft(row)
    view = MethodVersionView.of(row)
    await session.delete(row)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="method.draft_discarded",
        entity_type="MethodVersion",
        entity_id=view.id,
        before=_summary(row),
        after=None,
    )
    return view
