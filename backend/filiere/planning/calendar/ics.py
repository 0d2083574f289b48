"""iCalendar (RFC 5545) rendering of a retroplanning: one all-day event per dated milestone.

Calendar apps merge a re-downloaded feed by UID, so each event's UID is stable (region and milestone
id) and SEQUENCE / LAST-MODIFIED follow the milestone's version and last update: a re-planned due date
moves the event instead of duplicating it. Nothing confidential goes in (no evidence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from icalendar import Calendar, Event
from icalendar.enums import TRANSP

from filiere.planning.calendar.links import cohort_page
from filiere.planning.calendar.plan import PlanEntry
from filiere.text import short_date

PRODUCT_ID = "-//CCI France//Filière//FR"
TIMEZONE = "Europe/Paris"
# How often calendar apps should fetch the feed again (RFC 7986, and Outlook's own property).
REFRESH = timedelta(hours=1)  # keep X-PUBLISHED-TTL below in step


@dataclass(frozen=True, kw_only=True)
class CalendarHeader:
    uid: str  # stable: the same feed is the same calendar in the subscriber's app
    name: str
    description: str


def milestone_uid(entry: PlanEntry) -> str:
    return f"milestone-{entry.region}-{entry.id}@filiere"


def _in_working_days(offset: int) -> str:
    if offset == 0:
        return "le jour de l'événement"
    days = "jour ouvré" if abs(offset) == 1 else "jours ouvrés"
    return f"{abs(offset)} {days} {'avant' if offset < 0 else 'après'} l'événement"


def describe(entry: PlanEntry, public_url: str) -> str:
    lines = [
        f"Phase : {entry.phase_name}",
        f"Échéance : {entry.relative_day} ({_in_working_days(entry.offset_working_days)})",
        f"Statut : {entry.status_label}" + (f" le {short_date(entry.done_on)}" if entry.done_on is not None else ""),
        f"Porteur : {entry.owner_label}",
    ]
    if entry.assignee_name:
        lines.append(f"Suivi par : {entry.assignee_name}")
    if entry.project_name:
        lines.append(f"Projet : {entry.project_name}")
    lines.append(f"Cohorte : {entry.cohort_name}")
    if entry.expected_deliverable:
        lines.append(f"Livrable attendu : {entry.expected_deliverable}")
    lines.append(f"Rétroplanning : {cohort_page(public_url, entry.region, entry.cohort_id)}")
    return "\n".join(lines)


def to_ics(header: CalendarHeader, entries: Sequence[PlanEntry], *, public_url: str) -> bytes:
    calendar = Calendar.new(
        prodid=PRODUCT_ID,
        uid=header.uid,
        name=header.name,  # NAME and X-WR-CALNAME
        description=header.description,  # DESCRIPTION and X-WR-CALDESC
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH,
    )
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
    calendar.add("X-WR-TIMEZONE", TIMEZONE)
    calendar.add("X-PUBLISHED-TTL", "PT1H")  # Outlook's name for the same
    for entry in entries:
        if entry.due_date is None:  # J0 not set yet: nothing to put in a calendar
            continue
        calendar.add_component(
            Event.new(
                uid=milestone_uid(entry),
                summary=entry.headline,
                start=entry.due_date,
                end=entry.due_date + timedelta(days=1),  # all-day: DTEND is exclusive
                stamp=entry.updated_at,
                last_modified=entry.updated_at,
                sequence=entry.version,
                description=describe(entry, public_url),
                url=cohort_page(public_url, entry.region, entry.cohort_id),
                categories=[entry.phase_name],
                transparency=TRANSP.TRANSPARENT,  # a deadline, not a meeting: the day stays free
            )
        )
    return bytes(calendar.to_ical())
