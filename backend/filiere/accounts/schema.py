"""People in GraphQL: `User`, and what accounts add to the `Region` and `Viewer` hubs."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.loaders import (
    InvitationPendingLoader,
    OrganisationByIdLoader,
    UserByIdLoader,
    UserBySubjectLoader,
)
from filiere.accounts.service import UserView, list_region_staff
from filiere.auth.policy import Action, is_allowed, may_manage_account
from filiere.auth.principal import Principal
from filiere.errors import NotFoundError
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.graphql.viewer import RoleType
from filiere.ids import GlobalId, encode_id
from filiere.pagination import PageRequest
from filiere.partners.schema import OrganisationType
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.registry import Tenant


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
    def region(self, info: Info) -> RegionRef | None:
        if self.view.region is None or not info.context.registry.has_region(self.view.region):
            return None
        return region_node(info, self.view.region)

    @strawberry.field(description="Faux tant que l'invitation n'est pas acceptée, ou une fois le compte désactivé.")
    def active(self) -> bool:
        return self.view.is_active

    @strawberry.field(description="Dernière connexion ; visible de qui gère le compte seulement.")
    def last_sign_in_at(self, info: Info) -> datetime | None:
        if not may_manage_account(info.context.principal, role=self.view.role, region=self.view.region):
            return None
        return self.view.last_sign_in_at

    @strawberry.field(
        description="Invité, sans avoir encore ouvert son compte (lien d'invitation valide ou expiré) ; faux "
        "pour qui ne gère pas le compte."
    )
    async def invitation_pending(self, info: Info) -> bool:
        if self.view.is_active or not may_manage_account(
            info.context.principal, role=self.view.role, region=self.view.region
        ):
            return False
        return await info.context.loaders.get(InvitationPendingLoader).load(self.view.id)

    @strawberry.field(description="Organisation partenaire dont la personne vient, le cas échéant.")
    async def organisation(self, info: Info) -> OrganisationType | None:
        if self.view.organisation_id is None or not is_allowed(
            info.context.principal, Action.VIEW_ORGANISATION, region=None
        ):
            return None
        view = await info.context.loaders.get(OrganisationByIdLoader).load(self.view.organisation_id)
        return OrganisationType(view=view) if view else None


async def user_by_id(info: Info, user_id: int | None) -> UserType | None:
    """A user named by another object (an adviser, an assignee), through the request's loader."""
    if user_id is None:
        return None
    view = await info.context.loaders.get(UserByIdLoader).load(user_id)
    return UserType(view=view) if view else None


@node_resolver("User", requires=Action.VIEW_USER)
async def _user_node(info: Info, global_id: GlobalId) -> UserType:
    user = await user_by_id(info, global_id.int_key)
    if user is None:
        raise NotFoundError()
    return user


@strawberry.type
class RegionStaffFields:
    tenant: strawberry.Private[Tenant]

    @strawberry.field(description="Conseillers et responsables de la région, par adresse e-mail.")
    async def advisers(self, info: Info, first: int = 50, after: str | None = None) -> Connection[UserType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await list_region_staff(info.context.uow, info.context.principal, self.tenant.slug, page)
        return connection_from_page(info, result, lambda view: UserType(view=view))

    @strawberry.field(description="Conseillers à qui un projet de la région peut être confié, par adresse e-mail.")
    async def assignable_advisers(self, info: Info, first: int = 50, after: str | None = None) -> Connection[UserType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await list_region_staff(
            info.context.uow, info.context.principal, self.tenant.slug, page, able_to=Action.FOLLOW_PROJECT
        )
        return connection_from_page(info, result, lambda view: UserType(view=view))


@strawberry.type
class ViewerUserFields:
    principal: strawberry.Private[Principal]

    @strawberry.field(description="Sa fiche dans Filière, si elle existe.")
    async def user(self, info: Info) -> UserType | None:
        view = await info.context.loaders.get(UserBySubjectLoader).load(self.principal.subject)
        return UserType(view=view) if view else None
