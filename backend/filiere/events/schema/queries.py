"""Events in GraphQL: the list, one event by id or by its public page's slug."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.events import service
from filiere.events.schema.event_type import EventType
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import GlobalId
from filiere.pagination import PageRequest


@node_resolver("Event", requires=Action.VIEW_EVENT)
async def _event_node(info: Info, global_id: GlobalId) -> EventType:
    view = await service.get_event(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return EventType(view=view)


@strawberry.type
class EventsQuery:
    @query(
        requires=Action.VIEW_EVENT,
        description="Événements, de la plus récente édition à la plus ancienne ; `region` : ceux qu'elle accueille "
        "ou co-organise.",
    )
    async def events(
        self, info: Info, region: str | None = None, first: int = 20, after: str | None = None
    ) -> Connection[EventType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_events(info.context.uow, info.context.principal, region=region, page=page)
        return connection_from_page(info, result, lambda view: EventType(view=view))

    @query(
        requires=Action.VIEW_EVENT,
        description="L'événement de la page publique /evenements/<slug>, pour le personnel qui peut le lire ; null "
        "sinon.",
    )
    async def event_by_slug(self, info: Info, slug: str) -> EventType | None:
        view = await service.event_by_slug(info.context.uow, slug)
        if view is None or not service.may(info.context.principal, Action.VIEW_EVENT, view):
            return None
        return EventType(view=view)
