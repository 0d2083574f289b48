"""The e-mails that carry a password link: the invitation that opens an account, sent once the account is
stored, and the reset of a forgotten password."""

from __future__ import annotations

from email.message import EmailMessage

from filiere.accounts.service import UserView
from filiere.administration.passwords import reset_link
from filiere.administration.service import Invited, invitation_link
from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.settings import Settings
from filiere.text import long_datetime


def invitation_message(settings: Settings, invited: Invited, *, invited_by: str | None) -> EmailMessage:
    """`invited_by`: the inviter's name, None from the command line."""
    opened = f"{invited_by} vous a ouvert un compte" if invited_by else "Un compte vous a été ouvert"
    message = automatic_message(
        settings, to=invited.user.email, subject="Votre compte Filière : créez votre mot de passe", kind="invitation"
    )
    message.set_content(
        "\n".join(
            [
                f"Bonjour {invited.user.display_name},",
                "",
                f"{opened} sur Filière, l'outil de suivi de l'Accélérateur de "
                f"Relocalisations, avec l'adresse {invited.user.email}.",
                "",
                "Pour l'activer, créez votre mot de passe en ouvrant ce lien, valable une seule fois, jusqu'au "
                f"{long_datetime(invited.expires_at)} :",
                invitation_link(settings.public_url, invited.token),
                "",
                "Passé ce délai, demandez une nouvelle invitation à votre responsable.",
                "Si vous n'attendiez pas ce message, ignorez-le : le compte ne s'ouvre pas sans vous.",
                "",
                "L'équipe Filière",
            ]
        )
    )
    return message


async def send_invitation(settings: Settings, invited: Invited, *, invited_by: str | None) -> bool:
    """Best effort, after the commit: a mail server down must not undo the account (the link can be sent
    again, or handed over by other means)."""
    message = invitation_message(settings, invited, invited_by=invited_by)
    return await send_best_effort(settings, message, event="invitation", user_id=invited.user.id)


def reset_message(settings: Settings, user: UserView, token: str) -> EmailMessage:
    message = automatic_message(
        settings, to=user.email, subject="Filière : choisissez un nouveau mot de passe", kind="reinitialisation"
    )
    message.set_content(
        "\n".join(
            [
                f"Bonjour {user.display_name},",
                "",
                "Quelqu'un, sans doute vous, a demandé à changer le mot de passe de votre compte Filière.",
                "Pour choisir un nouveau mot de passe, ouvrez ce lien, valable 30 minutes et une seule fois :",
                reset_link(settings.public_url, token),
                "",
                "Une fois le mot de passe changé, toutes vos sessions ouvertes sont fermées.",
                "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
                "",
                "L'équipe Filière",
            ]
        )
    )
    return message


async def send_password_reset(settings: Settings, user: UserView, token: str) -> None:
    """Best effort, after the answer has left: the form answers alike whether the account exists or not."""
    await send_best_effort(settings, reset_message(settings, user, token), event="password_reset", user_id=user.id)
