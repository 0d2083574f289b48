"""The types of the public's registrations: a session as the registration form shows it, a seat, a
registration (for the person holding its link, or the event's organisers)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.events.loaders import SeatsByRegistrationLoader
from filiere.events.models import RegistrationStatus, SeatStatus
from filiere.events.registration_seats import SeatSessionView, SeatView
from filiere.events.registrations import RegistrationView
from filiere.events.schema.programme_types import SessionKindType
from filiere.graphql.types import Info
from filiere.ids import encode_id

SeatStatusType = strawberry.enum(
    SeatStatus, name="SeatStatus", description="Place confirmée, ou en liste d'attente (session complète)."
)
RegistrationStatusType = strawberry.enum(
    RegistrationStatus, name="EventRegistrationStatus", description="Inscription en cours ou annulée."
)


@strawberry.type(name="SeatSession", description="La session où une inscription a sa place (ou attend la sienne).")
class SeatSessionType:
    view: strawberry.Private[SeatSessionView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EventSession", self.view.region, self.view.id))

    @strawberry.field
    def title(self) -> str:
        return self.view.title

    @strawberry.field
    def kind(self) -> SessionKindType:
        return self.view.kind

    @strawberry.field
    def starts_at(self) -> datetime:
        return self.view.starts_at

    @strawberry.field
    def ends_at(self) -> datetime:
        return self.view.ends_at

    @strawberry.field
    def room(self) -> str:
        return self.view.room

    @strawberry.field(description="Places ; null : sans limite.")
    def capacity(self) -> int | None:
        return self.view.capacity

    @strawberry.field(description="Faux pour le hackathon et la préparation des pitchs (entreprises accompagnées).")
    def open_to_public(self) -> bool:
        return self.view.open_to_public


@strawberry.type(name="SessionSeat", description="La place d'une inscription dans une session.")
class SeatType:
    view: strawberry.Private[SeatView]

    @strawberry.field
    def session(self) -> SeatSessionType:
        return SeatSessionType(view=self.view.session)

    @strawberry.field
    def status(self) -> SeatStatusType:
        return self.view.status

    @strawberry.field(description="Rang dans la liste d'attente (1 : la prochaine place libérée) ; null si confirmée.")
    def waiting_position(self) -> int | None:
        return self.view.waiting_position


@strawberry.type(name="EventRegistration", description="Inscription d'une personne du public à un événement.")
class RegistrationType:
    view: strawberry.Private[RegistrationView]
    # Known already (just registered; a robot's, never stored): not read again.
    known_seats: strawberry.Private[list[SeatView] | None] = None

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EventRegistration", self.view.region, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Null pour une personne inscrite sur place sans e-mail.")
    def email(self) -> str | None:
        return self.view.email

    @strawberry.field
    def company(self) -> str:
        return self.view.company

    @strawberry.field
    def function(self) -> str:
        return self.view.function

    @strawberry.field
    def status(self) -> RegistrationStatusType:
        return self.view.status

    @strawberry.field(description="Inscrite sur place, le jour même, par les organisateurs.")
    def walk_in(self) -> bool:
        return self.view.walk_in

    @strawberry.field(description="Arrivée à l'accueil ; null : pas (encore) venue.")
    def checked_in_at(self) -> datetime | None:
        return self.view.checked_in_at

    @strawberry.field(description="Ses sessions, par heure de début.")
    async def sessions(self, info: Info) -> list[SeatType]:
        seats = self.known_seats
        if seats is None:
            seats = await info.context.loaders.get(SeatsByRegistrationLoader, self.view.region).load(self.view.id)
        return [SeatType(view=seat) for seat in seats]
