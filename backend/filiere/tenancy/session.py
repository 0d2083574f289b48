"""A session bound to one tenant, safe to share between concurrent resolvers of one request.

GraphQL resolves sibling fields concurrently, so two DataLoaders of the same region may hit the same
session at once; SQLAlchemy forbids that. Each I/O call takes the session's lock instead.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from filiere.tenancy.boundary import TenantSyncSession
from filiere.tenancy.metadata import TenantKind


class TenantSession(AsyncSession):
    sync_session_class = TenantSyncSession

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._io_lock = asyncio.Lock()

    @property
    def tenant_slug(self) -> str:
        slug: str = self.info["tenant_slug"]
        return slug

    @property
    def tenant_kind(self) -> TenantKind:
        kind: TenantKind = self.info["tenant_kind"]
        return kind

    # `scalars` goes through `execute`, so it is serialised without its own override.
    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        async with self._io_lock:
            return await super().execute(*args, **kwargs)

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        async with self._io_lock:
            return await super().scalar(*args, **kwargs)

    async def get(self, *args: Any, **kwargs: Any) -> Any:
        async with self._io_lock:
            return await super().get(*args, **kwargs)

    async def flush(self, *args: Any, **kwargs: Any) -> None:
        async with self._io_lock:
            await super().flush(*args, **kwargs)

    async def delete(self, instance: object) -> None:
        async with self._io_lock:
            await super().delete(instance)

    async def refresh(self, *args: Any, **kwargs: Any) -> None:
        async with self._io_lock:
            await super().refresh(*args, **kwargs)

    async def commit(self) -> None:
        async with self._io_lock:
            await super().commit()

    async def rollback(self) -> None:
        async with self._io_lock:
            await super().rollback()

    async def close(self) -> None:
        async with self._io_lock:
            await super().close()

    async def run_sync(self, *args: Any, **kwargs: Any) -> Any:
        async with self._io_lock:
            return await super().run_sync(*args, **kwargs)
