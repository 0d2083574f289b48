"""The e-mail that tells a partner organisation's people the project's team answered their question, sent
once the answer is stored (best effort: their inbox tells them too)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr

from filiere.accounts.service import UserView
from filiere.ids import encode_id
from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.programmes.questions import Answered
from filiere.settings import Settings


def partner_answer_message(settings: Settings, person: UserView, answered: Answered) -> EmailMessage:
    message_view = answered.message
    project_id = encode_id("Project", message_view.region, message_view.project_id)
    message = automatic_message(
        settings,
        to=formataddr((person.display_name, person.email)),
        subject=f"Filière : réponse à votre question sur le projet « {answered.project_name} »",
        kind="answer",
    )
    lines = [
        f"Bonjour {person.display_name},",
        "",
        f"{message_view.author_name} (CCI) a répondu à une question de votre organisation sur le projet "
        f"« {answered.project_name} » :",
        "",
        *(f"> {line}" for line in message_view.body.splitlines()),
        "",
        f"Pour lire l'échange et répondre : {settings.public_url}/projets/{project_id}",
        "",
        "L'équipe Filière",
    ]
    message.set_content("\n".join(lines))
    return message


async def send_partner_answer(settings: Settings, answered: Answered) -> int:
    """One message per person of the organisation; how many left."""
    sent = 0
    for person in answered.recipients:
        message = partner_answer_message(settings, person, answered)
        sent += await send_best_effort(settings, message, event="partner_answer", user_id=person.id)
    return sent
