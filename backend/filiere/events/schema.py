"""Events in GraphQL: the closing events of each edition and their published results."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.events import service
from filiere.events.service import EventView
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.pagination import PageRequest


@strawberry.type(description="Résultats publiés d'une édition, en nombre de produits.")
class EventResults:
    products_presented: int
    produced_in_france: int
    advanced_relocation: int
    research_studies: int


@strawberry.type(name="Event", description="Événement de clôture d'une édition (conférences, hackathon, pitchs).")
class EventType(Node):
    view: strawberry.Private[EventView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Event", self.view.region, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def edition_year(self) -> int:
        return self.view.edition_year

    @strawberry.field
    def starts_on(self) -> date | None:
        return self.view.starts_on

    @strawberry.field
    def ends_on(self) -> date | None:
        return self.view.ends_on

    @strawberry.field
    def venue(self) -> str:
        return self.view.venue

    @strawberry.field
    def description(self) -> str:
        return self.view.description

    @strawberry.field(description="Null tant que les résultats ne sont pas publiés.")
    def results(self) -> EventResults | None:
        results = self.view.results
        if results is None:
            return None
        return EventResults(
            products_presented=results.products_presented,
            produced_in_france=results.produced_in_france,
            advanced_relocation=results.advanced_relocation,
            research_studies=results.research_studies,
        )

    @strawberry.field
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)


@node_resolver("Event", requires=Action.VIEW_EVENT)
async def _event_node(info: Info, global_id: GlobalId) -> EventType:
    view = await service.get_event(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return EventType(view=view)


@strawberry.type
class EventsQuery:
    @query(requires=Action.VIEW_EVENT, description="Événements, de la plus récente édition à la plus ancienne.")
    async def events(
        self, info: Info, region: str | None = None, first: int = 20, after: str | None = None
    ) -> Connection[EventType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_events(info.context.uow, info.context.principal, region=region, page=page)
        return connection_from_page(info, result, lambda view: EventType(view=view))
