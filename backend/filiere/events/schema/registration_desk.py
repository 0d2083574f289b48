"""The organisers' registrations: on `Event`, the list and each session's fill rate (organisers only: the
registrants' personal data are theirs, not CCI France's); check-in at the door, walk-ins, removals."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.events import registration_desk
from filiere.events.registration_desk import FillRate, RegistrationFilters, WalkIn
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.registration_types import RegistrationType, SeatSessionType
from filiere.events.schema.registrations import tell_promoted
from filiere.events.service import EventView, may
from filiere.graphql.mutations import mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.pagination import PageRequest


@strawberry.type(name="SessionFillRate", description="Remplissage d'une session ouverte au public.")
class FillRateType:
    view: strawberry.Private[FillRate]

    @strawberry.field
    def session(self) -> SeatSessionType:
        return SeatSessionType(view=self.view.session)

    @strawberry.field(description="Places ; null : sans limite.")
    def capacity(self) -> int | None:
        return self.view.capacity

    @strawberry.field
    def confirmed(self) -> int:
        return self.view.confirmed

    @strawberry.field
    def waiting(self) -> int:
        return self.view.waiting


def _organises(info: Info, view: EventView) -> bool:
    return may(info.context.principal, Action.MANAGE_EVENT, view)


@strawberry.type
class EventRegistrationFields:
    view: strawberry.Private[EventView]

    @strawberry.field(
        description="Les inscriptions, par nom (annulées comprises) ; `search` : une partie du nom, de "
        "l'entreprise ou de l'e-mail ; `sessionId` : celles qui ont une place dans cette session. Null pour qui "
        "n'organise pas l'événement."
    )
    async def registrations(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        search: str | None = None,
        session_id: strawberry.ID | None = None,
    ) -> Connection[RegistrationType] | None:
        if not _organises(info, self.view):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        session_key = None
        if session_id is not None:
            target = decode_id(session_id, expected_type="EventSession")
            session_key = target.int_key if target.tenant == self.view.region else 0
        result = await registration_desk.list_registrations(
            info.context.uow,
            self.view,
            filters=RegistrationFilters(search=search, session_id=session_key),
            page=page,
        )
        return connection_from_page(info, result, lambda view: RegistrationType(view=view))

    @strawberry.field(
        description="Places prises et liste d'attente de chaque session ouverte au public ; null "
        "pour qui n'organise pas l'événement."
    )
    async def session_fill_rates(self, info: Info) -> list[FillRateType] | None:
        if not _organises(info, self.view):
            return None
        return [FillRateType(view=rate) for rate in await registration_desk.fill_rates(info.context.uow, self.view)]


@strawberry.input(description="Présence d'une personne inscrite, à l'accueil.")
class CheckInRegistrationInput:
    registration_id: strawberry.ID
    present: bool = strawberry.field(description="Faux : annule un pointage fait par erreur.")


@strawberry.input(description="Une personne venue sans inscription, enregistrée à l'accueil.")
class RegisterWalkInInput:
    event_id: strawberry.ID
    name: str
    company: str
    email: str | None = None
    function: str | None = None


@strawberry.input(description="Annulation d'une inscription par les organisateurs.")
class RemoveRegistrationInput:
    registration_id: strawberry.ID


@strawberry.type
class RegistrationDeskSuccess:
    registration: RegistrationType


RegistrationDeskPayload = EVENT_ERRORS.payload("RegistrationDeskPayload", RegistrationDeskSuccess)


def _registration(value: strawberry.ID) -> tuple[str, int]:
    target = decode_id(value, expected_type="EventRegistration")
    return target.tenant, target.int_key


@strawberry.type
class RegistrationDeskMutation:
    @mutation(requires=Action.MANAGE_EVENT, description="Pointe (ou dépointe) une personne à l'accueil.")
    async def check_in_registration(self, info: Info, input: CheckInRegistrationInput) -> RegistrationDeskPayload:  # noqa: A002
        region, key = _registration(input.registration_id)
        view = await registration_desk.check_in(
            info.context.uow,
            info.context.principal,
            region,
            key,
            present=input.present,
            request_id=info.context.request_id,
        )
        return RegistrationDeskSuccess(registration=RegistrationType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Inscrit à l'accueil une personne venue sans inscription, pointée présente aussitôt.",
    )
    async def register_walk_in(self, info: Info, input: RegisterWalkInInput) -> RegistrationDeskPayload:  # noqa: A002
        target = decode_id(input.event_id, expected_type="Event")
        view = await registration_desk.register_walk_in(
            info.context.uow,
            info.context.principal,
            target.tenant,
            target.int_key,
            WalkIn(name=input.name, company=input.company, email=input.email, function=input.function),
            request_id=info.context.request_id,
        )
        return RegistrationDeskSuccess(registration=RegistrationType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Annule une inscription ; ses places vont aux premières personnes des listes d'attente, "
        "prévenues par e-mail.",
    )
    async def remove_registration(self, info: Info, input: RemoveRegistrationInput) -> RegistrationDeskPayload:  # noqa: A002
        region, key = _registration(input.registration_id)
        done = await registration_desk.remove_registration(
            info.context.uow, info.context.principal, region, key, request_id=info.context.request_id
        )
        tell_promoted(info.context.uow, info.context.settings, done.event, done.promotions)
        return RegistrationDeskSuccess(registration=RegistrationType(view=done.registration))
