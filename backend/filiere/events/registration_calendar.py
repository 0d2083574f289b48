"""The `.ics` attached to a registrant's confirmation: one timed event per session they have a confirmed
seat in (a waiting seat is no appointment yet). UIDs are stable (region and session id), so a calendar app
re-importing a later confirmation moves the session instead of duplicating it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from icalendar import Calendar, Event

from filiere.events.models import SeatStatus
from filiere.events.registration_seats import SeatView
from filiere.events.service import EventView
from filiere.planning.calendar.ics import PRODUCT_ID


def session_uid(region: str, session_id: int) -> str:
    return f"event-session-{region}-{session_id}@filiere"


def registration_calendar(event: EventView, seats: Sequence[SeatView], *, page_url: str) -> bytes:
    calendar = Calendar.new(prodid=PRODUCT_ID, name=event.name, method="PUBLISH", calscale="GREGORIAN")
    where = ", ".join(part for part in (event.venue, event.address) if part)
    for seat in seats:
        if seat.status is not SeatStatus.CONFIRMED:
            continue
        session = seat.session
        calendar.add_component(
            Event.new(
                uid=session_uid(session.region, session.id),
                summary=f"{session.title} — {event.name}",
                start=session.starts_at.astimezone(UTC),
                end=session.ends_at.astimezone(UTC),
                stamp=datetime.now(UTC),
                location=", ".join(part for part in (session.room, where) if part),
                description=f"Votre inscription : {page_url}",
                url=page_url,
            )
        )
    return bytes(calendar.to_ical())
