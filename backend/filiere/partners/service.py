"""Partner organisations (the operators create and edit them: `filiere.organisation_admin`), and the grants
projects give them."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import func, or_, select

from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.errors import OrganisationErrorCode
from filiere.partners.grants import is_active_condition
from filiere.partners.models import Grant, Organisation, OrganisationKind
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold


@dataclass(frozen=True)
class GrantIndex:
    """Active grants of one organisation: region slug → project id → scope."""

    by_region: dict[str, dict[int, GrantScope]] = field(default_factory=dict)

    def in_region(self, region: str) -> dict[int, GrantScope]:
        return self.by_region.get(region, {})

    def scope(self, region: str, project_id: int) -> GrantScope | None:
        return self.in_region(region).get(project_id)


async def active_grants(national: TenantSession, principal: Principal, today: date) -> GrantIndex:
    """The grants that open projects to the caller's organisation today: read afresh on every request, so a
    revocation or an expiry takes effect on the partner's next one."""
    if principal.organisation is None:
        return GrantIndex()
    rows = await national.execute(
        select(Grant.region, Grant.project_id, Grant.scope)
        .join(Organisation, Organisation.id == Grant.organisation_id)
        .where(Organisation.slug == principal.organisation, is_active_condition(today))
    )
    index: dict[str, dict[int, GrantScope]] = {}
    for region, project_id, scope in rows:
        index.setdefault(region, {})[project_id] = scope
    return GrantIndex(index)


@dataclass(frozen=True, kw_only=True)
class OrganisationView:
    id: int
    slug: str
    name: str
    kind: OrganisationKind
    website: str | None

    @classmethod
    def of(cls, organisation: Organisation) -> OrganisationView:
        return cls(
            id=organisation.id,
            slug=organisation.slug,
            name=organisation.name,
            kind=organisation.kind,
            website=organisation.website,
        )


async def organisations_by_slug(national: TenantSession, slugs: Sequence[str]) -> dict[str, OrganisationView]:
    rows = await national.scalars(select(Organisation).where(Organisation.slug.in_(slugs)))
    return {row.slug: OrganisationView.of(row) for row in rows}


async def list_organisations(uow: UnitOfWork, principal: Principal | None, page: PageRequest) -> Page[OrganisationView]:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_ORGANISATION, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(Organisation))
    rows = await national.scalars(
        select(Organisation)
        .where(after_position(page, NATIONAL_SLUG, Organisation.slug, Organisation.id))
        .order_by(Organisation.slug, Organisation.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[OrganisationView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.slug, NATIONAL_SLUG, view.id))


async def get_organisation(uow: UnitOfWork, principal: Principal | None, organisation_id: int) -> OrganisationView:
    reader = require_principal(principal)
    if not is_allowed(reader, Action.VIEW_ORGANISATION, region=None):
        raise NotFoundError()
    organisation = await uow.national().get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError()
    return OrganisationView.of(organisation)


async def organisations_by_id(national: TenantSession, ids: Sequence[int]) -> dict[int, OrganisationView]:
    rows = await national.scalars(select(Organisation).where(Organisation.id.in_(ids)))
    return {row.id: OrganisationView.of(row) for row in rows}


# How many accounts belong to each organisation (id → count; an organisation without any may be left out).
# The accounts domain counts them: it sits above this one (an account names its organisation), so the
# assembly registers its reader (`graphql/schema.py`), as the audit trail's names are.
MemberCounts = Callable[[TenantSession, Sequence[int]], Awaitable[Mapping[int, int]]]
_MEMBER_COUNTS: dict[str, MemberCounts] = {}


def count_members_with(reader: MemberCounts) -> None:
    _MEMBER_COUNTS["accounts"] = reader


async def member_counts(national: TenantSession, organisation_ids: Sequence[int]) -> dict[int, int]:
    counts = await _MEMBER_COUNTS["accounts"](national, organisation_ids)
    return {key: counts.get(key, 0) for key in organisation_ids}


NAME_MAX_LENGTH = 160  # the column's
SLUG_MAX_LENGTH = 64
WEBSITE_MAX_LENGTH = 255
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


@dataclass(frozen=True, kw_only=True)
class OrganisationData:
    """What an operator types; `slug` only on creation (tokens and grants name the organisation by it)."""

    name: str
    kind: OrganisationKind
    website: str | None = None
    slug: str | None = None


def _checked_name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise InvalidInputError("Le nom est obligatoire.", field="name", code=CommonErrorCode.REQUIRED)
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom ne doit pas dépasser {NAME_MAX_LENGTH} caractères.", field="name", code=CommonErrorCode.TOO_LONG
        )
    return name


def _checked_slug(value: str | None, name: str) -> str:
    """The slug typed, or « Bpifrance Normandie » → « bpifrance-normandie »."""
    typed = (value or "").strip()
    slug = typed or re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:SLUG_MAX_LENGTH].rstrip("-")
    if not _SLUG.match(slug) or len(slug) > SLUG_MAX_LENGTH:
        raise InvalidInputError(
            f"L'identifiant ne contient que des lettres minuscules sans accent, des chiffres et des tirets "
            f"({SLUG_MAX_LENGTH} caractères au plus), par exemple « bpifrance-normandie ».",
            field="slug",
            code=OrganisationErrorCode.INVALID_SLUG,
        )
    return slug


def _checked_website(value: str | None) -> str | None:
    """An http(s) address; « www.exemple.fr » is taken as https://www.exemple.fr."""
    url = (value or "").strip()
    if not url:
        return None
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    # No « user@ » part: « mailto:x@y.fr » would otherwise read as a login on y.fr.
    if (
        parts.scheme not in ("http", "https")
        or not _HOST.match(host)
        or "@" in parts.netloc
        or " " in url
        or len(url) > WEBSITE_MAX_LENGTH
    ):
        raise InvalidInputError(
            f"Le site internet doit être une adresse http ou https complète de {WEBSITE_MAX_LENGTH} caractères au "
            "plus, par exemple « https://www.exemple.fr ».",
            field="website",
            code=CommonErrorCode.INVALID_URL,
        )
    return url


async def _refuse_duplicate_name(national: TenantSession, name: str, *, except_id: int | None = None) -> None:
    # Both sides: SQLite lowers ASCII letters only, so « Île » is compared as typed too.
    statement = select(Organisation.id).where(
        or_(Organisation.name == name, func.lower(Organisation.name) == name.lower())
    )
    if except_id is not None:
        statement = statement.where(Organisation.id != except_id)
    if await national.scalar(statement.limit(1)) is not None:
        raise InvalidInputError(
            f"Une organisation s'appelle déjà « {name} ».", field="name", code=CommonErrorCode.DUPLICATE_NAME
        )


async def add_organisation(national: TenantSession, data: OrganisationData) -> OrganisationView:
    """A new organisation, checked in the form's order; its slug, derived from the name unless typed, never
    changes (tokens and grants name the organisation by it)."""
    name = _checked_name(data.name)
    slug = _checked_slug(data.slug, name)
    website = _checked_website(data.website)
    await _refuse_duplicate_name(national, name)
    if await national.scalar(select(Organisation.id).where(Organisation.slug == slug)) is not None:
        raise InvalidInputError(
            f"L'identifiant « {slug} » est déjà pris : choisissez-en un autre.",
            field="slug",
            code=OrganisationErrorCode.SLUG_ALREADY_USED,
        )
    organisation = Organisation(slug=slug, name=name, kind=data.kind, website=website)
    national.add(organisation)
    await national.flush()
    return OrganisationView.of(organisation)


async def change_organisation(
    national: TenantSession, organisation_id: int, data: OrganisationData
) -> tuple[OrganisationView, OrganisationView]:
    """The organisation before and after its new name, kind and website (its slug stays)."""
    organisation = await national.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(field="organisationId")
    name = _checked_name(data.name)
    website = _checked_website(data.website)
    await _refuse_duplicate_name(national, name, except_id=organisation.id)
    before = OrganisationView.of(organisation)
    organisation.name, organisation.kind, organisation.website = name, data.kind, website
    await national.flush()
    return before, OrganisationView.of(organisation)
