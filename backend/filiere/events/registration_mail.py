"""The e-mails of the public's registration: the confirmation (sessions, personal link, `.ics`), the personal
link sent again, and the news that a seat freed for someone on a waiting list. All best effort, after the
commit: a mail server down never loses a registration."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage

import structlog

from filiere.events.models import SeatStatus
from filiere.events.registration_calendar import registration_calendar
from filiere.events.registration_seats import SeatSessionView, SeatView
from filiere.events.registrations import RETENTION
from filiere.events.service import EventView
from filiere.notifications.mailer import DELIVERY_ERRORS, SmtpMailer, automatic_message
from filiere.settings import Settings
from filiere.text import long_datetime

log = structlog.get_logger(__name__)
SIGNATURE = "Les organisateurs de l'événement"


def personal_link(public_url: str, event: EventView, token: str) -> str:
    return f"{public_url.rstrip('/')}/evenements/{event.slug}/inscription/{token}"


def seat_line(seat: SeatView) -> str:
    state = "confirmée" if seat.status is SeatStatus.CONFIRMED else f"liste d'attente, n° {seat.waiting_position}"
    return f"- {seat.session.title}, {long_datetime(seat.session.starts_at)} ({state})"


def _message(settings: Settings, *, to: str, subject: str, kind: str, lines: Sequence[str]) -> EmailMessage:
    message = automatic_message(settings, to=to, subject=subject, kind=kind)
    message.set_content("\n".join(lines))
    paragraphs = "".join(f"<p>{_html(line)}</p>" for line in lines if line)
    message.add_alternative(f'<!doctype html><html lang="fr"><body>{paragraphs}</body></html>', subtype="html")
    return message


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def confirmation(
    settings: Settings, event: EventView, *, name: str, email: str, seats: Sequence[SeatView], token: str
) -> EmailMessage:
    link = personal_link(settings.public_url, event, token)
    sessions = [seat_line(seat) for seat in seats] or ["- l'événement, sans atelier choisi"]
    lines = [
        f"Bonjour {name},",
        "",
        f"Votre inscription à « {event.name} »" + (f" ({event.venue})" if event.venue else "") + " est enregistrée.",
        "",
        "Vos sessions :",
        *sessions,
        "",
        "Quand une place se libère dans une session complète, la première personne de la liste d'attente la "
        "reçoit automatiquement et en est prévenue par e-mail.",
        "",
        f"Pour changer vos sessions ou annuler votre inscription, gardez ce lien personnel : {link}",
        "Le fichier joint ajoute vos sessions confirmées à votre agenda.",
        "",
        RETENTION,
        "",
        SIGNATURE,
    ]
    message = _message(settings, to=email, subject=f"Votre inscription : {event.name}", kind="inscription", lines=lines)
    message.add_attachment(
        registration_calendar(event, seats, page_url=link).decode(),
        subtype="calendar",
        charset="utf-8",
        filename="mes-sessions.ics",
        params={"method": "PUBLISH"},
    )
    return message


def link_again(settings: Settings, event: EventView, *, name: str, email: str, token: str) -> EmailMessage:
    lines = [
        f"Bonjour {name},",
        "",
        f"Une nouvelle inscription à « {event.name} » a été demandée avec votre adresse, qui est déjà inscrite.",
        f"Voici votre lien personnel pour voir, changer ou annuler votre inscription : "
        f"{personal_link(settings.public_url, event, token)}",
        "Les liens reçus auparavant ne fonctionnent plus.",
        "",
        RETENTION,
        "",
        SIGNATURE,
    ]
    return _message(
        settings, to=email, subject=f"Votre lien d'inscription : {event.name}", kind="inscription", lines=lines
    )


def seat_freed(
    settings: Settings, event: EventView, *, name: str, email: str, session: SeatSessionView
) -> EmailMessage:
    lines = [
        f"Bonjour {name},",
        "",
        f"Une place s'est libérée : votre inscription à « {session.title} » ({long_datetime(session.starts_at)}) "
        f"lors de « {event.name} » est maintenant confirmée.",
        "Si vous ne pouvez plus venir, libérez-la depuis le lien personnel de votre e-mail d'inscription.",
        "",
        SIGNATURE,
    ]
    return _message(settings, to=email, subject=f"Place confirmée : {session.title}", kind="inscription", lines=lines)


async def send(settings: Settings, messages: Sequence[EmailMessage]) -> bool:
    """Send `messages`; False when the mail server refused or was down (logged, never raised)."""
    if not messages:
        return True
    try:
        async with SmtpMailer(settings) as mailer:
            for message in messages:
                await mailer.send(message)
    except DELIVERY_ERRORS as error:
        log.warning("event_registration_mail_failed", error=type(error).__name__)
        return False
    return True
