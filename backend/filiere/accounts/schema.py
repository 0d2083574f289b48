from __future__ import annotations

from datetime import date

import strawberry

from filiere.accounts.service import UserView
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Role, require_principal
from filiere.errors import NotFoundError
from filiere.graphql.node import node_resolver
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.partners.schema import OrganisationType
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.schema import RegionType, region_type

RoleType = strawberry.enum(Role, name="Role", description="Rôle dans le programme.")


@strawberry.type(name="User", description="Personne qui utilise Filière.")
class UserType(Node):
    view: strawberry.Private[UserView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("User", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def display_name(self) -> str:
        return self.view.display_name

    @strawberry.field
    def email(self) -> str:
        return self.view.email

    @strawberry.field
    def role(self) -> RoleType:  # type: ignore[valid-type]
        return self.view.role

    @strawberry.field
    def region(self, info: Info) -> RegionType | None:
        if self.view.region is None or not info.context.registry.has_region(self.view.region):
            return None
        return region_type(info, self.view.region)


@node_resolver("User")
async def _user_node(info: Info, global_id: GlobalId) -> UserType:
    principal = require_principal(info.context.principal)
    if not is_allowed(principal, Action.VIEW_USER, region=None):
        raise NotFoundError()
    view = await info.context.loaders.user_by_id.load(global_id.int_key)
    if view is None:
        raise NotFoundError()
    return UserType(view=view)


@strawberry.type(description="L'utilisateur connecté, tel que son jeton le décrit.")
class Viewer:
    display_name: str
    email: str | None
    role: RoleType  # type: ignore[valid-type]
    region: RegionType | None
    organisation: OrganisationType | None
    user: UserType | None = strawberry.field(description="Sa fiche dans Filière, si elle existe.")
    today: date = strawberry.field(description="La date du jour en France, qui fonde les statuts des jalons.")


@strawberry.type
class AccountsQuery:
    @strawberry.field(description="L'utilisateur connecté ; null pour un appel anonyme.")
    async def viewer(self, info: Info) -> Viewer | None:
        principal = info.context.principal
        if principal is None:
            return None
        user = await info.context.loaders.user_by_subject.load(principal.subject)
        organisation = None
        if principal.organisation is not None:
            organisation = await info.context.loaders.organisation_by_slug.load(principal.organisation)
        return Viewer(
            display_name=principal.display_name,
            email=principal.email,
            role=principal.role,
            region=region_type(info, principal.region) if principal.region else None,
            organisation=OrganisationType(view=organisation) if organisation else None,
            user=UserType(view=user) if user else None,
            today=info.context.today,
        )
