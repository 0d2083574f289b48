"""The signed-in person's inbox in GraphQL."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import decode_id, encode_id
from filiere.notifications import inbox
from filiere.notifications.inbox import InboxItemView
from filiere.notifications.models import InboxKind
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.schema import RegionType, region_type

if TYPE_CHECKING:
    from filiere.programmes.schema import ProjectType

InboxKindType = strawberry.enum(InboxKind, name="InboxKind", description="Nature d'une notification.")


@strawberry.type(name="InboxItem", description="Une notification de la boîte de l'utilisateur connecté.")
class InboxItemType(Node):
    view: strawberry.Private[InboxItemView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("InboxItem", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def kind(self) -> InboxKindType:  # type: ignore[valid-type]
        return self.view.kind

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field(description="Null tant qu'elle n'est pas lue.")
    def read_at(self) -> datetime | None:
        return self.view.read_at

    @strawberry.field(description="Qui est à l'origine de la notification.")
    def actor_name(self) -> str:
        return self.view.actor_name

    @strawberry.field(description="Premières lignes du commentaire, ou de la demande ou réponse de sourcing.")
    def excerpt(self) -> str:
        return self.view.excerpt

    @strawberry.field(description="La demande de sourcing dont il s'agit (notifications de sourcing).")
    def sourcing_request_id(self) -> strawberry.ID | None:
        if self.view.sourcing_request_id is None:
            return None
        return strawberry.ID(encode_id("SourcingRequest", self.view.region, self.view.sourcing_request_id))

    @strawberry.field(description="Nom du projet au moment de la notification.")
    def project_name(self) -> str:
        return self.view.project_name

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.region)

    @strawberry.field(description="Le projet, tel que l'utilisateur peut le lire ; null s'il ne le peut plus.")
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("filiere.programmes.schema")] | None:
        from filiere.programmes.schema import ProjectType as Project  # noqa: PLC0415 - lazy: circular types

        if not info.context.registry.has_region(self.view.region):
            return None
        view = await info.context.loaders.project_by_id(self.view.region).load(self.view.project_id)
        return Project(view=view) if view else None


@strawberry.type
class InboxQuery:
    @strawberry.field(description="Notifications de l'utilisateur connecté, de la plus récente à la plus ancienne.")
    async def inbox(
        self, info: Info, first: int = 20, after: str | None = None, unread_only: bool = False
    ) -> Connection[InboxItemType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await inbox.my_inbox(info.context.uow, info.context.principal, page=page, unread_only=unread_only)
        return connection_from_page(info, result, lambda view: InboxItemType(view=view))

    @strawberry.field(description="Nombre de notifications non lues de l'utilisateur connecté.")
    async def inbox_unread_count(self, info: Info) -> int:
        return await inbox.unread_count(info.context.uow, info.context.principal)


@strawberry.input(description="Marquer comme lues des notifications (toutes si ids est omis).")
class MarkInboxReadInput:
    ids: list[strawberry.ID] | None = None


@strawberry.type
class MarkInboxReadPayload:
    marked: int = strawberry.field(description="Nombre de notifications passées à « lue ».")
    unread_count: int


@strawberry.type
class InboxMutation:
    @strawberry.mutation(description="Marque comme lues des notifications de l'utilisateur connecté.")
    async def mark_inbox_read(self, info: Info, input: MarkInboxReadInput) -> MarkInboxReadPayload:  # noqa: A002
        ids = None
        if input.ids is not None:
            # Someone else's or malformed ids mark nothing: the update is limited to the caller's own.
            ids = [decode_id(item, expected_type="InboxItem").int_key for item in input.ids]
        uow = info.context.uow
        marked = await inbox.mark_read(uow, info.context.principal, ids)
        await uow.commit()
        return MarkInboxReadPayload(marked=marked, unread_count=await inbox.unread_count(uow, info.context.principal))
