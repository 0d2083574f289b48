"""Fixed-window rate limits kept in the national database.

A hit is one atomic upsert (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), committed on its own
connection: a refused or failed request still counts, and two processes never both read « 4 of 5 ».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Table, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from filiere.ratelimit.models import RateLimitWindow
from filiere.tenancy.registry import TenantRegistry


@dataclass(frozen=True)
class Limit:
    hits: int
    window: timedelta


async def hit(registry: TenantRegistry, key: str, limit: Limit, *, now: datetime | None = None) -> bool:
    """Count one hit of `key`; True while the window holds no more than `limit.hits` of them."""
    moment = now or datetime.now(UTC)
    seconds = int(limit.window.total_seconds())
    start = datetime.fromtimestamp(int(moment.timestamp()) // seconds * seconds, UTC)
    engine = registry.national.engine
    insert = postgresql_insert if engine.dialect.name == "postgresql" else sqlite_insert
    table = RateLimitWindow.__table__
    assert isinstance(table, Table)
    statement = (
        insert(table)
        .values(key=key[:120], window_start=start, hits=1)
        .on_conflict_do_update(index_elements=["key", "window_start"], set_={"hits": table.c.hits + 1})
        .returning(table.c.hits)
    )
    async with engine.begin() as connection:
        hits = (await connection.execute(statement)).scalar_one()
        # Old windows are of no use: each hit sweeps those of its key.
        await connection.execute(
            delete(table).where(table.c.key == key[:120], table.c.window_start < start - limit.window)
        )
    return int(hits) <= limit.hits


def seconds_left(limit: Limit, *, now: datetime | None = None) -> int:
    """Seconds until the current window of `limit` ends (a refusal's Retry-After)."""
    moment = now or datetime.now(UTC)
    seconds = int(limit.window.total_seconds())
    return seconds - int(moment.timestamp()) % seconds
