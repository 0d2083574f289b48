"""Calendar feeds: the viewer's secret ICS links, created and revoked by mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.planning.calendar import feeds
from filiere.planning.calendar.feeds import FeedView
from filiere.planning.calendar.models import FeedKind
from filiere.planning.loaders import CohortByIdLoader
from filiere.planning.schema.errors import CALENDAR_ERRORS
from filiere.planning.schema.types import CohortType

CalendarFeedKindType = strawberry.enum(
    FeedKind,
    name="CalendarFeedKind",
    description="COHORT : le rétroplanning d'une cohorte ; ASSIGNEE : les jalons attribués à son créateur.",
)


@strawberry.type(
    name="CalendarFeed",
    description="Lien d'abonnement secret (ICS) à un calendrier ; son adresse n'est donnée qu'à la création.",
)
class CalendarFeedType(Node):
    view: strawberry.Private[FeedView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("CalendarFeed", self.view.region, self.view.id))

    @strawberry.field
    def kind(self) -> CalendarFeedKindType:
        return self.view.kind

    @strawberry.field(description="La cohorte, pour un calendrier de cohorte ; null pour « mes jalons ».")
    async def cohort(self, info: Info) -> CohortType | None:
        if self.view.cohort_id is None:
            return None
        view = await info.context.loaders.get(CohortByIdLoader, self.view.region).load(self.view.cohort_id)
        return CohortType(view=view) if view else None

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field(description="Date de révocation ; null tant que le lien fonctionne.")
    def revoked_at(self) -> datetime | None:
        return self.view.revoked_at


@node_resolver("CalendarFeed", requires=Action.MANAGE_CALENDAR_FEED)
async def _feed_node(info: Info, global_id: GlobalId) -> CalendarFeedType:
    view = await feeds.get_feed(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CalendarFeedType(view=view)


@strawberry.type
class CalendarFeedQuery:
    @query(
        requires=Action.MANAGE_CALENDAR_FEED,
        description="Mes liens d'abonnement aux calendriers, du plus récent au plus ancien.",
    )
    async def calendar_feeds(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[CalendarFeedType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await feeds.list_feeds(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: CalendarFeedType(view=view))


@strawberry.type
class CalendarFeedSuccess:
    feed: CalendarFeedType
    url: str | None = strawberry.field(
        description="L'adresse secrète à coller dans son agenda : donnée une seule fois, à la création."
    )


CalendarFeedPayload = CALENDAR_ERRORS.payload("CalendarFeedPayload", CalendarFeedSuccess)


@strawberry.input(description="Sans cohortId : le calendrier de mes jalons.")
class CreateCalendarFeedInput:
    cohort_id: strawberry.ID | None = None


@strawberry.input
class RevokeCalendarFeedInput:
    feed_id: strawberry.ID


@strawberry.type
class CalendarFeedMutation:
    @mutation(
        requires=Action.MANAGE_CALENDAR_FEED,
        description="Crée un lien d'abonnement secret au calendrier d'une cohorte ou de mes jalons.",
    )
    async def create_calendar_feed(self, info: Info, input: CreateCalendarFeedInput) -> CalendarFeedPayload:  # noqa: A002
        cohort = decode_id(input.cohort_id, expected_type="Cohort") if input.cohort_id else None
        new = await feeds.create_feed(
            info.context.uow,
            info.context.principal,
            region=cohort.tenant if cohort else None,
            cohort_id=cohort.int_key if cohort else None,
            public_url=info.context.settings.public_url,
            request_id=info.context.request_id,
        )
        return CalendarFeedSuccess(feed=CalendarFeedType(view=new.feed), url=new.url)

    @mutation(
        requires=Action.MANAGE_CALENDAR_FEED,
        description="Révoque un lien d'abonnement : l'agenda qui l'utilise ne se met plus à jour.",
    )
    async def revoke_calendar_feed(self, info: Info, input: RevokeCalendarFeedInput) -> CalendarFeedPayload:  # noqa: A002
        target = decode_id(input.feed_id, expected_type="CalendarFeed")
        view = await feeds.revoke_feed(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            feed_id=target.int_key,
            request_id=info.context.request_id,
        )
        return CalendarFeedSuccess(feed=CalendarFeedType(view=view), url=None)
