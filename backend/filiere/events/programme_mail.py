"""The e-mail that tells the people registered for a session that it moved (time or room) or was cancelled,
sent once the change is stored (best effort: the public page shows the programme as it is)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from typing import TYPE_CHECKING

from filiere.clock import PARIS
from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.settings import Settings
from filiere.text import long_date

if TYPE_CHECKING:
    from filiere.events.programme import SessionView
    from filiere.events.service import EventView


@dataclass(frozen=True, kw_only=True)
class Recipient:
    name: str
    email: str


def _when(session: SessionView) -> str:
    start, end = session.starts_at.astimezone(PARIS), session.ends_at.astimezone(PARIS)
    where = f", salle « {session.room} »" if session.room else ""
    return f"{long_date(start.date())} de {start:%H:%M} à {end:%H:%M}{where}"


def session_change_message(
    settings: Settings, event: EventView, session: SessionView, person: Recipient, *, cancelled: bool
) -> EmailMessage:
    what = "annulée" if cancelled else "modifiée"
    message = automatic_message(
        settings,
        to=formataddr((person.name, person.email)),
        subject=f"{event.name} : session « {session.title} » {what}",
        kind="event-session",
    )
    change = (
        f"La session « {session.title} » prévue le {_when(session)} est annulée ; votre place est libérée."
        if cancelled
        else f"La session « {session.title} » a changé : elle a lieu le {_when(session)}."
    )
    lines = [
        f"Bonjour {person.name},",
        "",
        change,
        "",
        f"Le programme à jour : {settings.public_url}/evenements/{event.slug}",
        "",
        "Les organisateurs",
    ]
    message.set_content("\n".join(lines))
    return message


async def send_session_change(
    settings: Settings, event: EventView, session: SessionView, recipients: Sequence[Recipient], *, cancelled: bool
) -> int:
    """One message per registrant; how many left."""
    sent = 0
    for person in recipients:
        message = session_change_message(settings, event, session, person, cancelled=cancelled)
        sent += await send_best_effort(settings, message, event="event_session_change", session_id=session.id)
    return sent
