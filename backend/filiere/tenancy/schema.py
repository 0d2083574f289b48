"""Regions (tenants) as GraphQL sees them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import strawberry

from filiere.accounts.service import list_region_staff
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import NotFoundError
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.registry import Tenant

if TYPE_CHECKING:
    from filiere.accounts.schema import UserType


@strawberry.enum(description="Ce que l'utilisateur connecté peut lire des projets d'une région.")
class RegionAccess(StrEnum):
    FULL = "full"
    SUMMARY = "summary"
    NONE = "none"


def region_access(principal: Principal | None, region: str) -> RegionAccess:
    if is_allowed(principal, Action.VIEW_PROJECT_CONFIDENTIAL, region=region):
        return RegionAccess.FULL
    if is_allowed(principal, Action.VIEW_PROJECT_SUMMARY, region=region):
        return RegionAccess.SUMMARY
    return RegionAccess.NONE


@strawberry.type(name="Region", description="Région pilote, avec sa propre base de données.")
class RegionType(Node):
    tenant: strawberry.Private[Tenant]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Region", NATIONAL_SLUG, self.tenant.slug))

    @strawberry.field(description="Identifiant stable, par exemple « normandie ».")
    def slug(self) -> str:
        return self.tenant.slug

    @strawberry.field(description="Nom affiché, par exemple « Normandie ».")
    def name(self) -> str:
        return self.tenant.label

    @strawberry.field(description="Codes INSEE des départements de la région.")
    def departements(self) -> list[str]:
        return self.tenant.departements

    @strawberry.field(description="Conseillers et responsables de la région, par adresse e-mail.")
    async def advisers(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[Annotated[UserType, strawberry.lazy("filiere.accounts.schema")]]:
        from filiere.accounts.schema import UserType as User  # noqa: PLC0415 - lazy: circular types

        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await list_region_staff(info.context.uow, info.context.principal, self.tenant.slug, page)
        return connection_from_page(info, result, lambda view: User(view=view))

    @strawberry.field(description="Niveau d'accès de l'utilisateur connecté aux projets de la région.")
    def viewer_access(self, info: Info) -> RegionAccess:
        return region_access(info.context.principal, self.tenant.slug)


def region_type(info: Info, slug: str) -> RegionType:
    return RegionType(tenant=info.context.registry.region(slug))


@node_resolver("Region")
async def _region_node(info: Info, global_id: GlobalId) -> RegionType:
    principal = require_principal(info.context.principal)
    registry = info.context.registry
    if not registry.has_region(global_id.key) or not is_allowed(principal, Action.VIEW_REGION, region=None):
        raise NotFoundError()
    return region_type(info, global_id.key)


@strawberry.type
class TenancyQuery:
    @strawberry.field(description="Les régions configurées, dans l'ordre de la configuration.")
    def regions(self, info: Info) -> Connection[RegionType]:
        require_principal(info.context.principal)
        return connection_of([RegionType(tenant=tenant) for tenant in info.context.registry.regions])
