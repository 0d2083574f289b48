"""Request-scoped sessions: at most one per tenant touched, all closed together.

There is no distributed transaction: a mutation writes to one tenant (plus, at most, national rows that
are safe to keep if the regional commit fails). The boundary — request or CLI command — commits.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.tenancy.registry import Tenant, TenantRegistry
from filiere.tenancy.session import TenantSession


class UnitOfWork:
    def __init__(self, registry: TenantRegistry) -> None:
        self.registry = registry
        self._sessions: dict[str, TenantSession] = {}
        self._after_commit: list[Callable[[], Awaitable[None]]] = []

    def session(self, tenant: Tenant) -> TenantSession:
        session = self._sessions.get(tenant.slug)
        if session is None:
            session = tenant.sessions()
            self._sessions[tenant.slug] = session
        return session

    def national(self) -> TenantSession:
        return self.session(self.registry.national)

    def region(self, slug: str) -> TenantSession:
        return self.session(self.registry.region(slug))

    def regions(self, slug: str | None) -> list[Tenant]:
        """The region named by a client (every region when None); an unknown slug is a user error."""
        if slug is None:
            return self.registry.regions
        if not self.registry.has_region(slug):
            raise InvalidInputError(
                f"Région inconnue : « {slug} ».", field="region", code=CommonErrorCode.UNKNOWN_REGION
            )
        return [self.registry.region(slug)]

    def after_commit(self, callback: Callable[[], Awaitable[None]]) -> None:
        """Work that must wait until the data is stored, such as an e-mail saying it was received."""
        self._after_commit.append(callback)

    async def commit(self) -> None:
        for session in self._sessions.values():
            await session.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            await callback()

    async def rollback(self) -> None:
        self._after_commit.clear()
        for session in self._sessions.values():
            await session.rollback()

    async def close(self) -> None:
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()

    async def __aenter__(self) -> UnitOfWork:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is not None:
                await self.rollback()
        finally:
            await self.close()
