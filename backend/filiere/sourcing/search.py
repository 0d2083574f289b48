"""Supplier search: every directory at once, regional first.

Results are ranked by tier from a reference place (same département, same région, neighbouring régions,
rest of France), then by relevance (query words matching whole words), then by distance when both
places have coordinates, then by name. Each directory answers its best rows concurrently; the page is
merged with one cursor. A directory that does not answer leaves the others' results and a named error.

Text matching: word prefixes, accents and case ignored — PostgreSQL's full-text index, SQLite's FTS5.
When nothing matches, the search is retried tolerant of typos: trigram similarity on PostgreSQL, each
word's first four letters on SQLite.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
)

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, merge_slices
from filiere.programmes.service import get_company, get_project
from filiere.referentials.errors import ReferentialErrorCode
from filiere.referentials.geography import commune, departement, departements_of_region, region
from filiere.referentials.identifiers import departement_of
from filiere.referentials.naf import naf_activities
from filiere.referentials.neighbours import neighbouring_regions
from filiere.sourcing.models import (
    Certification,
    CommuneCentre,
    NationalCommuneCentre,
    NationalSupplier,
    Supplier,
    SupplierState,
)
from filiere.sourcing.profiles import matching_sirets
from filiere.tenancy.fanout import FanOutResult, TenantFailure, fan_out
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold

MAX_WORDS = 6
_WORD = re.compile(r"[a-z0-9]+")
# Squared distance (m²) standing for "unknown": after every real one in France.
_FAR = 9_999_999_999_999


class SupplierTier(StrEnum):
    SAME_DEPARTEMENT = "same_departement"
    SAME_REGION = "same_region"
    NEIGHBOURING_REGION = "neighbouring_region"
    REST_OF_FRANCE = "rest_of_france"


TIERS = tuple(SupplierTier)  # in ranking order


@dataclass(frozen=True)
class Reference:
    """Where the search is made from: a département (hence a région), and a point when known."""

    departement: str | None
    region_code: str | None
    point: tuple[float, float] | None = None  # Lambert-93
    commune_name: str | None = None


@dataclass(frozen=True)
class SupplierFilters:
    naf: frozenset[str] = frozenset()  # codes « 13.10Z » or sections « C »
    workforce_bands: frozenset[str] = frozenset()
    departements: frozenset[str] = frozenset()
    region_codes: frozenset[str] = frozenset()  # INSEE codes: « 28 » Normandie, « 75 » Nouvelle-Aquitaine
    certifications: frozenset[Certification] = frozenset()
    within_km: float | None = None

    @classmethod
    def of(
        cls,
        *,
        naf: Iterable[str] = (),
        workforce_bands: Iterable[str] = (),
        departements: Iterable[str] = (),
        region_codes: Iterable[str] = (),
        certifications: Iterable[Certification] = (),
        within_km: float | None = None,
    ) -> SupplierFilters:
        """Filters as a person typed them: codes trimmed (and in capitals where INSEE writes them so)."""
        return cls(
            naf=frozenset(code.strip().upper() for code in naf if code.strip()),
            workforce_bands=frozenset(workforce_bands),
            departements=frozenset(code.strip().upper() for code in departements if code.strip()),
            region_codes=frozenset(code.strip() for code in region_codes if code.strip()),
            certifications=frozenset(certifications),
            within_km=within_km,
        )

    def places(self) -> frozenset[str]:
        """The départements asked for, one by one or through their région; empty: anywhere. Unknown codes
        are refused: a filter that silently matched nothing would read as « no supplier there »."""
        for code in sorted(self.departements):
            if departement(code) is None:
                raise InvalidInputError(
                    f"Aucun département n'a le code « {code} ».",
                    field="filter.departements",
                    code=ReferentialErrorCode.UNKNOWN_DEPARTEMENT,
                )
        for code in sorted(self.region_codes):
            if region(code) is None:
                raise InvalidInputError(
                    f"Aucune région n'a le code INSEE « {code} ».",
                    field="filter.regionCodes",
                    code=CommonErrorCode.UNKNOWN_REGION,
                )
        return self.departements | {d.code for code in self.region_codes for d in departements_of_region(code)}


@dataclass(frozen=True, kw_only=True)
class SupplierView:
    tenant: str
    siret: str
    siren: str
    legal_name: str
    trade_names: tuple[str, ...]
    naf_code: str | None
    workforce_band: str | None
    is_head_office: bool
    street: str | None
    postal_code: str | None
    commune_name: str
    departement: str
    lambert: tuple[float, float] | None  # never for a non-diffusible establishment
    tier: SupplierTier
    distance_m: float | None
    sort_key: str = field(repr=False)

    @property
    def name(self) -> str:
        return self.legal_name or (self.trade_names[0] if self.trade_names else self.siret)


def words_of(query: str | None) -> list[str]:
    words = _WORD.findall(fold(query or ""))
    if len(words) > MAX_WORDS:
        raise InvalidInputError(
            f"La recherche compte {MAX_WORDS} mots au plus.", field="query", code=CommonErrorCode.TOO_LONG
        )
    return words


async def reference_of_commune(uow: UnitOfWork, commune_code: str) -> Reference:
    commune_code = commune_code.strip()
    place = commune(commune_code)
    if place is None:
        raise InvalidInputError(
            f"Aucune commune n'a le code INSEE {commune_code}.",
            field="near",
            code=ReferentialErrorCode.UNKNOWN_COMMUNE,
        )
    return Reference(
        departement=place.departement_code,
        region_code=place.region_code,
        point=await commune_centre(uow, place.code),
        commune_name=place.name,
    )


async def commune_centre(uow: UnitOfWork, commune_code: str) -> tuple[float, float] | None:
    """The mean position of the commune's geolocated establishments, from the directory that holds them."""
    tenant = uow.registry.region_of_departement(departement_of(commune_code))
    model: Any = CommuneCentre if tenant else NationalCommuneCentre
    row = await uow.session(tenant or uow.registry.national).get(model, commune_code)
    return (row.lambert_x, row.lambert_y) if row else None


def _naf_codes(wanted: frozenset[str]) -> list[str]:
    codes = {code for code in wanted if len(code) > 1}
    sections = {code for code in wanted if len(code) == 1}
    codes |= {activity.code for activity in naf_activities() if activity.section_code in sections}
    return sorted(codes)


def _tier(model: Any, reference: Reference) -> ColumnElement[int]:
    own = [d.code for d in departements_of_region(reference.region_code)] if reference.region_code else []
    near = [d.code for code in neighbouring_regions(reference.region_code or "") for d in departements_of_region(code)]
    return case(
        (model.departement == (reference.departement or ""), 0),
        (model.departement.in_(own or [""]), 1),
        (model.departement.in_(near or [""]), 2),
        else_=3,
    )


def _relevance(model: Any, words: list[str]) -> ColumnElement[int]:
    """How many query words are whole words of the row (the others only start one): higher first."""
    padded = literal(" ") + model.search_text + literal(" ")
    total: ColumnElement[int] = literal(0)
    for word in words:
        total = total + case((padded.like(f"% {word} %"), 1), else_=0)
    return total


def _distance2(model: Any, reference: Reference) -> ColumnElement[int]:
    if reference.point is None:
        return literal(_FAR)
    x, y = reference.point
    squared = (model.lambert_x - x) * (model.lambert_x - x) + (model.lambert_y - y) * (model.lambert_y - y)
    # Whole square metres, computed by the database: the cursor compares exactly what it sorted on.
    return func.coalesce(cast(squared, BigInteger), _FAR)


def _text_match(
    model: Any, words: list[str], dialect: str, *, fuzzy: bool, broad: bool, profiled: list[str] | None
) -> ColumnElement[bool]:
    """The directory's own text, or (exact search only) what the caller's region wrote in its profiles.
    `broad`: words too common for the index to help, checked row by row on the rows the tier reads."""
    if not words:
        return true()
    if broad:
        padded = literal(" ") + model.search_text
        directory: ColumnElement[bool] = and_(*(padded.like(f"% {word}%") for word in words))
    else:
        directory = _directory_text_match(model, words, dialect, fuzzy=fuzzy)
    return or_(directory, model.siret.in_(profiled)) if profiled and not fuzzy else directory


def _directory_text_match(model: Any, words: list[str], dialect: str, *, fuzzy: bool) -> ColumnElement[bool]:
    if dialect == "postgresql":
        if fuzzy:
            return and_(
                *(
                    text(f":w{i} <% {model.__tablename__}.search_text").bindparams(**{f"w{i}": w})
                    for i, w in enumerate(words)
                )
            )
        query = " & ".join(f"{word}:*" for word in words)
        # The same expression as the index (`to_tsvector('simple', search_text)`), or the index is not used.
        simple: ColumnElement[Any] = literal_column("'simple'::regconfig")
        matched: ColumnElement[bool] = func.to_tsvector(simple, model.search_text).op("@@")(
            func.to_tsquery(simple, query)
        )
        return matched
    terms = " AND ".join(f'"{word[:4] if fuzzy else word}"*' for word in words)
    matching = text("SELECT printf('%014d', rowid) FROM suppliers_fts WHERE suppliers_fts MATCH :terms")
    in_directory: ColumnElement[bool] = model.siret.in_(
        matching.bindparams(terms=terms).columns(column("siret", String))
    )
    return in_directory


@dataclass(frozen=True)
class ProfileMatches:
    """SIRETs found in the caller's region's profiles: by the query's words, and by certification."""

    by_words: list[str] | None
    certified: list[str] | None


def _statement(
    model: Any,
    reference: Reference,
    words: list[str],
    filters: SupplierFilters,
    dialect: str,
    *,
    fuzzy: bool,
    broad: bool = False,
    profiles: ProfileMatches,
) -> tuple[Select[Any], list[ColumnElement[Any]]]:
    tier = _tier(model, reference)
    relevance = _relevance(model, words)
    distance2 = _distance2(model, reference)
    name = model.search_text.collate("C") if dialect == "postgresql" else model.search_text
    order = [tier, literal(999) - relevance, distance2, name, model.siret]
    conditions: list[ColumnElement[bool]] = [
        model.state == SupplierState.ACTIVE,
        _text_match(model, words, dialect, fuzzy=fuzzy, broad=broad, profiled=profiles.by_words),
    ]
    if filters.certifications:
        conditions.append(model.siret.in_(profiles.certified or []))
    if filters.naf:
        conditions.append(model.naf_code.in_(_naf_codes(filters.naf)))
    if filters.workforce_bands:
        conditions.append(model.workforce_band.in_(filters.workforce_bands))
    if places := filters.places():
        conditions.append(model.departement.in_(places))
    if filters.within_km is not None and reference.point is not None:
        conditions.append(distance2 <= (filters.within_km * 1000) ** 2)
    statement = select(model, *order[:3]).where(*conditions)
    return statement, order


def _sort_key(tier: int, inverse_relevance: int, distance2: float, search_text: str) -> str:
    """The merge order as one string: fixed-width numbers, then the folded name (ASCII, bytewise)."""
    return f"{tier}{inverse_relevance:03d}{min(int(distance2), _FAR):013d}{search_text}"


def _after(order: list[ColumnElement[Any]], request: PageRequest, tenant: str) -> ColumnElement[bool]:
    cursor = request.after
    if cursor is None:
        return true()
    key = cursor.sort_key
    values = (int(key[0]), int(key[1:4]), int(key[4:17]), key[17:])
    row = tuple_(*order[:4])
    bound = tuple_(*(literal(value) for value in values))
    if tenant > cursor.tenant:
        return row >= bound
    if tenant < cursor.tenant:
        return row > bound
    siret = f"{cursor.id:014d}"
    return or_(row > bound, and_(row == bound, order[4] > siret))


async def search_suppliers(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    query: str | None,
    reference: Reference,
    filters: SupplierFilters,
    page: PageRequest,
) -> Page[SupplierView]:
    """One page in the global order. A directory where the words are rare answers in one statement; one
    where they are common (or where only filters apply) is read tier by tier, across directories, until
    the page is full — never sorting a whole directory — and its count stops at `COUNT_CAP`."""
    reader = require_principal(principal)
    if not is_allowed(reader, Action.SEARCH_SUPPLIERS, region=None):
        raise ForbiddenError("La recherche de fournisseurs est réservée aux équipes des CCI.")
    words = words_of(query)
    filters.places()  # bad codes are told before any directory is read
    profiles = ProfileMatches(
        by_words=await matching_sirets(uow, reader, words=words, certifications=()),
        certified=await matching_sirets(uow, reader, words=(), certifications=sorted(filters.certifications)),
    )
    reading = _Reading(uow, reference, words, filters, profiles, page)
    tenants = [uow.registry.national, *uow.registry.regions]
    timeout = uow.registry.settings.fanout_timeout_seconds
    probed = await fan_out(tenants, reading.probe, timeout_per_tenant=timeout)
    reading.failed(probed.failures)
    selective = [t for t in tenants if t.slug in probed.results and probed.results[t.slug] <= PROBE_LIMIT]
    broad = [t for t in tenants if t.slug in probed.results and probed.results[t.slug] > PROBE_LIMIT]
    whole = await fan_out(selective, lambda tenant: reading.whole(tenant, fuzzy=False), timeout_per_tenant=timeout)
    reading.add(whole)
    counted = await fan_out(broad, reading.capped_count, timeout_per_tenant=timeout)
    reading.counted(counted)
    first_tier = int(page.after.sort_key[0]) if page.after else 0
    for tier in range(first_tier, len(TIERS)):
        if reading.rows_before(tier) > page.first:
            break
        present = [t for t in broad if t.slug in counted.results and _may_hold(t, reference, tier)]
        found = await fan_out(present, functools.partial(reading.tier, tier=tier), timeout_per_tenant=timeout)
        reading.add(found)
    if words and page.after is None and not reading.any_match():
        reading = _Reading(uow, reference, words, filters, profiles, page)
        reading.add(
            await fan_out(tenants, lambda tenant: reading.whole(tenant, fuzzy=True), timeout_per_tenant=timeout)
        )
    return reading.page()


PROBE_LIMIT = 5000  # more text matches than this in one directory: read it tier by tier
COUNT_CAP = 1000  # per directory, beyond which « plus de … » is all the count says


class _Reading:
    """The rows and counts gathered so far for one page, from every directory."""

    def __init__(  # noqa: PLR0917 - the search's parts, each once
        self,
        uow: UnitOfWork,
        reference: Reference,
        words: list[str],
        filters: SupplierFilters,
        profiles: ProfileMatches,
        page: PageRequest,
    ) -> None:
        self._uow, self._reference, self._words, self._filters = uow, reference, words, filters
        self._profiles, self._page = profiles, page
        self._rows: dict[str, list[SupplierView]] = {}
        self._counts: dict[str, int] = {}
        self._failures: dict[str, TenantFailure] = {}
        self._planned: set[str] = set()
        self.exact = True

    def _model(self, tenant: Tenant) -> Any:
        return NationalSupplier if tenant.slug == self._uow.registry.national.slug else Supplier

    async def _dialect(self, tenant: Tenant) -> str:
        """The tenant's SQL dialect, each directory's statements being planned for their own values first:
        after five runs PostgreSQL may reuse a generic plan of a prepared statement, blind to how common
        the words are — 10x slower on a million rows. SET LOCAL: this transaction only."""
        session = self._uow.session(tenant)
        dialect = (await session.connection()).dialect.name
        if dialect == "postgresql" and tenant.slug not in self._planned:
            await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
            self._planned.add(tenant.slug)
        return dialect

    async def probe(self, tenant: Tenant) -> int:
        """How many rows the words match, counted up to just past PROBE_LIMIT (filters alone: past it)."""
        if not self._words:
            return PROBE_LIMIT + 1
        model, dialect = self._model(tenant), await self._dialect(tenant)
        if dialect == "postgresql":
            matching: Select[Any] = select(literal(1)).where(
                _directory_text_match(model, self._words, dialect, fuzzy=False)
            )
        else:
            terms = " AND ".join(f'"{word}"*' for word in self._words)
            matching = (
                select(literal(1))
                .select_from(text("suppliers_fts"))
                .where(text("suppliers_fts MATCH :terms").bindparams(terms=terms))
            )
        limited = matching.limit(PROBE_LIMIT + 1).subquery()
        return await self._uow.session(tenant).scalar(select(func.count()).select_from(limited)) or 0

    def _statement(self, tenant: Tenant, dialect: str, *, fuzzy: bool, broad: bool) -> tuple[Select[Any], list[Any]]:
        return _statement(
            self._model(tenant),
            self._reference,
            self._words,
            self._filters,
            dialect,
            fuzzy=fuzzy,
            broad=broad,
            profiles=self._profiles,
        )

    async def whole(self, tenant: Tenant, *, fuzzy: bool) -> TenantSlice[SupplierView]:
        """Few matches: the directory's first rows and its exact count, in one ordered statement each."""
        session, dialect = self._uow.session(tenant), await self._dialect(tenant)
        if fuzzy and dialect == "postgresql":
            # pg_trgm's default (0.6) misses a swapped pair of letters in a short word; this request only.
            await session.execute(text("SET LOCAL pg_trgm.word_similarity_threshold = 0.4"))
        statement, order = self._statement(tenant, dialect, fuzzy=fuzzy, broad=False)
        total = await session.scalar(select(func.count()).select_from(statement.subquery()))
        rows = await session.execute(
            statement.where(_after(order, self._page, tenant.slug)).order_by(*order).limit(self._page.first + 1)
        )
        return TenantSlice(rows=[_view(tenant.slug, row, self._reference) for row in rows], total_count=total or 0)

    async def capped_count(self, tenant: Tenant) -> int:
        statement, _ = self._statement(tenant, await self._dialect(tenant), fuzzy=False, broad=True)
        limited = statement.limit(COUNT_CAP + 1).subquery()
        return await self._uow.session(tenant).scalar(select(func.count()).select_from(limited)) or 0

    async def tier(self, tenant: Tenant, *, tier: int) -> TenantSlice[SupplierView]:
        """The directory's first rows of one tier, through the département index."""
        dialect = await self._dialect(tenant)
        model = self._model(tenant)
        statement, order = self._statement(tenant, dialect, fuzzy=False, broad=True)
        rows = await self._uow.session(tenant).execute(
            statement.where(_in_tier(model, self._reference, tier), _after(order, self._page, tenant.slug))
            .order_by(*order)
            .limit(self._page.first + 1)
        )
        return TenantSlice(rows=[_view(tenant.slug, row, self._reference) for row in rows], total_count=0)

    def failed(self, failures: list[TenantFailure]) -> None:
        self._failures.update((failure.slug, failure) for failure in failures)

    def add(self, result: FanOutResult[TenantSlice[SupplierView]]) -> None:
        """Rows of a directory; its exact count when it was read whole."""
        self.failed(result.failures)
        for slug, part in result.results.items():
            self._rows.setdefault(slug, []).extend(part.rows)
            if part.total_count:
                self._counts[slug] = part.total_count

    def counted(self, result: FanOutResult[int]) -> None:
        """Capped counts of the directories read tier by tier."""
        self.failed(result.failures)
        for slug, count in result.results.items():
            self.exact = self.exact and count <= COUNT_CAP
            self._counts[slug] = min(count, COUNT_CAP)

    def rows_before(self, tier: int) -> int:
        return sum(TIERS.index(view.tier) < tier for rows in self._rows.values() for view in rows)

    def any_match(self) -> bool:
        return any(self._counts.values()) or any(self._rows.values())

    def page(self) -> Page[SupplierView]:
        merged = merge_slices(
            [TenantSlice(rows=rows, total_count=0) for rows in self._rows.values()],
            self._page,
            lambda view: SortPosition(view.sort_key, view.tenant, int(view.siret)),
            list(self._failures.values()),
        )
        return replace(merged, total_count=sum(self._counts.values()), total_is_exact=self.exact)


def _tier_departements(reference: Reference) -> tuple[set[str], set[str], set[str]]:
    """(the reference's département, the rest of its région, the neighbouring régions)."""
    own = {d.code for d in departements_of_region(reference.region_code)} if reference.region_code else set()
    near = {d.code for code in neighbouring_regions(reference.region_code or "") for d in departements_of_region(code)}
    first = {reference.departement} if reference.departement else set()
    return first, own - first, near


def _in_tier(model: Any, reference: Reference, tier: int) -> ColumnElement[bool]:
    """The same partition as `_tier`, written so that the département index serves it."""
    sets = _tier_departements(reference)
    if tier < len(sets):
        inside: ColumnElement[bool] = model.departement.in_(sorted(sets[tier]) or [""])
        return inside
    outside: ColumnElement[bool] = model.departement.not_in(sorted(set().union(*sets)) or [""])
    return outside


def _may_hold(tenant: Tenant, reference: Reference, tier: int) -> bool:
    """Whether the directory can hold rows of the tier: a region's holds its own départements only."""
    if tenant.kind is TenantKind.NATIONAL:
        return True
    held = set(tenant.departements)
    sets = _tier_departements(reference)
    return bool(held & sets[tier]) if tier < len(sets) else bool(held - set().union(*sets))


def _view(tenant: str, found: Any, reference: Reference) -> SupplierView:
    """`found`: (directory row, tier, 999 − relevance, squared distance) as the statement selects them."""
    row, tier, inverse_relevance, distance2 = found
    return SupplierView(
        tenant=tenant,
        siret=row.siret,
        siren=row.siren,
        legal_name=row.legal_name,
        trade_names=tuple(name for name in row.trade_names.split(" ; ") if name),
        naf_code=row.naf_code,
        workforce_band=row.workforce_band,
        is_head_office=row.is_head_office,
        street=row.street,
        postal_code=row.postal_code,
        commune_name=row.commune_name,
        departement=row.departement,
        lambert=(row.lambert_x, row.lambert_y) if row.lambert_x is not None and row.lambert_y is not None else None,
        tier=TIERS[tier],
        distance_m=None if reference.point is None or row.lambert_x is None else float(distance2) ** 0.5,
        sort_key=_sort_key(tier, inverse_relevance, distance2, row.search_text),
    )


def region_name_of(departement_code: str) -> str:
    found = departement(departement_code)
    area = region(found.region_code) if found else None
    return area.name if area else ""


async def reference_for_project(
    uow: UnitOfWork, principal: Principal | None, region: str, project_id: int
) -> Reference:
    """The project's site: its company's commune, at the establishment's coordinates when the directory
    of the region has them, else at the commune's centre."""
    view = await get_project(uow, principal, region, project_id)
    company = await get_company(uow, principal, region, view.card.company_id)
    place = commune(company.commune_code)
    point = None
    if company.siret:
        row = await uow.region(region).get(Supplier, company.siret)
        if row is not None and row.lambert_x is not None and row.lambert_y is not None:
            point = (row.lambert_x, row.lambert_y)
    return Reference(
        departement=company.departement,
        region_code=place.region_code if place else None,
        point=point or await commune_centre(uow, company.commune_code),
        commune_name=place.name if place else None,
    )


def default_reference(uow: UnitOfWork, principal: Principal | None) -> Reference:
    """Without a place: the caller's région (CCI France: nowhere in particular, every tier but the last empty)."""
    slug = principal.region if principal else None
    if slug and uow.registry.has_region(slug):
        settings = uow.registry.region(slug).settings
        return Reference(departement=None, region_code=settings.insee_code if settings else None)
    return Reference(departement=None, region_code=None)
