"""The e-mail that tells a partner's users a project was shared with their organisation, sent once the grant
is stored (best effort: their inbox tells them too)."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formataddr

from filiere.accounts.service import UserView
from filiere.ids import encode_id
from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.programmes.sharing import SCOPE_LABELS, Shared
from filiere.settings import Settings
from filiere.text import long_date


def project_shared_message(settings: Settings, person: UserView, shared: Shared, *, shared_by: str) -> EmailMessage:
    card, grant = shared.project.card, shared.grant
    project_id = encode_id("Project", card.region, card.id)
    message = automatic_message(
        settings,
        to=formataddr((person.display_name, person.email)),
        subject=f"Filière : le projet « {card.name} » est partagé avec {shared.organisation.name}",
        kind="grant",
    )
    lines = [
        f"Bonjour {person.display_name},",
        "",
        f"{shared_by} (CCI) partage avec {shared.organisation.name} le projet « {card.name} », avec l'accord de "
        "l'entreprise.",
        "",
        SCOPE_LABELS[grant.scope],
    ]
    if grant.expires_on:
        lines.append(f"Le partage prend fin le {long_date(grant.expires_on)}.")
    if grant.purpose:
        lines += ["", f"Objet : {grant.purpose}"]
    lines += ["", f"Pour le consulter : {settings.public_url}/projets/{project_id}", "", "L'équipe Filière"]
    message.set_content("\n".join(lines))
    return message


async def send_project_shared(
    settings: Settings, recipients: Sequence[UserView], shared: Shared, *, shared_by: str
) -> int:
    """One message per person; how many left."""
    sent = 0
    for person in recipients:
        message = project_shared_message(settings, person, shared, shared_by=shared_by)
        sent += await send_best_effort(settings, message, event="project_shared", user_id=person.id)
    return sent
