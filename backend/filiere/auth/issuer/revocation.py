"""A closed account: ending what the embedded issuer gave its holder, refusing the tokens they still hold. The
same for a partner API client: revoked, its tokens are refused; over its allowance, its requests wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from filiere.accounts import service as accounts
from filiere.apiclients import credentials
from filiere.auth.issuer.models import RefreshToken, SignInSession
from filiere.ratelimit.service import Limit, hit, seconds_left
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry


async def revoke_user_sessions(session: AsyncSession, user_id: int, now: datetime) -> None:
    """Revoke the user's refresh tokens and end their sign-in sessions (the browser's cookie would
    otherwise sign them in again silently), in the caller's transaction."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    await session.execute(
        update(SignInSession)
        .where(SignInSession.user_id == user_id, SignInSession.ended_at.is_(None))
        .values(ended_at=now)
    )


async def account_is_open(registry: TenantRegistry, subject: str) -> bool:
    """Is the account of `subject` still open? Asked on every API request (`filiere.auth.bearer`): a closed
    account's access tokens stop working at once, not when they expire. For a partner API client
    (`client:<client_id>`): is it still unrevoked (one read too, and its last use noted once a minute)."""
    async with registry.national.sessions() as session:
        client_id = credentials.client_id_of(subject)
        if client_id is not None:
            return await credentials.client_is_open(session, client_id, datetime.now(UTC))
        return await accounts.account_is_open(session, subject)


async def api_client_wait(registry: TenantRegistry, settings: Settings, subject: str) -> int | None:
    """None while a partner API client stays within its requests per minute (a person is never counted);
    else the seconds to wait before the next request."""
    client_id = credentials.client_id_of(subject)
    if client_id is None:
        return None
    limit = Limit(hits=settings.api_client_requests_per_minute, window=timedelta(minutes=1))
    if await hit(registry, f"api-client:{client_id}", limit):
        return None
    return seconds_left(limit)
