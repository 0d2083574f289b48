"""iCalendar (RFC 5545) files of an event's programme, for anyone (no account): the whole event — its days
and each session open to the public — or one session. Pure functions over the views.

Times are written in UTC (`…Z`), which every calendar app places in its own zone; the event's days are all-day
dates. UIDs are stable (region and id), and SEQUENCE follows a session's version, so downloading the file again
after a change moves the entry instead of duplicating it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from filiere.events.programme import SessionView
from filiere.events.service import EventView
from filiere.planning.calendar.ics import PRODUCT_ID


def event_uid(event: EventView) -> str:
    return f"event-{event.region}-{event.id}@filiere"


def session_uid(session: SessionView) -> str:
    return f"event-session-{session.region}-{session.id}@filiere"


def _location(event: EventView, room: str = "") -> str:
    return ", ".join(part for part in (room, event.venue, event.address) if part)


def _calendar(name: str) -> Calendar:
    return Calendar.new(prodid=PRODUCT_ID, name=name, method="PUBLISH", calscale="GREGORIAN")


def _session_entry(event: EventView, session: SessionView) -> CalendarEvent:
    speakers = [
        ", ".join(part for part in (speaker.name, speaker.title, speaker.organisation) if part)
        for speaker in session.speakers
    ]
    description = "\n".join(
        [*([session.description] if session.description else []), *(f"Intervenant : {s}" for s in speakers)]
    )
    return CalendarEvent.new(
        uid=session_uid(session),
        summary=f"{session.title} — {event.name}",
        start=session.starts_at,
        end=session.ends_at,
        stamp=session.updated_at,
        last_modified=session.updated_at,
        sequence=session.version,
        location=_location(event, session.room),
        description=description or None,
    )


def event_calendar(event: EventView, sessions: Sequence[SessionView]) -> bytes:
    """The event's days, then each of its sessions open to the public."""
    calendar = _calendar(event.name)
    if event.starts_on is not None:
        calendar.add_component(
            CalendarEvent.new(
                uid=event_uid(event),
                summary=event.name,
                start=event.starts_on,
                end=(event.ends_on or event.starts_on) + timedelta(days=1),  # all-day: DTEND is exclusive
                sequence=event.version,
                location=_location(event),
                description=event.description or None,
            )
        )
    for session in sessions:
        if session.open_to_public:
            calendar.add_component(_session_entry(event, session))
    return bytes(calendar.to_ical())


def session_calendar(event: EventView, session: SessionView) -> bytes:
    calendar = _calendar(f"{session.title} — {event.name}")
    calendar.add_component(_session_entry(event, session))
    return bytes(calendar.to_ical())
