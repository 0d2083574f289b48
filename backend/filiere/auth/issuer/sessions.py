"""« Mes sessions »: where the caller is signed in at the embedded issuer, and signing out there.

A sign-in session is a browser's cookie at the issuer; its refresh tokens keep the SPA signed in. The issuer
stores when a session started, from which browser and address, when it expires and when its tokens were last
refreshed; the access token names its session (`sid`), so the list marks the one in use. With an external
issuer (Keycloak, ProConnect) the sessions live there: the list is empty and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, select, update
from ua_parser import parse

from filiere.accounts import service as accounts
from filiere.audit.service import record_change
from filiere.auth.issuer.models import RefreshToken, SignInSession
from filiere.auth.issuer.revocation import revoke_user_sessions
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import NotFoundError
from filiere.pagination import Page, PageRequest, SortPosition
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class SessionView:
    id: int
    started_at: datetime
    expires_at: datetime
    # When tokens were last issued in this session: the SPA refreshes them while it is open.
    last_active_at: datetime
    # « Firefox 133 · Windows »: what the User-Agent says, None when it says nothing recognisable.
    device: str | None
    address: str
    # The session the caller's token was issued in.
    current: bool


def describe_device(user_agent: str) -> str | None:
    """The browser and system a User-Agent names (ua-parser's regexes, kept up to date upstream)."""
    if not user_agent:
        return None
    parsed = parse(user_agent)
    browser = parsed.user_agent
    system = parsed.os
    parts = []
    if browser is not None and browser.family != "Other":
        parts.append(f"{browser.family} {browser.major}" if browser.major else browser.family)
    if system is not None and system.family != "Other":
        parts.append(system.family)
    return " · ".join(parts) or None


def _open(user_id: int, now: datetime) -> list[ColumnElement[bool]]:
    return [SignInSession.user_id == user_id, SignInSession.ended_at.is_(None), SignInSession.expires_at > now]


async def _caller_id(uow: UnitOfWork, principal: Principal | None) -> tuple[Principal, int | None]:
    caller = require_principal(principal)
    if not is_allowed(caller, Action.MANAGE_OWN_SESSIONS, region=None):
        return caller, None
    return caller, await accounts.user_id_of(uow, caller)


async def _last_refresh(national: TenantSession, session_ids: Sequence[int]) -> dict[int, datetime]:
    rows = await national.execute(
        select(RefreshToken.session_id, func.max(RefreshToken.issued_at))
        .where(RefreshToken.session_id.in_(session_ids))
        .group_by(RefreshToken.session_id)
    )
    return {row[0]: row[1] for row in rows}


async def list_own_sessions(
    uow: UnitOfWork, principal: Principal | None, page: PageRequest, *, now: datetime | None = None
) -> Page[SessionView]:
    """The caller's open sessions, newest first: three statements whatever their number."""
    caller, user_id = await _caller_id(uow, principal)
    if user_id is None:
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    national = uow.national()
    conditions = _open(user_id, now or datetime.now(UTC))
    total = await national.scalar(select(func.count(SignInSession.id)).where(*conditions))
    statement = select(SignInSession).where(*conditions)
    if page.after is not None:
        statement = statement.where(SignInSession.id < page.after.id)
    rows = list(await national.scalars(statement.order_by(SignInSession.id.desc()).limit(page.first + 1)))
    shown = rows[: page.first]
    refreshed = await _last_refresh(national, [row.id for row in shown]) if shown else {}
    items = [
        SessionView(
            id=row.id,
            started_at=row.authenticated_at,
            expires_at=row.expires_at,
            last_active_at=refreshed.get(row.id, row.authenticated_at),
            device=describe_device(row.user_agent),
            address=row.address,
            current=row.id == caller.sign_in_session,
        )
        for row in shown
    ]
    return Page(
        items=items,
        positions=[SortPosition("", NATIONAL_SLUG, row.id) for row in shown],
        has_next_page=len(rows) > page.first,
        total_count=total or 0,
    )


async def end_own_session(
    uow: UnitOfWork, principal: Principal | None, *, session_id: int, request_id: str, now: datetime | None = None
) -> None:
    """Sign the caller out of one of their sessions: its cookie no longer signs in, its tokens no longer
    refresh. Another person's session, or an ended one, names nothing."""
    caller, user_id = await _caller_id(uow, principal)
    national = uow.national()
    moment = now or datetime.now(UTC)
    row = await national.scalar(
        select(SignInSession).where(SignInSession.id == session_id, *_open(user_id or 0, moment))
    )
    if user_id is None or row is None:
        raise NotFoundError("Cette session n'existe pas ou est déjà terminée.", field="sessionId")
    row.ended_at = moment
    await national.execute(
        update(RefreshToken)
        .where(RefreshToken.session_id == row.id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=moment)
    )
    record_change(
        national,
        caller,
        request_id=request_id,
        action="user.session_ended",
        entity_type="User",
        entity_id=user_id,
        before={"startedAt": row.authenticated_at.isoformat()},
        after=None,
    )


async def end_all_own_sessions(
    uow: UnitOfWork, principal: Principal | None, *, request_id: str, now: datetime | None = None
) -> int:
    """Sign the caller out everywhere; how many sessions were open."""
    caller, user_id = await _caller_id(uow, principal)
    if user_id is None:
        return 0
    national = uow.national()
    moment = now or datetime.now(UTC)
    count = await national.scalar(select(func.count(SignInSession.id)).where(*_open(user_id, moment))) or 0
    await revoke_user_sessions(national, user_id, moment)
    record_change(
        national,
        caller,
        request_id=request_id,
        action="user.sessions_ended",
        entity_type="User",
        entity_id=user_id,
        before={"openSessions": count},
        after={"openSessions": 0},
    )
    return count
