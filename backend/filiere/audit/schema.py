"""The audit trail in GraphQL: regional admins read their region's, CCI France every database's."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from filiere.accounts.loaders import UserBySubjectLoader
from filiere.accounts.schema import UserType
from filiere.audit import service
from filiere.audit.loaders import EntityLabelByKeyLoader
from filiere.audit.service import AuditEventView, AuditFilters
from filiere.auth.policy import Action
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.graphql.viewer import RoleType
from filiere.ids import encode_id
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG


@strawberry.type(name="AuditEvent", description="Une modification tracée : qui, quand, quoi, avant et après.")
class AuditEventType(Node):
    view: strawberry.Private[AuditEventView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("AuditEvent", self.view.tenant, self.view.id))

    @strawberry.field
    def occurred_at(self) -> datetime:
        return self.view.occurred_at

    @strawberry.field(description="Nom de la personne, tel qu'il était au moment de l'action.")
    def actor_name(self) -> str:
        return self.view.actor_name

    @strawberry.field(description="Rôle de la personne ; null pour une personne sans compte (candidature en ligne).")
    def actor_role(self) -> RoleType | None:  # type: ignore[valid-type]
        return self.view.actor_role

    @strawberry.field(description="La personne, si son compte existe encore.")
    async def actor(self, info: Info) -> UserType | None:
        user = await info.context.loaders.get(UserBySubjectLoader).load(self.view.actor_subject)
        return UserType(view=user) if user else None

    @strawberry.field(description="Action, par exemple « project.status_changed ».")
    def action(self) -> str:
        return self.view.action

    @strawberry.field(description="Type de l'élément modifié, par exemple « Project ».")
    def entity_type(self) -> str:
        return self.view.entity_type

    @strawberry.field(
        description="Nom de l'élément modifié tel qu'il est aujourd'hui (« MIJUIN ») ; null s'il n'existe plus, "
        "est illisible pour l'appelant ou n'a pas de nom."
    )
    async def entity_label(self, info: Info) -> str | None:
        loader = info.context.loaders.get(EntityLabelByKeyLoader, self.view.tenant)
        return await loader.load((self.view.entity_type, self.view.entity_id))

    @strawberry.field(description="Identifiant global de l'élément modifié.")
    def entity_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id(self.view.entity_type, self.view.tenant, self.view.entity_id))

    @strawberry.field(description="Valeurs avant la modification (champs modifiés seulement).")
    def before(self) -> JSON | None:
        return None if self.view.before is None else JSON(self.view.before)

    @strawberry.field(description="Valeurs après la modification (champs modifiés seulement).")
    def after(self) -> JSON | None:
        return None if self.view.after is None else JSON(self.view.after)

    @strawberry.field(description="Identifiant de la requête, pour retrouver ses journaux.")
    def request_id(self) -> str:
        return self.view.request_id

    @strawberry.field(description="Région dont la base a été modifiée ; null pour les données nationales.")
    def region(self, info: Info) -> RegionRef | None:
        return None if self.view.tenant == NATIONAL_SLUG else region_node(info, self.view.tenant)


@strawberry.input(description="Filtres du journal d'audit ; un champ omis ne filtre pas.")
class AuditFilter:
    entity: strawberry.ID | None = strawberry.field(
        default=None, description="Identifiant global d'un élément : son historique seulement."
    )
    entity_type: str | None = None
    actor: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global d'un utilisateur.")
    action: str | None = None
    since: datetime | None = strawberry.field(default=None, description="À partir de cet instant (inclus).")
    until: datetime | None = strawberry.field(default=None, description="Avant cet instant (exclu).")

    async def to_filters(self, info: Info) -> AuditFilters:
        return await service.audit_filters(
            info.context.uow,
            entity=self.entity,
            entity_type=self.entity_type,
            actor=self.actor,
            action=self.action,
            since=self.since,
            until=self.until,
        )


@strawberry.type
class AuditQuery:
    @query(
        requires=Action.VIEW_AUDIT,
        description="Journal d'audit, du plus récent au plus ancien : celui de sa région pour un responsable "
        "régional ; toutes les bases (nationale comprise si region est omis) pour CCI France ; vide sinon.",
    )
    async def audit_events(
        self,
        info: Info,
        region: str | None = None,
        first: int = 50,
        after: str | None = None,
        filter: AuditFilter | None = None,  # noqa: A002 - the GraphQL argument's name
    ) -> Connection[AuditEventType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_audit_events(
            info.context.uow,
            info.context.principal,
            region=region,
            filters=await filter.to_filters(info) if filter else AuditFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: AuditEventType(view=view))
