"""Each participant's agenda of B2B meetings at an event: as an `.ics` calendar and by e-mail.

Organisers send the agendas once the meetings are placed: each partner's person at their account's address,
each project at its company contact's address (the organisers never see it here). The messages leave after
the commit, best effort, one per person; the `.ics` attachment holds one event per meeting, whose UID is the
request's (a re-sent agenda moves the meeting in the calendar instead of adding one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from sqlalchemy import select

from filiere.accounts.service import users_by_id
from filiere.audit.service import record_change
from filiere.auth.principal import Principal, require_principal
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.meetings import MeetingRequestView, Side, views_of
from filiere.events.service import EventView, managed_event
from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.planning.calendar.ics import PRODUCT_ID, TIMEZONE
from filiere.programmes.service import project_contacts
from filiere.settings import Settings
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import long_datetime


@dataclass(frozen=True, kw_only=True)
class AgendaLine:
    meeting: MeetingRequestView
    with_whom: str  # the other side, as this participant reads it


@dataclass(frozen=True, kw_only=True)
class Agenda:
    recipient_name: str
    email: str
    lines: tuple[AgendaLine, ...]


def agenda_lines(views: Sequence[MeetingRequestView], *, for_partner: bool) -> tuple[AgendaLine, ...]:
    placed = sorted((v for v in views if v.slot_starts_at is not None), key=lambda v: (v.slot_starts_at, v.id))
    return tuple(
        AgendaLine(meeting=v, with_whom=f"le projet « {v.pitch.project_name} »" if for_partner else v.partner_name)
        for v in placed
    )


def agenda_ics(event: EventView, lines: Sequence[AgendaLine]) -> bytes:
    calendar = Calendar.new(prodid=PRODUCT_ID, name=f"Rendez-vous — {event.name}", method="PUBLISH")
    calendar.add("X-WR-TIMEZONE", TIMEZONE)
    for line in lines:
        meeting = line.meeting
        assert meeting.slot_starts_at is not None and meeting.slot_ends_at is not None
        calendar.add_component(
            CalendarEvent.new(
                uid=f"meeting-{meeting.region}-{meeting.id}@filiere",
                summary=f"Rendez-vous avec {line.with_whom}",
                start=meeting.slot_starts_at,
                end=meeting.slot_ends_at,
                stamp=meeting.requested_at,
                sequence=meeting.version,
                location=f"{event.venue}, table {meeting.table_number}"
                if event.venue
                else f"Table {meeting.table_number}",
                description=meeting.message,
            )
        )
    return bytes(calendar.to_ical())


def agenda_message(settings: Settings, event: EventView, agenda: Agenda) -> EmailMessage:
    message = automatic_message(
        settings,
        to=formataddr((agenda.recipient_name, agenda.email)),
        subject=f"Filière : vos rendez-vous à « {event.name} »",
        kind="meeting-agenda",
    )
    lines = [f"Bonjour {agenda.recipient_name},", "", f"Voici vos rendez-vous d'affaires à « {event.name} » :", ""]
    for line in agenda.lines:
        meeting = line.meeting
        assert meeting.slot_starts_at is not None
        lines.append(f"- {long_datetime(meeting.slot_starts_at)}, table {meeting.table_number} : {line.with_whom}")
    if event.venue:
        lines += ["", f"Lieu : {event.venue}" + (f", {event.address}" if event.address else "")]
    lines += ["", "Le calendrier joint (.ics) les ajoute à votre agenda.", "", "L'équipe Filière"]
    message.set_content("\n".join(lines))
    message.add_attachment(
        agenda_ics(event, agenda.lines), maintype="text", subtype="calendar", filename="rendez-vous.ics"
    )
    return message


async def agendas_to_send(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, request_id: str
) -> tuple[EventView, list[Agenda]]:
    """The agenda of every participant with at least one placed meeting and an address; the caller sends them
    after the commit (`send_agendas`). Audited as one action on the event."""
    event = await managed_event(uow, principal, region, event_id)
    organiser = require_principal(principal)
    rows = list(
        await uow.region(region).scalars(
            select(MeetingRequest).where(
                MeetingRequest.event_id == event.id,
                MeetingRequest.status == MeetingRequestStatus.ACCEPTED,
                MeetingRequest.slot_starts_at.is_not(None),
            )
        )
    )
    views = await views_of(uow, event, rows, Side(organiser=True, user_id=None))
    by_partner: dict[int, list[MeetingRequestView]] = defaultdict(list)
    by_project: dict[tuple[str, int], list[MeetingRequestView]] = defaultdict(list)
    for view in views:
        by_partner[view.partner_user_id].append(view)
        by_project[view.pitch.project_region, view.pitch.project_id].append(view)
    users = await users_by_id(uow.national(), sorted(by_partner)) if by_partner else {}
    agendas = [
        Agenda(
            recipient_name=users[user_id].display_name,
            email=users[user_id].email,
            lines=agenda_lines(found, for_partner=True),
        )
        for user_id, found in sorted(by_partner.items())
        if user_id in users and users[user_id].is_active
    ]
    regions: dict[str, list[int]] = defaultdict(list)
    for project_region, project_id in by_project:
        regions[project_region].append(project_id)
    for project_region, ids in sorted(regions.items()):
        contacts = await project_contacts(uow, project_region, ids)
        for project_id in sorted(ids):
            name, email = contacts.get(project_id, ("", ""))
            if email:
                found = by_project[project_region, project_id]
                agendas.append(Agenda(recipient_name=name, email=email, lines=agenda_lines(found, for_partner=False)))
    record_change(
        uow.region(region),
        organiser,
        request_id=request_id,
        action="event.send_meeting_agendas",
        entity_type="Event",
        entity_id=event.id,
        before=None,
        after={"recipients": len(agendas)},
    )
    return event, agendas


async def send_agendas(settings: Settings, event: EventView, agendas: Sequence[Agenda]) -> int:
    """One message per participant; how many left."""
    sent = 0
    for agenda in agendas:
        sent += await send_best_effort(settings, agenda_message(settings, event, agenda), event="meeting_agenda")
    return sent
