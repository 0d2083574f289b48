"""The `Event` type: its core fields here, the fields of each part of the event day in their own module, all
assembled into `EventType` (as `graphql/hubs.py` assembles `Project`)."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.events.schema.hackathon import EventHackathonFields
from filiere.events.schema.jury_fields import EventJuryFields
from filiere.events.schema.meetings import EventMeetingFields
from filiere.events.schema.programme_types import EventProgrammeFields
from filiere.events.schema.registration_desk import EventRegistrationFields
from filiere.events.service import EventView
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.types import Info, Node
from filiere.ids import encode_id


@strawberry.type(name="ProductFigures", description="Chiffres publiés après les éditions d'avant la plateforme.")
class ProductFiguresType:
    products_presented: int
    produced_in_france: int
    advanced_relocation: int
    research_studies: int


@strawberry.type
class EventCoreFields:
    view: strawberry.Private[EventView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Event", self.view.region, self.view.id))

    @strawberry.field(description="Adresse de la page publique : /evenements/<slug>.")
    def slug(self) -> str:
        return self.view.slug

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def version(self) -> int:
        return self.view.version

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
    def address(self) -> str:
        return self.view.address

    @strawberry.field
    def description(self) -> str:
        return self.view.description

    @strawberry.field(description="Durée d'un pitch, en secondes (3 minutes par défaut).")
    def pitch_seconds(self) -> int:
        return self.view.pitch_seconds

    @strawberry.field(description="La région qui accueille l'événement (sa base de données le contient).")
    def host_region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)

    @strawberry.field(description="Les autres régions qui organisent l'événement ; leurs projets y pitchent.")
    def co_organisers(self, info: Info) -> list[RegionRef]:
        return [region_node(info, region) for region in self.view.co_organisers]

    @strawberry.field(description="Chiffres publiés des éditions d'avant la plateforme ; null sinon.")
    def product_figures(self) -> ProductFiguresType | None:
        figures = self.view.product_figures
        if figures is None:
            return None
        return ProductFiguresType(
            products_presented=figures.products_presented,
            produced_in_france=figures.produced_in_france,
            advanced_relocation=figures.advanced_relocation,
            research_studies=figures.research_studies,
        )


@strawberry.type(name="Event", description="Événement de clôture d'une cohorte (son J0) : programme, pitchs, jury.")
class EventType(
    EventCoreFields,
    EventProgrammeFields,
    EventRegistrationFields,
    EventJuryFields,
    EventHackathonFields,
    EventMeetingFields,
    Node,
):
    view: strawberry.Private[EventView]
