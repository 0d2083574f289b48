"""B2B meetings in GraphQL: the event's requests, slots and tables (organisers), a partner's own meetings and
agenda, and the mutations that ask, answer, withdraw, place and send the agendas."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from filiere.accounts.service import UserView
from filiere.auth.policy import Action
from filiere.auth.principal import require_principal
from filiere.events import meeting_agenda, meeting_placement, meetings
from filiere.events.meeting_models import MeetingRequestStatus
from filiere.events.meeting_schedule import UnplacedReason
from filiere.events.meetings import MeetingRequestView
from filiere.events.pitch_projects import pitches_of_events
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.hackathon import HackathonUserRef
from filiere.events.schema.pitch_type import PitchType
from filiere.events.service import EventView, may
from filiere.graphql.mutations import mutation
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG

if TYPE_CHECKING:
    from filiere.events.schema.event_type import EventType

# `EventType` is assembled from these fields: the payload refers to it lazily (no import cycle).
EventRef = Annotated["EventType", strawberry.lazy("filiere.events.schema.event_type")]

MeetingRequestStatusType = strawberry.enum(
    MeetingRequestStatus, name="MeetingRequestStatus", description="Où en est une demande de rendez-vous."
)
UnplacedReasonType = strawberry.enum(
    UnplacedReason, name="MeetingUnplacedReason", description="Pourquoi un rendez-vous accepté n'a pas pu être placé."
)


@strawberry.type(
    name="MeetingRequest", description="Demande de rendez-vous d'affaires entre un projet et un partenaire."
)
class MeetingRequestType:
    view: strawberry.Private[MeetingRequestView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("MeetingRequest", self.view.region, self.view.id))

    @strawberry.field
    def version(self) -> int:
        return self.view.version

    @strawberry.field
    def status(self) -> MeetingRequestStatusType:  # type: ignore[valid-type]
        return self.view.status

    @strawberry.field
    def message(self) -> str:
        return self.view.message

    @strawberry.field(description="Vrai si le partenaire a demandé ; faux si le projet (par les organisateurs).")
    def asked_by_partner(self) -> bool:
        return self.view.asked_by_partner

    @strawberry.field
    def requested_at(self) -> datetime:
        return self.view.requested_at

    @strawberry.field(description="Le projet accéléré, par son pitch.")
    def pitch(self) -> PitchType:
        return PitchType(view=self.view.pitch)

    @strawberry.field(description="Nom de la personne du partenaire.")
    def partner_name(self) -> str:
        return self.view.partner_name

    @strawberry.field
    def partner_user(self) -> HackathonUserRef:
        return HackathonUserRef(id=strawberry.ID(encode_id("User", NATIONAL_SLUG, self.view.partner_user_id)))

    @strawberry.field(description="Début du créneau de 20 minutes ; null tant qu'il n'est pas placé.")
    def slot_starts_at(self) -> datetime | None:
        return self.view.slot_starts_at

    @strawberry.field
    def slot_ends_at(self) -> datetime | None:
        return self.view.slot_ends_at

    @strawberry.field(description="Numéro de table, à partir de 1 ; null tant qu'il n'est pas placé.")
    def table_number(self) -> int | None:
        return self.view.table_number

    @strawberry.field(description="Placé à la main : le placement automatique le garde.")
    def placed_by_hand(self) -> bool:
        return self.view.placed_by_hand

    @strawberry.field
    def viewer_can_answer(self) -> bool:
        return self.view.viewer_can_answer

    @strawberry.field
    def viewer_can_withdraw(self) -> bool:
        return self.view.viewer_can_withdraw


@strawberry.type(name="MeetingSlot", description="Créneau de 20 minutes d'une séance de rendez-vous d'affaires.")
class MeetingSlotType:
    starts_at: datetime
    ends_at: datetime


@strawberry.type(
    name="MeetingPartner", description="Personne d'un partenaire, à qui un projet peut demander un rendez-vous."
)
class MeetingPartnerType:
    view: strawberry.Private[UserView]

    @strawberry.field(description="Identifiant de son compte (`partnerUserId` de `requestMeeting`).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("User", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.display_name


@strawberry.type
class EventMeetingFields:
    view: strawberry.Private[EventView]

    @strawberry.field(description="Nombre de tables de rendez-vous d'affaires (numérotées à partir de 1).")
    def meeting_tables(self) -> int:
        return self.view.meeting_tables

    @strawberry.field(
        description="Les créneaux de rendez-vous : les 20 minutes des séances de rendez-vous d'affaires ; pour qui "
        "peut demander un rendez-vous."
    )
    async def meeting_slots(self, info: Info) -> list[MeetingSlotType]:
        if not may(info.context.principal, Action.REQUEST_MEETING, self.view):
            return []
        slots = await meeting_placement.meeting_slots(info.context.uow, self.view)
        return [MeetingSlotType(starts_at=slot.start, ends_at=slot.end) for slot in slots]

    @strawberry.field(description="Les projets à qui demander un rendez-vous : ceux qui pitchent, dans l'ordre.")
    async def meeting_projects(self, info: Info) -> list[PitchType]:
        if not may(info.context.principal, Action.REQUEST_MEETING, self.view):
            return []
        pitches = await pitches_of_events(info.context.uow, self.view.region, [self.view.id])
        return [PitchType(view=pitch) for pitch in pitches[self.view.id]]

    @strawberry.field(
        description="Les personnes des partenaires envers qui inscrire la demande d'un projet ; organisateurs."
    )
    async def meeting_partners(self, info: Info) -> list[MeetingPartnerType]:
        people = await meetings.meeting_partners(info.context.uow, info.context.principal, self.view)
        return [MeetingPartnerType(view=person) for person in people]

    @strawberry.field(description="Toutes les demandes de rendez-vous, les plus anciennes d'abord ; organisateurs.")
    async def meeting_requests(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[MeetingRequestType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        found = await meetings.event_meeting_requests(info.context.uow, info.context.principal, self.view, page)
        return connection_from_page(info, found, lambda view: MeetingRequestType(view=view))


def _event(value: strawberry.ID) -> tuple[str, int]:
    found = decode_id(value, expected_type="Event")
    return found.tenant, found.int_key


def _request(value: strawberry.ID) -> tuple[str, int]:
    found = decode_id(value, expected_type="MeetingRequest")
    return found.tenant, found.int_key


@strawberry.type
class MeetingsQuery:
    @query(
        requires=Action.REQUEST_MEETING,
        description="Mes demandes de rendez-vous à un événement (partenaire), les rendez-vous placés d'abord.",
    )
    async def my_meetings(self, info: Info, event_id: strawberry.ID) -> list[MeetingRequestType]:
        region, event = _event(event_id)
        views = await meetings.my_meetings(info.context.uow, info.context.principal, region=region, event_id=event)
        return [MeetingRequestType(view=view) for view in views]

    @query(
        requires=Action.REQUEST_MEETING,
        description="Mon agenda de rendez-vous à un événement au format iCalendar (.ics) ; null sans rendez-vous "
        "placé.",
    )
    async def my_meeting_agenda_ics(self, info: Info, event_id: strawberry.ID) -> str | None:
        region, event_key = _event(event_id)
        views = await meetings.my_meetings(info.context.uow, info.context.principal, region=region, event_id=event_key)
        lines = meeting_agenda.agenda_lines(views, for_partner=True)
        if not lines:
            return None
        event = await meetings.readable_event(
            info.context.uow, require_principal(info.context.principal), region, event_key
        )
        return meeting_agenda.agenda_ics(event, lines).decode()


@strawberry.input(description="Demander un rendez-vous (partenaire), ou l'inscrire pour un projet (organisateurs).")
class RequestMeetingInput:
    event_id: strawberry.ID
    pitch_id: strawberry.ID
    message: str = ""
    partner_user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Organisateurs : la personne du partenaire que le projet veut rencontrer."
    )


@strawberry.input(description="Accepter ou décliner une demande de rendez-vous.")
class AnswerMeetingRequestInput:
    request_id: strawberry.ID
    accept: bool
    expected_version: int | None = None


@strawberry.input(description="Retirer sa demande de rendez-vous.")
class WithdrawMeetingRequestInput:
    request_id: strawberry.ID


@strawberry.input(description="Nombre de tables de rendez-vous de l'événement.")
class SetMeetingTablesInput:
    event_id: strawberry.ID
    tables: int
    expected_version: int | None = None


@strawberry.input(description="Placer automatiquement les rendez-vous acceptés.")
class ScheduleMeetingsInput:
    event_id: strawberry.ID


@strawberry.input(description="Placer (ou déplacer) un rendez-vous accepté sur un créneau et une table.")
class PlaceMeetingInput:
    request_id: strawberry.ID
    slot_starts_at: datetime
    table_number: int


@strawberry.input(description="Retirer un rendez-vous de la grille (la demande reste acceptée).")
class UnplaceMeetingInput:
    request_id: strawberry.ID


@strawberry.input(description="Envoyer à chaque participant son agenda de rendez-vous, avec un .ics.")
class SendMeetingAgendasInput:
    event_id: strawberry.ID


@strawberry.type
class MeetingRequestSuccess:
    request: MeetingRequestType


@strawberry.type
class MeetingTablesSuccess:
    event: EventRef


@strawberry.type(name="UnplacedMeeting", description="Rendez-vous accepté que le placement n'a pas pu caser.")
class UnplacedMeetingType:
    request: MeetingRequestType
    reason: UnplacedReasonType  # type: ignore[valid-type]
    message: str


@strawberry.type
class ScheduleMeetingsSuccess:
    placed_count: int = strawberry.field(description="Rendez-vous placés après le passage, à la main ou non.")
    unplaced: list[UnplacedMeetingType]


@strawberry.type
class SendMeetingAgendasSuccess:
    recipient_count: int = strawberry.field(description="Participants à qui un agenda part (après l'enregistrement).")


MeetingRequestPayload = EVENT_ERRORS.payload("MeetingRequestPayload", MeetingRequestSuccess)
MeetingTablesPayload = EVENT_ERRORS.payload("MeetingTablesPayload", MeetingTablesSuccess)
ScheduleMeetingsPayload = EVENT_ERRORS.payload("ScheduleMeetingsPayload", ScheduleMeetingsSuccess)
SendMeetingAgendasPayload = EVENT_ERRORS.payload("SendMeetingAgendasPayload", SendMeetingAgendasSuccess)


@strawberry.type
class MeetingsMutation:
    @mutation(
        requires=Action.REQUEST_MEETING,
        description="Demande un rendez-vous à un projet de l'événement (partenaire) ou l'inscrit pour un projet "
        "envers une personne d'un partenaire (organisateurs) ; tracé.",
    )
    async def request_meeting(self, info: Info, input: RequestMeetingInput) -> MeetingRequestPayload:  # noqa: A002
        region, event_id = _event(input.event_id)
        pitch = decode_id(input.pitch_id, expected_type="Pitch")
        partner = None
        if input.partner_user_id is not None:
            partner = decode_id(input.partner_user_id, expected_type="User").int_key
        view = await meetings.request_meeting(
            info.context.uow,
            info.context.principal,
            region=region,
            event_id=event_id,
            pitch_id=pitch.int_key if pitch.tenant == region else -1,
            message=input.message,
            partner_user_id=partner,
            request_id=info.context.request_id,
        )
        return MeetingRequestSuccess(request=MeetingRequestType(view=view))

    @mutation(requires=Action.REQUEST_MEETING, description="Accepte ou décline une demande (la partie sollicitée).")
    async def answer_meeting_request(self, info: Info, input: AnswerMeetingRequestInput) -> MeetingRequestPayload:  # noqa: A002
        region, meeting_id = _request(input.request_id)
        view = await meetings.answer_meeting_request(
            info.context.uow,
            info.context.principal,
            region=region,
            meeting_id=meeting_id,
            accept=input.accept,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return MeetingRequestSuccess(request=MeetingRequestType(view=view))

    @mutation(requires=Action.REQUEST_MEETING, description="Retire une demande (qui l'a faite, ou les organisateurs).")
    async def withdraw_meeting_request(
        self,
        info: Info,
        input: WithdrawMeetingRequestInput,  # noqa: A002
    ) -> MeetingRequestPayload:
        region, meeting_id = _request(input.request_id)
        view = await meetings.withdraw_meeting_request(
            info.context.uow,
            info.context.principal,
            region=region,
            meeting_id=meeting_id,
            request_id=info.context.request_id,
        )
        return MeetingRequestSuccess(request=MeetingRequestType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Fixe le nombre de tables de rendez-vous ; tracé.")
    async def set_meeting_tables(self, info: Info, input: SetMeetingTablesInput) -> MeetingTablesPayload:  # noqa: A002
        region, event_id = _event(input.event_id)
        view = await meeting_placement.set_meeting_tables(
            info.context.uow,
            info.context.principal,
            region=region,
            event_id=event_id,
            tables=input.tables,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        event_type: Any = info.schema.get_type_by_name("Event").origin  # type: ignore[union-attr]
        return MeetingTablesSuccess(event=event_type(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Place automatiquement les rendez-vous acceptés, en gardant ceux placés à la main ; renvoie ceux "
        "qui n'ont pas pu l'être, avec la raison.",
    )
    async def schedule_meetings(self, info: Info, input: ScheduleMeetingsInput) -> ScheduleMeetingsPayload:  # noqa: A002
        region, event_id = _event(input.event_id)
        outcome = await meeting_placement.schedule_meetings(
            info.context.uow,
            info.context.principal,
            region=region,
            event_id=event_id,
            request_id=info.context.request_id,
        )
        return ScheduleMeetingsSuccess(
            placed_count=outcome.placed,
            unplaced=[
                UnplacedMeetingType(request=MeetingRequestType(view=u.request), reason=u.reason, message=u.message)
                for u in outcome.unplaced
            ],
        )

    @mutation(requires=Action.MANAGE_EVENT, description="Place un rendez-vous accepté à la main ; tracé.")
    async def place_meeting(self, info: Info, input: PlaceMeetingInput) -> MeetingRequestPayload:  # noqa: A002
        region, meeting_id = _request(input.request_id)
        view = await meeting_placement.place_meeting(
            info.context.uow,
            info.context.principal,
            region=region,
            meeting_id=meeting_id,
            slot_starts_at=input.slot_starts_at,
            table_number=input.table_number,
            request_id=info.context.request_id,
        )
        return MeetingRequestSuccess(request=MeetingRequestType(view=view))

    @mutation(requires=Action.MANAGE_EVENT, description="Retire un rendez-vous de la grille ; tracé.")
    async def unplace_meeting(self, info: Info, input: UnplaceMeetingInput) -> MeetingRequestPayload:  # noqa: A002
        region, meeting_id = _request(input.request_id)
        view = await meeting_placement.unplace_meeting(
            info.context.uow,
            info.context.principal,
            region=region,
            meeting_id=meeting_id,
            request_id=info.context.request_id,
        )
        return MeetingRequestSuccess(request=MeetingRequestType(view=view))

    @mutation(
        requires=Action.MANAGE_EVENT,
        description="Envoie à chaque participant (partenaire, entreprise) son agenda avec un .ics, après "
        "l'enregistrement ; tracé.",
    )
    async def send_meeting_agendas(self, info: Info, input: SendMeetingAgendasInput) -> SendMeetingAgendasPayload:  # noqa: A002
        region, event_id = _event(input.event_id)
        event, agendas = await meeting_agenda.agendas_to_send(
            info.context.uow,
            info.context.principal,
            region=region,
            event_id=event_id,
            request_id=info.context.request_id,
        )
        settings = info.context.settings

        async def send() -> None:
            # Once the audit row is stored: a mail server down must not undo it.
            await meeting_agenda.send_agendas(settings, event, agendas)

        info.context.uow.after_commit(send)
        return SendMeetingAgendasSuccess(recipient_count=len(agendas))
