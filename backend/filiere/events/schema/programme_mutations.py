"""The organisers' edits of an event and its programme, and the creation of an event by its host region's team."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.events import event_edit, programme
from filiere.events.event_edit import EventFields, NewEvent
from filiere.events.programme import SessionInput, SpeakerInput
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.event_type import EventType
from filiere.events.schema.programme_types import EventSessionType, SessionKindType, themes_of
from filiere.events.service import load_event
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id

EXPECTED_VERSION = "Version lue ; refusé si l'élément a changé depuis."


@strawberry.input(name="SessionSpeakerInput")
class SpeakerInputType:
    name: str
    title: str = ""
    organisation: str = ""


@strawberry.input(description="Les champs d'une session ; jour et heures en France.")
class EventSessionFieldsInput:
    kind: SessionKindType  # type: ignore[valid-type]
    title: str
    description: str = ""
    theme_key: str | None = strawberry.field(default=None, description="Obligatoire pour un atelier « meet-up ».")
    day: date
    start_time: str = strawberry.field(description="« 09:30 », heure de France.")
    end_time: str = strawberry.field(description="« 10:30 », après le début.")
    end_day: date | None = strawberry.field(default=None, description="Jour de fin, s'il n'est pas celui du début.")
    room: str = ""
    capacity: int | None = strawberry.field(default=None, description="Au moins 1 ; null : sans limite.")
    open_to_public: bool = True
    speakers: list[SpeakerInputType] = strawberry.field(
        default_factory=list, description="Les intervenants, dans l'ordre ; remplacent les précédents."
    )


@strawberry.input(description="Ajouter une session au programme d'un événement.")
class CreateEventSessionInput:
    event_id: strawberry.ID
    session: EventSessionFieldsInput


@strawberry.input(description="Modifier une session du programme.")
class UpdateEventSessionInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)
    session: EventSessionFieldsInput


@strawberry.input(description="Supprimer une session : ses places sont libérées et ses inscrits prévenus.")
class DeleteEventSessionInput:
    id: strawberry.ID
    expected_version: int


@strawberry.input(description="Les champs de l'événement lui-même.")
class UpdateEventInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)
    name: str
    starts_on: date
    ends_on: date
    venue: str
    address: str = ""
    description: str = ""
    pitch_seconds: int = strawberry.field(default=180, description="De 60 à 900 secondes.")
    registration_closes_at: datetime | None = strawberry.field(
        default=None, description="Le formulaire public est ouvert jusqu'à cet instant ; null : fermé."
    )


@strawberry.input(description="Créer l'événement (J0) d'une région hôte.")
class CreateEventInput:
    region: str
    cohort_id: strawberry.ID | None = strawberry.field(
        default=None, description="La cohorte de la région hôte dont c'est le J0 : sa version de méthode."
    )
    name: str
    slug: str | None = strawberry.field(default=None, description="Par défaut : l'année puis le nom.")
    starts_on: date
    ends_on: date
    venue: str = ""
    co_organisers: list[str] = strawberry.field(
        default_factory=list, description="Slugs des régions co-organisatrices."
    )


@strawberry.type
class EventSessionSuccess:
    session: EventSessionType
    event: EventType


@strawberry.type
class EventSuccess:
    event: EventType


EventSessionPayload = EVENT_ERRORS.payload("EventSessionPayload", EventSessionSuccess)
EventPayload = EVENT_ERRORS.payload("EventPayload", EventSuccess)


def _fields(data: EventSessionFieldsInput) -> SessionInput:
    return SessionInput(
        kind=data.kind,
        title=data.title,
        description=data.description,
        theme_key=data.theme_key,
        day=data.day,
        start_time=data.start_time,
        end_time=data.end_time,
        end_day=data.end_day,
        room=data.room,
        capacity=data.capacity,
        open_to_public=data.open_to_public,
        speakers=[SpeakerInput(name=s.name, title=s.title, organisation=s.organisation) for s in data.speakers],
    )


async def _success(info: Info, session: programme.SessionView) -> EventSessionSuccess:
    event = await load_event(info.context.uow, session.region, session.event_id)
    assert event is not None, "the session's event"
    themes = await themes_of(info, event.method_version_id)
    return EventSessionSuccess(session=EventSessionType(view=session, themes=themes), event=EventType(view=event))


@strawberry.type
class EventProgrammeMutation:
    @mutation(requires=Action.MANAGE_EVENT, description="Ajoute une session au programme ; tracé.")
    async def create_event_session(self, info: Info, input: CreateEventSessionInput) -> EventSessionPayload:  # noqa: A002
        target = decode_id(input.event_id, expected_type="Event")
        view = await programme.create_session(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            event_id=target.int_key,
            data=_fields(input.session),
            request_id=info.context.request_id,
        )
        return await _success(info, view)

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Modifie une session ; tracé. Ses inscrits sont prévenus par e-mail si l'heure ou la salle change.",
    )
    async def update_event_session(self, info: Info, input: UpdateEventSessionInput) -> EventSessionPayload:  # noqa: A002
        target = decode_id(input.id, expected_type="EventSession")
        view = await programme.update_session(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            session_id=target.int_key,
            expected_version=input.expected_version,
            data=_fields(input.session),
            request_id=info.context.request_id,
        )
        return await _success(info, view)

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Supprime une session ; tracé. Ses places sont libérées et ses inscrits prévenus par e-mail.",
    )
    async def delete_event_session(self, info: Info, input: DeleteEventSessionInput) -> EventPayload:  # noqa: A002
        target = decode_id(input.id, expected_type="EventSession")
        event = await programme.delete_session(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            session_id=target.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return EventSuccess(event=EventType(view=event))

    @mutation(requires=Action.MANAGE_EVENT, description="Modifie les champs de l'événement ; tracé.")
    async def update_event(self, info: Info, input: UpdateEventInput) -> EventPayload:  # noqa: A002
        target = decode_id(input.id, expected_type="Event")
        event = await event_edit.update_event(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            event_id=target.int_key,
            expected_version=input.expected_version,
            data=EventFields(
                name=input.name,
                starts_on=input.starts_on,
                ends_on=input.ends_on,
                venue=input.venue,
                address=input.address,
                description=input.description,
                pitch_seconds=input.pitch_seconds,
                registration_closes_at=input.registration_closes_at,
            ),
            request_id=info.context.request_id,
        )
        return EventSuccess(event=EventType(view=event))

    @mutation(requires=Action.MANAGE_EVENT, description="Crée l'événement d'une région hôte ; tracé.")
    async def create_event(self, info: Info, input: CreateEventInput) -> EventPayload:  # noqa: A002
        cohort_id = None
        if input.cohort_id is not None:
            cohort = decode_id(input.cohort_id, expected_type="Cohort")
            if cohort.tenant != input.region:
                raise NotFoundError(field="cohortId")
            cohort_id = cohort.int_key
        event = await event_edit.create_event(
            info.context.uow,
            info.context.principal,
            data=NewEvent(
                region=input.region,
                cohort_id=cohort_id,
                name=input.name,
                slug=input.slug,
                starts_on=input.starts_on,
                ends_on=input.ends_on,
                venue=input.venue,
                co_organisers=input.co_organisers,
            ),
            request_id=info.context.request_id,
        )
        return EventSuccess(event=EventType(view=event))
