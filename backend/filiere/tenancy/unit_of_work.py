"""Request-scoped sessions: at most one per tenant touched, all closed together.

There is no distributed transaction: a mutation writes to one tenant (plus, at most, national rows that
are safe to keep if the regional commit fails). The boundary — request or CLI command — commits.
"""

from __future__ import annotations

from types import TracebackType

from filiere.errors import InvalidInputError
from filiere.tenancy.registry import Tenant, TenantRegistry
from filiere.tenancy.session import TenantSession


class UnitOfWork:
    def __init__(self, registry: TenantRegistry) -> None:
        self.registry = registry
        self._sessions: dict[str, TenantSession] = {}

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
            raise InvalidInputError(f"Région inconnue : « {slug} ».", field="region", code="UNKNOWN_REGION")
        return [self.registry.region(slug)]

    async def commit(self) -> None:
        for session in self._sessions.values():
            await session.commit()

    async def rollback(self) -> None:
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
