"""Failed sign-ins counted in the national database, so that every process of the deployment sees the same
counters (never in memory).

Three counters, none of which lets a stranger keep an account's owner out:
- one account from one address (`pair`): a few free tries, then a delay doubling with each failure;
- one address across accounts (`ip`): a lock for the window, against guessing many accounts from one place;
- one account across addresses (`account`): a lock only at a threshold that no address reaches alone, which
  its owner passes with the unlock link e-mailed to them (filiere.auth.issuer.unlock).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite

from filiere.auth.issuer.models import SignInThrottle
from filiere.db_types import UTCDateTime
from filiere.settings import Settings
from filiere.tenancy.session import TenantSession


def account_key(email: str) -> str:
    return f"account:{email}"


def ip_key(address: str) -> str:
    return f"ip:{address}"


def pair_key(email: str, address: str) -> str:
    # Hashed: an e-mail and an IPv6 address together may not fit the key column.
    return "pair:" + hashlib.sha256(f"{email}|{address}".encode()).hexdigest()


@dataclass(frozen=True)
class Locks:
    """The active locks of one attempt's keys."""

    by_key: dict[str, datetime]

    def until(self, *, except_key: str | None = None) -> datetime | None:
        return max((until for key, until in self.by_key.items() if key != except_key), default=None)


class SignInThrottler:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._windows = {
            "pair": timedelta(seconds=settings.throttle_window_seconds),
            "ip": timedelta(seconds=settings.throttle_window_seconds),
            "account": timedelta(seconds=settings.throttle_account_window_seconds),
        }

    async def locks(self, session: TenantSession, keys: list[str]) -> Locks:
        now = datetime.now(UTC)
        rows = await session.execute(
            select(SignInThrottle.key, SignInThrottle.locked_until).where(
                SignInThrottle.key.in_(keys), SignInThrottle.locked_until > now
            )
        )
        return Locks({key: until for key, until in rows if until is not None})

    async def record_failure(self, session: TenantSession, keys: list[str]) -> dict[str, datetime]:
        """Count one failure under each key; the locks it started, by key."""
        now = datetime.now(UTC)
        dialect = (await session.connection()).dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        table = SignInThrottle.__table__.c
        started: dict[str, datetime] = {}
        for key in keys:
            kind = key.split(":", 1)[0]
            expired = table.window_started_at < now - self._windows[kind]
            # A pair's count ends after a quiet window (its window restarts at each failure), so that a patient
            # guesser stays at the longest delay; the other counters use fixed windows.
            restart = literal(now, UTCDateTime)
            window_start = restart if kind == "pair" else case((expired, restart), else_=table.window_started_at)
            statement = (
                insert(SignInThrottle)
                .values(key=key, failures=1, window_started_at=now)
                .on_conflict_do_update(
                    index_elements=[table.key],
                    set_={
                        "failures": case((expired, 1), else_=table.failures + 1),
                        "window_started_at": window_start,
                    },
                )
                .returning(table.failures)
            )
            failures = int((await session.execute(statement)).scalar_one())
            lock = self._lock_for(kind, failures)
            if lock is not None:
                started[key] = now + lock
                await session.execute(
                    update(SignInThrottle).where(SignInThrottle.key == key).values(locked_until=started[key])
                )
        return started

    def _lock_for(self, kind: str, failures: int) -> timedelta | None:
        settings = self._settings
        if kind == "pair":
            beyond = failures - settings.throttle_failures_before_delay
            if beyond < 0:
                return None
            return timedelta(seconds=min(2 ** min(beyond, 30), settings.throttle_max_delay_seconds))
        if kind == "ip":
            return self._windows["ip"] if failures >= settings.throttle_max_failures_per_ip else None
        # The account lock starts once, when the threshold is crossed: one unlock e-mail per lock.
        return self._windows["account"] if failures == settings.throttle_account_lock_failures else None

    async def clear(self, session: TenantSession, key: str) -> None:
        await session.execute(delete(SignInThrottle).where(SignInThrottle.key == key))
