"""The signed-in person's inbox in GraphQL."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, RegionRef, load_project, region_node
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import decode_id, encode_id
from filiere.notifications import inbox
from filiere.notifications.errors import InboxErrorCode
from filiere.notifications.inbox import InboxItemView
from filiere.notifications.models import InboxKind
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG

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

    @strawberry.field(
        description="Le commentaire qui mentionne l'utilisateur (notifications MENTION) : le fil du projet "
        "s'ouvre sur lui."
    )
    def comment_id(self) -> strawberry.ID | None:
        if self.view.comment_id is None:
            return None
        return strawberry.ID(encode_id("ProjectComment", self.view.region, self.view.comment_id))

    @strawberry.field(description="Nom du projet au moment de la notification.")
    def project_name(self) -> str:
        return self.view.project_name

    @strawberry.field
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)

    @strawberry.field(description="Le projet, tel que l'utilisateur peut le lire ; null s'il ne le peut plus.")
    async def project(self, info: Info) -> ProjectRef | None:
        return await load_project(info, self.view.region, self.view.project_id)


@strawberry.type
class InboxQuery:
    @query(
        requires=Action.READ_INBOX,
        description="Notifications de l'utilisateur connecté, de la plus récente à la plus ancienne.",
    )
    async def inbox(
        self, info: Info, first: int = 20, after: str | None = None, unread_only: bool = False
    ) -> Connection[InboxItemType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await inbox.my_inbox(info.context.uow, info.context.principal, page=page, unread_only=unread_only)
        return connection_from_page(info, result, lambda view: InboxItemType(view=view))

    @query(requires=Action.READ_INBOX, description="Nombre de notifications non lues de l'utilisateur connecté.")
    async def inbox_unread_count(self, info: Info) -> int:
        return await inbox.unread_count(info.context.uow, info.context.principal)


INBOX_ERRORS = error_types("Inbox", InboxErrorCode)


@strawberry.input(description="Marquer comme lues des notifications (toutes si ids est omis).")
class MarkInboxReadInput:
    ids: list[strawberry.ID] | None = None


@strawberry.type
class MarkInboxReadSuccess:
    marked: int = strawberry.field(description="Nombre de notifications passées à « lue ».")
    unread_count: int


MarkInboxReadPayload = INBOX_ERRORS.payload("MarkInboxReadPayload", MarkInboxReadSuccess)


@strawberry.type
class InboxMutation:
    @mutation(requires=Action.READ_INBOX, description="Marque comme lues des notifications de l'utilisateur connecté.")
    async def mark_inbox_read(self, info: Info, input: MarkInboxReadInput) -> MarkInboxReadPayload:  # noqa: A002
        # Someone else's ids mark nothing: the update is limited to the caller's own.
        ids = None if input.ids is None else [decode_id(item, expected_type="InboxItem").int_key for item in input.ids]
        uow, principal = info.context.uow, info.context.principal
        marked = await inbox.mark_read(uow, principal, ids)
        return MarkInboxReadSuccess(marked=marked, unread_count=await inbox.unread_count(uow, principal))
