"""Partner organisations and the grants projects give them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, or_, select

from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import NotFoundError
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.models import Grant, Organisation, OrganisationKind
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class GrantIndex:
    """Active grants of one organisation: region slug → project id → scope."""

    by_region: dict[str, dict[int, GrantScope]] = field(default_factory=dict)

    def in_region(self, region: str) -> dict[int, GrantScope]:
        return self.by_region.get(region, {})

    def scope(self, region: str, project_id: int) -> GrantScope | None:
        return self.in_region(region).get(project_id)


async def active_grants(national: TenantSession, principal: Principal) -> GrantIndex:
    if principal.organisation is None:
        return GrantIndex()
    now = datetime.now(UTC)
    rows = await national.execute(
        select(Grant.region, Grant.project_id, Grant.scope)
        .join(Organisation, Organisation.id == Grant.organisation_id)
        .where(
            Organisation.slug == principal.organisation,
            Grant.revoked_at.is_(None),
            or_(Grant.expires_at.is_(None), Grant.expires_at > now),
        )
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
