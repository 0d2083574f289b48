"""Sending e-mail over SMTP with the standard library's smtplib, in a worker thread (it is blocking).

One connection serves a whole batch; after any error it is dropped and the next message opens a new
one, so that one refused recipient or a dropped connection costs that message only.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from types import TracebackType
from typing import Any

import structlog

from filiere.settings import Settings

# What a delivery may raise that concerns this message or the server, not a bug of ours.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)

log = structlog.get_logger(__name__)


def automatic_message(settings: Settings, *, to: str, subject: str, kind: str) -> EmailMessage:
    """A message Filière sends by itself, without its content: `to` an address (or « Name <address> »),
    `kind` names its Message-ID. Marked automatic so that out-of-office replies stay quiet (RFC 3834)."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(kind)
    message["Auto-Submitted"] = "auto-generated"
    return message


class SmtpMailer:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        settings = self._settings
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds)
        try:
            smtp.ehlo()
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.smtp_username and settings.smtp_password is not None:
                smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _send(self, message: EmailMessage) -> None:
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            self._smtp.send_message(message)
        except BaseException:
            self._drop()
            raise

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def _quit(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except DELIVERY_ERRORS:
                pass  # the messages are sent; a rude goodbye changes nothing
            finally:
                self._drop()

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send, message)

    async def close(self) -> None:
        await asyncio.to_thread(self._quit)

    async def __aenter__(self) -> SmtpMailer:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


async def send_best_effort(settings: Settings, message: EmailMessage, *, event: str, **context: Any) -> bool:
    """One message sent after the work it reports is done (committed, or answered): a mail server down is
    logged as `<event>_not_sent`, never raised, so that it cannot undo that work. Whether it left."""
    try:
        async with SmtpMailer(settings) as mailer:
            await mailer.send(message)
    except DELIVERY_ERRORS as error:
        log.warning(f"{event}_not_sent", error=type(error).__name__, **context)
        return False
    log.info(f"{event}_sent", **context)
    return True
