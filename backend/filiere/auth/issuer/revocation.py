"""A closed account: ending what the embedded issuer gave its holder, refusing the tokens they still hold."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from filiere.accounts import service as accounts
from filiere.auth.issuer.models import RefreshToken, SignInSession
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
    account's access tokens stop working at once, not when they expire."""
    async with registry.national.sessions() as session:
        return await accounts.account_is_open(session, subject)
