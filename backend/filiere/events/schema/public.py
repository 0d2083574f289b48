"""`publicEvent(slug)`: an event's public page, for anyone (no account). Its own types, so that nothing of the
staff's `Event` (pitches, jurors, registrations) can be reached from it."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.events import public
from filiere.events.public import PublicEvent, PublicSession
from filiere.events.schema.programme_types import SessionCoreFields, themes_of
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.ids import encode_id


@strawberry.type(name="PublicRegion", description="Région organisatrice, telle que la page publique la nomme.")
class PublicRegionType:
    slug: str
    name: str


@strawberry.type(name="PublicEventSession", description="Session du programme public.")
class PublicSessionType(SessionCoreFields):
    seats: strawberry.Private[PublicSession]

    @strawberry.field(description="Places restantes ; null quand la session n'a pas de limite.")
    def seats_left(self) -> int | None:
        return self.seats.seats_left


@strawberry.type(name="PublicEvent", description="Page publique d'un événement : son programme, sans rien de privé.")
class PublicEventType:
    page: strawberry.Private[PublicEvent]

    @strawberry.field(description="L'identifiant global de l'événement (celui d'`Event`).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Event", self.page.event.region, self.page.event.id))

    @strawberry.field
    def slug(self) -> str:
        return self.page.event.slug

    @strawberry.field
    def name(self) -> str:
        return self.page.event.name

    @strawberry.field
    def starts_on(self) -> date | None:
        return self.page.event.starts_on

    @strawberry.field
    def ends_on(self) -> date | None:
        return self.page.event.ends_on

    @strawberry.field
    def venue(self) -> str:
        return self.page.event.venue

    @strawberry.field
    def address(self) -> str:
        return self.page.event.address

    @strawberry.field
    def description(self) -> str:
        return self.page.event.description

    @strawberry.field
    def host_region(self, info: Info) -> PublicRegionType:
        return _region(info, self.page.event.region)

    @strawberry.field
    def co_organisers(self, info: Info) -> list[PublicRegionType]:
        return [_region(info, slug) for slug in self.page.event.co_organisers]

    @strawberry.field(description="Vrai tant que le formulaire d'inscription est ouvert.")
    def registration_open(self) -> bool:
        return self.page.registration_open

    @strawberry.field(description="Programme : sessions par heure de début puis salle.")
    async def sessions(self, info: Info) -> list[PublicSessionType]:
        themes = await themes_of(info, self.page.event.method_version_id)
        return [PublicSessionType(view=item.session, themes=themes, seats=item) for item in self.page.sessions]


def _region(info: Info, slug: str) -> PublicRegionType:
    return PublicRegionType(slug=slug, name=info.context.registry.region(slug).label)


@strawberry.type
class PublicEventQuery:
    @query(
        requires=PUBLIC,
        description="La page publique d'un événement (sans compte) : son programme et ses places restantes ; null "
        "pour une adresse inconnue.",
    )
    async def public_event(self, info: Info, slug: str) -> PublicEventType | None:
        page = await public.public_event(info.context.uow, slug)
        return PublicEventType(page=page) if page else None
