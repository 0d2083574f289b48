"""The catalogue of financing schemes: read it, filter it, keep it.

CCI France keeps the national catalogue; a region's team keeps its own schemes, which only that region (and
CCI France) reads, and only that region's projects may take as a source (`scheme_is_usable_by`). Every
write is audited in the national trail, where the catalogue lives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, true
from sqlalchemy.orm import selectinload

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.scheme_input import SchemeData, checked_scheme, criteria_of
from filiere.financing.scheme_models import (
    CompanySize,
    CriterionDimension,
    FinancingScheme,
    FinancingSchemeCriterion,
    SchemePurpose,
    SchemeType,
)
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.service import organisations_by_id
from filiere.programmes.models import ProjectKind
from filiere.referentials.geography import departements_of_region, region
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold, like_pattern, searchable_words

SEARCH_TEXT_MAX_LENGTH = 200

# What a conflict names, in the words of the form that edits a scheme.
_FIELD_LABELS = {
    "name": "nom",
    "financerLabel": "financeur",
    "type": "type",
    "description": "description",
    "perimeter": "périmètre",
    "audience": "bénéficiaires",
    "purposes": "objet",
    "amounts": "montants",
    "rates": "taux",
    "dates": "dates",
    "applicationUrl": "lien de dépôt",
    "sourceUrl": "source",
    "deMinimis": "de minimis",
}


@dataclass(frozen=True, kw_only=True)
class SchemeView:
    id: int
    name: str
    sort_key: str
    description: str
    financer_organisation_id: int | None
    financer_label: str
    type: SchemeType
    purposes: tuple[SchemePurpose, ...]
    company_sizes: tuple[CompanySize, ...]  # empty: any size
    naf_sections: tuple[str, ...]  # empty: any sector
    project_kinds: tuple[ProjectKind, ...]  # empty: any kind of project
    nationwide: bool
    regions: tuple[str, ...]  # INSEE codes
    departements: tuple[str, ...]  # INSEE codes
    amount_min: int | None
    amount_max: int | None
    rate_min: float | None
    rate_max: float | None
    opens_on: date | None
    closes_on: date | None
    application_url: str
    source_url: str
    aides_territoires_id: str | None
    source_updated_at: datetime | None
    de_minimis: bool
    owner_region: str | None
    changed_by_name: str
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, row: FinancingScheme) -> SchemeView:
        values: dict[CriterionDimension, list[str]] = {dimension: [] for dimension in CriterionDimension}
        for criterion in row.criteria:
            values[criterion.dimension].append(criterion.value)
        return cls(
            id=row.id,
            name=row.name,
            sort_key=row.sort_key,
            description=row.description,
            financer_organisation_id=row.financer_organisation_id,
            financer_label=row.financer_label,
            type=row.type,
            purposes=tuple(SchemePurpose(v) for v in sorted(values[CriterionDimension.PURPOSE])),
            company_sizes=tuple(size for size in CompanySize if size.value in values[CriterionDimension.COMPANY_SIZE]),
            naf_sections=tuple(sorted(values[CriterionDimension.NAF_SECTION])),
            project_kinds=tuple(kind for kind in ProjectKind if kind.value in values[CriterionDimension.PROJECT_KIND]),
            nationwide=row.nationwide,
            regions=tuple(sorted(values[CriterionDimension.REGION])),
            departements=tuple(sorted(values[CriterionDimension.DEPARTEMENT])),
            amount_min=row.amount_min,
            amount_max=row.amount_max,
            rate_min=row.rate_min,
            rate_max=row.rate_max,
            opens_on=row.opens_on,
            closes_on=row.closes_on,
            application_url=row.application_url,
            source_url=row.source_url,
            aides_territoires_id=row.aides_territoires_id,
            source_updated_at=row.source_updated_at,
            de_minimis=row.de_minimis,
            owner_region=row.owner_region,
            changed_by_name=row.changed_by_name,
            updated_at=row.updated_at,
            version=row.version,
        )

    def is_open_on(self, day: date) -> bool:
        return (self.opens_on is None or self.opens_on <= day) and (self.closes_on is None or day <= self.closes_on)


def with_criteria(statement: Select[FinancingScheme]) -> Select[FinancingScheme]:
    """Load each scheme's criteria in one more statement, whatever the number of schemes."""
    return statement.options(selectinload(FinancingScheme.criteria))


async def schemes_by_id(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, SchemeView]:
    """Batch read (two statements) for loaders and for the financing plan; callers decide who sees what
    (`may_view_scheme`, `scheme_is_usable_by`)."""
    if not ids:
        return {}
    rows = await uow.national().scalars(with_criteria(select(FinancingScheme).where(FinancingScheme.id.in_(ids))))
    return {row.id: SchemeView.of(row) for row in rows}


async def scheme_names(uow: UnitOfWork, principal: Principal, ids: Sequence[int]) -> dict[int, str]:
    """The names of the schemes among `ids` the reader may see (the audit trail's labels)."""
    return {key: view.name for key, view in (await schemes_by_id(uow, ids)).items() if may_view_scheme(principal, view)}


def scheme_is_usable_by(region: str, scheme: SchemeView) -> bool:
    """May a project of `region` take this scheme as a source? The national catalogue's, or its region's own."""
    return scheme.owner_region is None or scheme.owner_region == region


def may_view_scheme(principal: Principal | None, scheme: SchemeView) -> bool:
    return is_allowed(principal, Action.VIEW_FINANCING_SCHEMES, region=scheme.owner_region)


def may_manage_scheme(principal: Principal | None, scheme: SchemeView) -> bool:
    return is_allowed(principal, Action.MANAGE_FINANCING_SCHEMES, region=scheme.owner_region)


def managed_catalogue(principal: Principal | None) -> tuple[bool, str | None]:
    """Where the caller's new schemes go: (True, None) the national catalogue, (True, slug) their region's
    own list, (False, None) nowhere."""
    if is_allowed(principal, Action.MANAGE_FINANCING_SCHEMES, region=None):
        return True, None
    own = principal.region if principal is not None else None
    if own is not None and is_allowed(principal, Action.MANAGE_FINANCING_SCHEMES, region=own):
        return True, own
    return False, None


def region_codes(registry: TenantRegistry) -> dict[str, str]:
    """Each tenant's slug → its INSEE région code."""
    return {tenant.slug: tenant.settings.insee_code for tenant in registry.regions if tenant.settings is not None}


def visible_to(principal: Principal | None, registry: TenantRegistry) -> ColumnElement[bool]:
    """SQL: the schemes the caller may read (the national catalogue, the regions' own lists they reach)."""
    conditions: list[ColumnElement[bool]] = []
    if is_allowed(principal, Action.VIEW_FINANCING_SCHEMES, region=None):
        conditions.append(FinancingScheme.owner_region.is_(None))
    slugs = [
        slug for slug in registry.region_slugs if is_allowed(principal, Action.VIEW_FINANCING_SCHEMES, region=slug)
    ]
    if slugs:
        conditions.append(FinancingScheme.owner_region.in_(slugs))
    return or_(*conditions) if conditions else false()


def _schemes_naming(dimension: CriterionDimension, values: Sequence[str] | None = None) -> Select[int]:
    # Uncorrelated, through the criteria's (dimension, value, scheme_id) index: each database reads it once
    # for the whole statement (a hashed subplan on PostgreSQL), rather than probing it for every scheme.
    statement = select(FinancingSchemeCriterion.scheme_id).where(FinancingSchemeCriterion.dimension == dimension)
    return statement if values is None else statement.where(FinancingSchemeCriterion.value.in_(values))


def has_criterion(dimension: CriterionDimension, values: Sequence[str]) -> ColumnElement[bool]:
    """SQL: the scheme has a row of `dimension` among `values`."""
    return FinancingScheme.id.in_(_schemes_naming(dimension, values))


def names_criterion(dimension: CriterionDimension) -> ColumnElement[bool]:
    """SQL: the scheme has some row of `dimension`."""
    return FinancingScheme.id.in_(_schemes_naming(dimension))


def fits_criterion(dimension: CriterionDimension, value: str | None) -> ColumnElement[bool]:
    """SQL: the scheme is open to `value` on `dimension` — it names it, or names none (open to all). An
    unknown value (None) excludes nothing: it is left to check."""
    if value is None:
        return true()
    return or_(~names_criterion(dimension), has_criterion(dimension, [value]))


def applies_in(region_code: str, departement_code: str | None = None) -> ColumnElement[bool]:
    """SQL: the scheme's perimeter covers the région (or, given, this département of it)."""
    departements = [departement_code] if departement_code else [d.code for d in departements_of_region(region_code)]
    return or_(
        FinancingScheme.nationwide.is_(True),
        has_criterion(CriterionDimension.REGION, [region_code]),
        has_criterion(CriterionDimension.DEPARTEMENT, departements),
    )


def open_on(day: date) -> ColumnElement[bool]:
    return and_(
        or_(FinancingScheme.opens_on.is_(None), FinancingScheme.opens_on <= day),
        or_(FinancingScheme.closes_on.is_(None), FinancingScheme.closes_on >= day),
    )


@dataclass(frozen=True)
class SchemeFilters:
    text: str | None = None
    region: str | None = None  # a tenant's slug or an INSEE région code: the schemes that apply there
    type: SchemeType | None = None
    purpose: SchemePurpose | None = None
    open_on: date | None = None

    def conditions(self, registry: TenantRegistry) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.text and self.text.strip():
            if len(self.text) > SEARCH_TEXT_MAX_LENGTH:
                raise InvalidInputError(
                    f"La recherche ne doit pas dépasser {SEARCH_TEXT_MAX_LENGTH} caractères.",
                    field="text",
                    code=CommonErrorCode.TOO_LONG,
                )
            found.append(FinancingScheme.search_text.like(like_pattern(searchable_words(self.text)), escape="\\"))
        if self.region:
            found.extend(_region_conditions(self.region, registry))
        if self.type is not None:
            found.append(FinancingScheme.type == self.type)
        if self.purpose is not None:
            found.append(has_criterion(CriterionDimension.PURPOSE, [self.purpose.value]))
        if self.open_on is not None:
            found.append(open_on(self.open_on))
        return found


def _region_conditions(value: str, registry: TenantRegistry) -> list[ColumnElement[bool]]:
    """A tenant's slug: the schemes applying there, national or its own; an INSEE code: those applying there."""
    codes = region_codes(registry)
    code = codes.get(value, value)
    if region(code) is None:
        raise InvalidInputError(f"Région inconnue : « {value} ».", field="region", code=CommonErrorCode.UNKNOWN_REGION)
    owners = [slug for slug, insee in codes.items() if insee == code]
    return [
        applies_in(code),
        or_(FinancingScheme.owner_region.is_(None), FinancingScheme.owner_region.in_(owners)),
    ]


def _position(view: SchemeView) -> SortPosition:
    return SortPosition(view.sort_key, NATIONAL_SLUG, view.id)


async def list_schemes(
    uow: UnitOfWork, principal: Principal | None, filters: SchemeFilters, page: PageRequest
) -> Page[SchemeView]:
    """The catalogue the caller may read, by name: three statements whatever the page's size."""
    reader = require_principal(principal)
    conditions = [visible_to(reader, uow.registry), *filters.conditions(uow.registry)]
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(FinancingScheme).where(*conditions))
    rows = await national.scalars(
        with_criteria(
            select(FinancingScheme)
            .where(*conditions, after_position(page, NATIONAL_SLUG, FinancingScheme.sort_key, FinancingScheme.id))
            .order_by(FinancingScheme.sort_key, FinancingScheme.id)
            .limit(page.first + 1)
        )
    )
    part = TenantSlice(rows=[SchemeView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, _position)


async def get_scheme(uow: UnitOfWork, principal: Principal | None, scheme_id: int) -> SchemeView:
    """One scheme the caller may read; missing and forbidden answer alike."""
    reader = require_principal(principal)
    scheme = (await schemes_by_id(uow, [scheme_id])).get(scheme_id)
    if scheme is None or not may_view_scheme(reader, scheme):
        raise NotFoundError()
    return scheme


async def save_scheme(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    scheme_id: int | None,
    expected_version: int | None,
    data: SchemeData,
    request_id: str,
) -> SchemeView:
    """Create (no id) in the caller's catalogue, or update a scheme of a catalogue the caller keeps."""
    manager = require_principal(principal)
    national = uow.national()
    if scheme_id is None:
        allowed, owner = managed_catalogue(manager)
        if not allowed:
            raise ForbiddenError("Seules CCI France et les équipes régionales ajoutent des dispositifs.")
        row = FinancingScheme(owner_region=owner, criteria=[])
        before = None
    else:
        found = await national.scalar(with_criteria(select(FinancingScheme).where(FinancingScheme.id == scheme_id)))
        if found is None or not may_view_scheme(manager, SchemeView.of(found)):
            raise NotFoundError()
        if not may_manage_scheme(manager, SchemeView.of(found)):
            raise ForbiddenError(
                "Ce dispositif appartient au catalogue national (CCI France) ou à une autre région : vous ne "
                "pouvez pas le modifier."
            )
        if expected_version is None:
            raise InvalidInputError(
                "La version lue est nécessaire pour modifier un dispositif.",
                field="expectedVersion",
                code=CommonErrorCode.REQUIRED,
            )
        if found.version != expected_version:
            raise await stale_version_error(
                national, entity_type="FinancingScheme", entity_id=found.id, field_labels=_FIELD_LABELS
            )
        row, before = found, audited(SchemeView.of(found))
    clean = checked_scheme(data, region_codes=region_codes(uow.registry))
    await _check_financer(national, clean)
    apply_scheme(row, clean, changed_by=manager.display_name)
    if scheme_id is None:
        national.add(row)
    await national.flush()
    view = SchemeView.of(row)
    after = audited(view)
    changed = [key for key in after if before is None or before[key] != after[key]]
    if changed:
        record_change(
            national,
            manager,
            request_id=request_id,
            action="financing_scheme.created" if before is None else "financing_scheme.updated",
            entity_type="FinancingScheme",
            entity_id=view.id,
            before=None if before is None else {key: before[key] for key in changed},
            after={key: after[key] for key in changed},
        )
    return view


async def _check_financer(national: TenantSession, data: SchemeData) -> None:
    if data.financer_organisation_id is None:
        return
    if data.financer_organisation_id not in await organisations_by_id(national, [data.financer_organisation_id]):
        raise InvalidInputError(
            "Le financeur choisi n'est pas une organisation partenaire connue.",
            field="financerOrganisationId",
            code=FinancingErrorCode.UNKNOWN_ORGANISATION,
        )


def apply_scheme(row: FinancingScheme, data: SchemeData, *, changed_by: str) -> None:
    """Copy a cleaned scheme onto its row (criteria loaded); only the criteria that changed are rewritten."""
    row.name = data.name
    row.sort_key = fold(data.name)[:200]
    row.search_text = searchable_words(" ".join((data.name, data.financer_label, data.description)))
    row.description = data.description
    row.financer_organisation_id = data.financer_organisation_id
    row.financer_label = data.financer_label
    row.type = data.type
    row.nationwide = data.nationwide
    row.amount_min, row.amount_max = data.amount_min, data.amount_max
    row.rate_min, row.rate_max = data.rate_min, data.rate_max
    row.opens_on, row.closes_on = data.opens_on, data.closes_on
    row.application_url, row.source_url = data.application_url, data.source_url
    row.de_minimis = data.de_minimis
    if data.aides_territoires_id is not None:
        row.aides_territoires_id = data.aides_territoires_id
        row.source_updated_at = data.source_updated_at
    row.changed_by_name = changed_by
    wanted = criteria_of(data)
    kept = [c for c in row.criteria if (c.dimension.value, c.value) in wanted]
    present = {(c.dimension.value, c.value) for c in kept}
    row.criteria = kept + [
        FinancingSchemeCriterion(dimension=CriterionDimension(dimension), value=value)
        for dimension, value in sorted(wanted - present)
    ]


def audited(view: SchemeView) -> dict[str, Any]:
    """What the trail keeps of a scheme, grouped as the form shows it."""
    return {
        "name": view.name,
        "financerLabel": view.financer_label,
        "financerOrganisationId": view.financer_organisation_id,
        "type": view.type.value,
        "description": view.description,
        "purposes": [p.value for p in view.purposes],
        "audience": {
            "companySizes": [s.value for s in view.company_sizes],
            "nafSections": list(view.naf_sections),
            "projectKinds": [k.value for k in view.project_kinds],
        },
        "perimeter": {
            "nationwide": view.nationwide,
            "regions": list(view.regions),
            "departements": list(view.departements),
        },
        "amounts": [view.amount_min, view.amount_max],
        "rates": [view.rate_min, view.rate_max],
        "dates": [_iso(view.opens_on), _iso(view.closes_on)],
        "applicationUrl": view.application_url,
        "sourceUrl": view.source_url,
        "deMinimis": view.de_minimis,
        "sourceUpdatedAt": view.source_updated_at.isoformat() if view.source_updated_at else None,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
