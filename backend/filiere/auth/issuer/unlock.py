"""The way back in when an account is locked as a whole (too many failures from many addresses): a link
e-mailed to its owner. Opened and confirmed, it leaves a cookie with which this browser passes the account
lock, still with the right password and still under the per-address delays.

The token is signed, not stored: it names the account and the end of the lock, so it dies with the lock.
"""

from __future__ import annotations

import base64
import hmac
from datetime import UTC, datetime
from email.message import EmailMessage
from urllib.parse import urlencode

from filiere.notifications.mailer import automatic_message, send_best_effort
from filiere.settings import Settings


def unlock_token(settings: Settings, email: str, until: datetime) -> str:
    name = base64.urlsafe_b64encode(email.encode()).decode().rstrip("=")
    payload = f"{name}.{int(until.timestamp())}"
    return f"{payload}.{_signature(settings, payload)}"


def unlocked_email(settings: Settings, token: str) -> tuple[str, datetime] | None:
    """The account a valid, unexpired token unlocks and until when; None for anything else."""
    payload, _, signature = token.rpartition(".")
    name, _, expiry = payload.partition(".")
    if not signature or not hmac.compare_digest(_signature(settings, payload), signature) or not expiry.isdigit():
        return None
    until = datetime.fromtimestamp(int(expiry), UTC)
    if until <= datetime.now(UTC):
        return None
    return base64.urlsafe_b64decode(name + "=" * (-len(name) % 4)).decode(), until


def _signature(settings: Settings, payload: str) -> str:
    key = settings.secret_key.get_secret_value().encode()
    return hmac.new(key, f"unlock:{payload}".encode(), "sha256").hexdigest()


def unlock_message(settings: Settings, email: str, until: datetime) -> EmailMessage:
    link = f"{settings.public_url}/auth/unlock?{urlencode({'token': unlock_token(settings, email, until)})}"
    minutes = max(1, round((until - datetime.now(UTC)).total_seconds() / 60))
    message = automatic_message(
        settings, to=email, subject="Votre compte Filière est temporairement bloqué", kind="unlock"
    )
    message.set_content(
        "\n".join(
            [
                "Bonjour,",
                "",
                "De nombreuses tentatives de connexion ont échoué sur votre compte Filière, depuis plusieurs "
                "adresses : nous l'avons bloqué par précaution.",
                "",
                f"Pour vous connecter malgré tout, ouvrez ce lien (valable {minutes} minutes) :",
                link,
                "",
                "Si ces tentatives ne viennent pas de vous, personne n'est entré sans votre mot de passe. "
                "Signalez-les à votre responsable régional.",
                "",
                "L'équipe Filière",
            ]
        )
    )
    return message


async def send_unlock_link(settings: Settings, email: str, until: datetime) -> None:
    """Best effort, after the answer has left: the sign-in takes as long whether the account exists or not."""
    await send_best_effort(settings, unlock_message(settings, email, until), event="unlock_link")
