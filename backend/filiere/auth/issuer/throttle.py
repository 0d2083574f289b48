"""Failed sign-ins counted per account and per IP address in the national database, so that every
process of the deployment sees the same counters (never in memory)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from filiere.auth.issuer.models import SignInThrottle
from filiere.db_types import UTCDateTime
from filiere.settings import Settings
from filiere.tenancy.session import TenantSession


def account_key(email: str) -> str:
    return f"account:{email}"


def ip_key(address: str) -> str:
    return f"ip:{address}"


class SignInThrottler:
    def __init__(self, settings: Settings) -> None:
        self._window = timedelta(seconds=settings.throttle_window_seconds)
        self._limits = {
            "account": settings.throttle_max_failures_per_account,
            "ip": settings.throttle_max_failures_per_ip,
        }

    async def locked_until(self, session: TenantSession, keys: list[str]) -> datetime | None:
        now = datetime.now(UTC)
        rows = await session.scalars(
            select(SignInThrottle.locked_until).where(SignInThrottle.key.in_(keys), SignInThrottle.locked_until > now)
        )
        return max((row for row in rows if row is not None), default=None)

    async def record_failure(self, session: TenantSession, keys: list[str]) -> None:
        now = datetime.now(UTC)
        window_start = now - self._window
        dialect = (await session.connection()).dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        for key in keys:
            limit = self._limits[key.split(":", 1)[0]]
            statement = insert(SignInThrottle).values(key=key, failures=1, window_started_at=now)
            table = SignInThrottle.__table__.c
            expired = table.window_started_at < window_start
            failures = case((expired, 1), else_=table.failures + 1)
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[table.key],
                    set_={
                        "failures": failures,
                        "window_started_at": case((expired, literal(now, UTCDateTime)), else_=table.window_started_at),
                        "locked_until": case(
                            (failures >= limit, literal(now + self._window, UTCDateTime)),
                            else_=None,
                        ),
                    },
                )
            )

    async def clear(self, session: TenantSession, key: str) -> None:
        await session.execute(delete(SignInThrottle).where(SignInThrottle.key == key))
