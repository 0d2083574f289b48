"""Editions: the national campaigns. Each pins one published method version for every region."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.methodology.models import MethodStatus
from filiere.methodology.service import method_versions_by_id
from filiere.methodology.validation import TITLE_MAX_LENGTH
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.planning.errors import PlanningErrorCode
from filiere.planning.models import Cohort, Edition
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import newest_first_key

# What a conflict names, in the words of the page that edits it.
_EDITION_FIELD_LABELS = {
    "year": "année",
    "name": "nom",
    "methodVersionId": "version de la méthode",
    "regions": "régions",
}

MIN_YEAR, MAX_YEAR = 2020, 2100


@dataclass(frozen=True, kw_only=True)
class EditionView:
    id: int
    year: int
    name: str
    sort_key: str
    method_version_id: int
    regions: tuple[str, ...]
    version: int

    @classmethod
    def of(cls, row: Edition) -> EditionView:
        return cls(
            id=row.id,
            year=row.year,
            name=row.name,
            sort_key=row.sort_key,
            method_version_id=row.method_version_id,
            regions=tuple(row.regions),
            version=row.version,
        )


def _require_reader(principal: Principal | None) -> Principal:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_EDITION, region=None):
        raise NotFoundError()
    return reader


def may_manage_editions(principal: Principal | None) -> bool:
    return is_allowed(principal, Action.MANAGE_EDITION, region=None)


async def list_editions(uow: UnitOfWork, principal: Principal | None, page: PageRequest) -> Page[EditionView]:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_EDITION, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(Edition))
    rows = await national.scalars(
        select(Edition)
        .where(after_position(page, NATIONAL_SLUG, Edition.sort_key, Edition.id))
        .order_by(Edition.sort_key, Edition.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[EditionView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.sort_key, NATIONAL_SLUG, view.id))


async def get_edition(uow: UnitOfWork, principal: Principal | None, edition_id: int) -> EditionView:
    _require_reader(principal)
    row = await uow.national().get(Edition, edition_id)
    if row is None:
        raise NotFoundError()
    return EditionView.of(row)


async def editions_by_id(national: TenantSession, ids: Sequence[int]) -> dict[int, EditionView]:
    rows = await national.scalars(select(Edition).where(Edition.id.in_(ids)))
    return {row.id: EditionView.of(row) for row in rows}


@dataclass(frozen=True, kw_only=True)
class AcceleratorRegionView:
    """A region running the edition, with its cohort's dates (None: not planned yet, or unreadable now)."""

    code: str  # INSEE code of the région, as `Commune.region.code`
    name: str
    start_date: date | None
    event_date: date | None
    event_end_date: date | None


@dataclass(frozen=True, kw_only=True)
class AcceleratorEditionView:
    year: int
    name: str
    regions: tuple[AcceleratorRegionView, ...]


async def current_accelerator_edition(uow: UnitOfWork, today: date) -> AcceleratorEditionView | None:
    """What the public candidacy form tells a company before it applies: the edition it would join — the
    first, by year, from this year on, that is not over (over: every region had its event day) — with the
    regions running it and their dates. Names and dates only: public, so no cohort, venue or project.
    One statement per database whatever the number of editions."""
    rows = list(
        await uow.national().scalars(
            select(Edition).where(Edition.year >= today.year).order_by(Edition.year, Edition.id)
        )
    )
    if not rows:
        return None
    tenants = [
        uow.registry.region(slug)
        for slug in dict.fromkeys(s for row in rows for s in row.regions)
        if uow.registry.has_region(slug)
    ]
    ids = [row.id for row in rows]

    async def read(tenant: Tenant) -> dict[int, AcceleratorRegionView]:
        cohorts = await uow.session(tenant).scalars(
            select(Cohort)
            .where(Cohort.edition_id.in_(ids))
            .order_by(Cohort.event_date.is_(None), Cohort.event_date, Cohort.id)
        )
        found: dict[int, AcceleratorRegionView] = {}
        for cohort in cohorts:  # a region's first dated cohort of an edition gives its dates (same on both DBs)
            found.setdefault(
                cohort.edition_id,
                AcceleratorRegionView(
                    code=_insee_code(tenant),
                    name=tenant.label,
                    start_date=cohort.start_date,
                    event_date=cohort.event_date,
                    event_end_date=cohort.event_end_date,
                ),
            )
        return found

    # A region that does not answer is still listed, without its dates: the form is not the place to fail.
    dated = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    for row in rows:
        regions = tuple(
            dated.results.get(slug, {}).get(row.id)
            or AcceleratorRegionView(
                code=_insee_code(uow.registry.region(slug)),
                name=uow.registry.region(slug).label,
                start_date=None,
                event_date=None,
                event_end_date=None,
            )
            for slug in row.regions
            if uow.registry.has_region(slug)
        )
        if regions and not all(_over(region, today) for region in regions):
            return AcceleratorEditionView(year=row.year, name=row.name, regions=regions)
    return None


def _insee_code(tenant: Tenant) -> str:
    assert tenant.settings is not None  # a region's tenant is configured
    return tenant.settings.insee_code


def _over(region: AcceleratorRegionView, today: date) -> bool:
    last_day = region.event_end_date or region.event_date
    return last_day is not None and last_day < today


@dataclass(frozen=True)
class EditionInput:
    year: int
    name: str
    method_version_id: int
    regions: Sequence[str]


async def _checked(uow: UnitOfWork, data: EditionInput, edition_id: int | None) -> EditionInput:
    if not MIN_YEAR <= data.year <= MAX_YEAR:
        raise InvalidInputError(
            f"L'année d'une édition est comprise entre {MIN_YEAR} et {MAX_YEAR}.",
            field="year",
            code=PlanningErrorCode.INVALID_YEAR,
        )
    name = data.name.strip()
    if not name:
        raise InvalidInputError("Le nom de l'édition est obligatoire.", field="name", code=CommonErrorCode.REQUIRED)
    if len(name) > TITLE_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom ne doit pas dépasser {TITLE_MAX_LENGTH} caractères.", field="name", code=CommonErrorCode.TOO_LONG
        )
    national = uow.national()
    same_name = await national.scalar(select(Edition.id).where(Edition.name == name, Edition.id != (edition_id or 0)))
    if same_name is not None:
        raise InvalidInputError("Une édition porte déjà ce nom.", field="name", code=CommonErrorCode.DUPLICATE_NAME)
    method = (await method_versions_by_id(national, [data.method_version_id])).get(data.method_version_id)
    if method is None or method.status is not MethodStatus.PUBLISHED:
        raise InvalidInputError(
            "Une édition suit une version publiée de la méthode.",
            field="methodVersionId",
            code=PlanningErrorCode.METHOD_NOT_PUBLISHED,
        )
    regions = list(dict.fromkeys(data.regions))
    unknown = [slug for slug in regions if not uow.registry.has_region(slug)]
    if unknown or not regions:
        raise InvalidInputError(
            f"Régions inconnues : {', '.join(unknown)}." if unknown else "Choisissez au moins une région.",
            field="regions",
            code=CommonErrorCode.UNKNOWN_REGION,
        )
    return EditionInput(year=data.year, name=name, method_version_id=method.id, regions=regions)


def _require_manager(principal: Principal | None) -> Principal:
    manager = _require_reader(principal)
    if not may_manage_editions(manager):
        raise ForbiddenError("Seule CCI France crée et modifie les éditions.")
    return manager


async def create_edition(
    uow: UnitOfWork, principal: Principal | None, *, data: EditionInput, request_id: str
) -> EditionView:
    manager = _require_manager(principal)
    clean = await _checked(uow, data, None)
    row = Edition(
        year=clean.year,
        name=clean.name,
        sort_key=newest_first_key(clean.year, clean.name),
        method_version_id=clean.method_version_id,
        regions=list(clean.regions),
    )
    session = uow.national()
    session.add(row)
    await session.flush()
    record_change(
        session,
        manager,
        request_id=request_id,
        action="edition.created",
        entity_type="Edition",
        entity_id=row.id,
        before=None,
        after=_summary(row),
    )
    return EditionView.of(row)


async def update_edition(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    edition_id: int,
    expected_version: int,
    data: EditionInput,
    request_id: str,
) -> EditionView:
    """Changing the method version never re-plans cohorts silently: each region previews and applies."""
    manager = _require_manager(principal)
    session = uow.national()
    row = await session.get(Edition, edition_id)
    if row is None:
        raise NotFoundError()
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="Edition", entity_id=row.id, field_labels=_EDITION_FIELD_LABELS
        )
    clean = await _checked(uow, data, edition_id)
    before = _summary(row)
    row.year, row.name = clean.year, clean.name
    row.sort_key = newest_first_key(clean.year, clean.name)
    row.method_version_id, row.regions = clean.method_version_id, list(clean.regions)
    await session.flush()
    record_change(
        session,
        manager,
        request_id=request_id,
        action="edition.updated",
        entity_type="Edition",
        entity_id=row.id,
        before=before,
        after=_summary(row),
    )
    return EditionView.of(row)


def _summary(row: Edition) -> dict[str, object]:
    return {"year": row.year, "name": row.name, "methodVersionId": row.method_version_id, "regions": list(row.regions)}
