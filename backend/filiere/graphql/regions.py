"""The `Region` hub's own fields (a tenant as configuration says it); domains add theirs (`graphql/hubs.py`)."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.node import node_resolver
from filiere.graphql.types import Info
from filiere.ids import GlobalId, encode_id
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.registry import Tenant


@strawberry.type
class RegionFields:
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


@node_resolver("Region", requires=Action.VIEW_REGION)
async def _region_node(info: Info, global_id: GlobalId) -> RegionRef:
    if not info.context.registry.has_region(global_id.key):
        raise NotFoundError()
    return region_node(info, global_id.key)
