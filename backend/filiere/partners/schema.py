"""Partner organisations in GraphQL, and the caller's own organisation on the `Viewer` hub."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.pagination import PageRequest
from filiere.partners import service
from filiere.partners.loaders import OrganisationBySlugLoader, UserCountByOrganisationLoader
from filiere.partners.models import OrganisationKind
from filiere.partners.service import OrganisationView
from filiere.settings import NATIONAL_SLUG

if TYPE_CHECKING:
    from filiere.apiclients.schema import ApiClientType

OrganisationKindType = strawberry.enum(OrganisationKind, name="OrganisationKind")

# `Organisation.apiClients` belongs to the apiclients package, which builds on this one: the assembly lends
# its resolver (`graphql/schema.py`), and Strawberry finds its type by name when the schema is built.
ApiClientsOf = Callable[[Info, int], Awaitable[Any]]
_API_CLIENTS: dict[str, ApiClientsOf] = {}


def resolve_api_clients_with(resolver: ApiClientsOf) -> None:
    _API_CLIENTS["apiclients"] = resolver


@strawberry.type(name="Organisation", description="Partenaire du programme (financeur, conseil, label, école…).")
class OrganisationType(Node):
    view: strawberry.Private[OrganisationView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Organisation", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def slug(self) -> str:
        return self.view.slug

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def kind(self) -> OrganisationKindType:  # type: ignore[valid-type]
        return self.view.kind

    @strawberry.field
    def website(self) -> str | None:
        return self.view.website

    @strawberry.field(description="Nombre de comptes rattachés (ouverts ou non) ; pour l'exploitation seulement.")
    async def user_count(self, info: Info) -> int | None:
        if not is_allowed(info.context.principal, Action.MANAGE_ORGANISATION, region=None):
            return None
        return await info.context.loaders.get(UserCountByOrganisationLoader).load(self.view.id)

    @strawberry.field(description="Ses clients d'API ; pour l'exploitation seulement.")
    async def api_clients(
        self, info: Info
    ) -> list[Annotated[ApiClientType, strawberry.lazy("filiere.apiclients.schema")]] | None:
        clients: list[ApiClientType] | None = await _API_CLIENTS["apiclients"](info, self.view.id)
        return clients


@node_resolver("Organisation", requires=Action.VIEW_ORGANISATION)
async def _organisation_node(info: Info, global_id: GlobalId) -> OrganisationType:
    view = await service.get_organisation(info.context.uow, info.context.principal, global_id.int_key)
    return OrganisationType(view=view)


@strawberry.type
class PartnersQuery:
    @query(requires=Action.VIEW_ORGANISATION, description="Organisations partenaires, par ordre alphabétique.")
    async def organisations(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[OrganisationType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_organisations(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: OrganisationType(view=view))


@strawberry.type
class ViewerOrganisationFields:
    principal: strawberry.Private[Principal]

    @strawberry.field(description="Son organisation, pour les partenaires et les jurés.")
    async def organisation(self, info: Info) -> OrganisationType | None:
        if self.principal.organisation is None:
            return None
        view = await info.context.loaders.get(OrganisationBySlugLoader).load(self.principal.organisation)
        return OrganisationType(view=view) if view else None
