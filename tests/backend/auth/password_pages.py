"""Inviting someone and setting their password through the server-rendered page, as a browser would; the
`filiere users` command with a mail server: for the invitation, e-mail and CLI tests."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy import func, select

from filiere.accounts.models import Invitation, User
from filiere.administration.service import COMMAND_LINE, Invited, NewAccount, invite_user
from filiere.audit.models import NationalAuditEvent
from filiere.auth.principal import Role
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.auth.issuer_flow import csrf_of
from tests.backend.mail import SENDER
from tests.backend.world import World

INVITED = "lea.petit@cci-normandie.fr"
NEW_PASSWORD = "la mer est calme ce soir"


async def invite(world: World, *, email: str = INVITED, now: datetime | None = None) -> Invited:
    async with UnitOfWork(world.registry) as uow:
        invited = await invite_user(
            uow,
            COMMAND_LINE,
            data=NewAccount(email=email, name="Léa Petit", role=Role.ADVISER, region="normandie"),
            request_id="test",
            now=now,
        )
        await uow.commit()
    return invited


async def choose_password(
    client: httpx.AsyncClient, path: str, password: str = NEW_PASSWORD, confirmation: str | None = None
) -> httpx.Response:
    """Open the page at `path` and submit it."""
    page = await client.get(path)
    assert page.status_code == 200, page.text
    data = {"csrf_token": csrf_of(page.text), "password": password, "confirmation": confirmation or password}
    return await client.post(path, data=data)


@dataclass(frozen=True)
class AccountState:
    active: bool
    password_hash: str | None
    used_invitations: int
    audit_events: int


async def account_state(world: World, email: str = INVITED) -> AccountState:
    async with world.registry.national.sessions() as session:
        user = await session.scalar(select(User).where(User.email == email))
        assert user is not None
        return AccountState(
            active=user.is_active,
            password_hash=user.password_hash,
            used_invitations=await session.scalar(
                select(func.count()).where(Invitation.user_id == user.id, Invitation.used_at.is_not(None))
            )
            or 0,
            audit_events=await session.scalar(select(func.count()).select_from(NationalAuditEvent)) or 0,
        )


async def users_command(world: World, smtp_port: int, *args: str) -> subprocess.CompletedProcess[str]:
    """`filiere users …` in its own process, on the world's databases, mailing through `smtp_port`."""
    env = world.child_environment(
        FILIERE_PUBLIC_URL="https://filiere.example.fr",
        FILIERE_LOG_LEVEL="WARNING",
        FILIERE_SMTP_HOST="127.0.0.1",
        FILIERE_SMTP_PORT=str(smtp_port),
        FILIERE_SMTP_FROM=SENDER,
    )
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "filiere.cli", "users", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
