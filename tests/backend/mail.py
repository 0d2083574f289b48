"""A real SMTP server for the tests that send mail (aiosmtpd; the `smtp` fixture in conftest.py starts one),
and settings pointing at it."""

from __future__ import annotations

import email
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

from aiosmtpd.controller import Controller

from filiere.settings import Settings
from tests.backend.world import World

SENDER = "Filière <no-reply@demo.filiere.fr>"


@dataclass
class Received:
    rcpt_tos: list[str]
    message: EmailMessage


class Inbox:
    """An SMTP handler keeping what it receives; it refuses the addresses in `refused`."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.refused: set[str] = set()

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        assert isinstance(message, EmailMessage)
        self.received.append(Received(rcpt_tos=list(envelope.rcpt_tos), message=message))
        return "250 Message accepted for delivery"

    def by_recipient(self) -> dict[str, EmailMessage]:
        assert all(len(item.rcpt_tos) == 1 for item in self.received), "one message per person"
        return {item.rcpt_tos[0]: item.message for item in self.received}

    def wait_for(self, address: str, *, subject: str, timeout: float = 15.0) -> EmailMessage:
        """The latest message to `address` whose subject contains `subject`, waiting for it: the server sends
        after the commit or after its answer, so the page may say « envoyé » before the message arrives."""
        deadline = time.monotonic() + timeout
        while True:
            # A copy: the server's thread appends while we read.
            for item in reversed(list(self.received)):
                if address in item.rcpt_tos and subject in str(item.message["Subject"]):
                    return item.message
            if time.monotonic() > deadline:
                got = [(item.rcpt_tos, str(item.message["Subject"])) for item in self.received]
                raise AssertionError(f"no message « {subject} » to {address} within {timeout} s; received: {got}")
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def running_smtp() -> Iterator[tuple[Inbox, int]]:
    """An SMTP server on a free port, stopped when the generator closes."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def settings_with_smtp(world: World, port: int) -> Settings:
    return world.settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_from": SENDER})
