"""The `Viewer` hub's own fields — who calls, and what they may do where — and the enums of the policy."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere import clock
from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action, Capability, capabilities, managed_roles
from filiere.auth.principal import Principal, Role, is_regional, may_have_organisation, needs_organisation
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.types import Info

RoleType = strawberry.enum(Role, name="Role", description="Rôle dans le programme.")
ActionType = strawberry.enum(Action, name="Action", description="Action que la politique d'accès autorise ou non.")
GrantScopeType = strawberry.enum(
    GrantScope, name="GrantScope", description="Ce qu'un projet partage avec une organisation partenaire."
)


@strawberry.type(name="Capability", description="Une action que l'utilisateur connecté peut effectuer, et où.")
class CapabilityType:
    capability: strawberry.Private[Capability]

    @strawberry.field
    def action(self) -> ActionType:  # type: ignore[valid-type]
        return self.capability.action

    @strawberry.field(description="Régions où il le peut (données régionales).")
    def regions(self, info: Info) -> list[RegionRef]:
        return [region_node(info, slug) for slug in self.capability.regions if info.context.registry.has_region(slug)]

    @strawberry.field(description="Vrai s'il le peut sur les données nationales.")
    def national(self) -> bool:
        return self.capability.national

    @strawberry.field(
        description="Vrai s'il le peut sur ce que les autres régions adressent à la sienne (demandes de sourcing)."
    )
    def addressed(self) -> bool:
        return self.capability.addressed

    @strawberry.field(
        description="Portée de partage qui le permet sur les projets partagés avec son organisation ; null sinon."
    )
    def grant(self) -> GrantScopeType | None:  # type: ignore[valid-type]
        return self.capability.grant

    @strawberry.field(
        description="Vrai s'il le peut sur les projets auxquels il est rattaché (coach, expert, étudiant)."
    )
    def attached(self) -> bool:
        return self.capability.attached

    @strawberry.field(description="Vrai s'il le peut sur les événements dont il est membre du jury.")
    def invited(self) -> bool:
        return self.capability.invited


@strawberry.type(name="RoleInfo", description="Ce qu'un compte de ce rôle doit préciser.")
class RoleInfoType:
    role: RoleType  # type: ignore[valid-type]
    needs_region: bool = strawberry.field(description="Rôle régional : le compte appartient à une région.")
    needs_organisation: bool = strawberry.field(description="Le compte représente une organisation partenaire.")
    may_have_organisation: bool = strawberry.field(description="Le compte peut venir d'une organisation partenaire.")


@strawberry.type
class ViewerFields:
    principal: strawberry.Private[Principal]

    @strawberry.field
    def display_name(self) -> str:
        return self.principal.display_name

    @strawberry.field
    def email(self) -> str | None:
        return self.principal.email

    @strawberry.field
    def role(self) -> RoleType:  # type: ignore[valid-type]
        return self.principal.role

    @strawberry.field(description="Sa région, pour les équipes régionales.")
    def region(self, info: Info) -> RegionRef | None:
        slug = self.principal.region
        return region_node(info, slug) if slug and info.context.registry.has_region(slug) else None

    @strawberry.field(description="La date du jour en France, qui fonde les statuts des jalons.")
    def today(self, info: Info) -> date:
        return clock.today(info.context.settings)

    @strawberry.field(
        description="Ce qu'il peut faire, et où : la navigation et les boutons de l'application en dépendent "
        "(l'API vérifie de toute façon chaque action)."
    )
    def capabilities(self, info: Info) -> list[CapabilityType]:
        found = capabilities(self.principal, info.context.registry.region_slugs)
        return [CapabilityType(capability=capability) for capability in found]

    @strawberry.field(
        description="Les rôles des comptes qu'il invite et gère (aucun pour qui n'en gère pas) : ce que le "
        "formulaire d'invitation propose."
    )
    def manageable_roles(self) -> list[RoleType]:  # type: ignore[valid-type]
        managed = managed_roles(self.principal)
        return [role for role in Role if role in managed]

    @strawberry.field(
        description="Ce que chaque rôle qu'il gère demande (région, organisation) : le formulaire d'invitation "
        "suit ces règles, que l'API applique."
    )
    def manageable_role_infos(self) -> list[RoleInfoType]:
        managed = managed_roles(self.principal)
        return [
            RoleInfoType(
                role=role,
                needs_region=is_regional(role),
                needs_organisation=needs_organisation(role),
                may_have_organisation=may_have_organisation(role),
            )
            for role in Role
            if role in managed
        ]
