from __future__ import annotations

import strawberry

from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.pagination import PageRequest
from filiere.partners import service
from filiere.partners.models import OrganisationKind
from filiere.partners.service import OrganisationView
from filiere.settings import NATIONAL_SLUG

OrganisationKindType = strawberry.enum(OrganisationKind, name="OrganisationKind")


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


@node_resolver("Organisation")
async def _organisation_node(info: Info, global_id: GlobalId) -> OrganisationType:
    view = await service.get_organisation(info.context.uow, info.context.principal, global_id.int_key)
    return OrganisationType(view=view)


@strawberry.type
class PartnersQuery:
    @strawberry.field(description="Organisations partenaires, par ordre alphabétique.")
    async def organisations(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[OrganisationType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_organisations(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: OrganisationType(view=view))
