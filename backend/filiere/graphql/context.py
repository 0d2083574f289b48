"""Per-request context: who calls, the request's unit of work, and its DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from filiere import clock
from filiere.audit.reads import ConfidentialReads
from filiere.auth.principal import Principal
from filiere.graphql.loaders import Loaders
from filiere.settings import Settings
from filiere.tenancy.fanout import TenantFailure
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass
class Context:
    settings: Settings
    registry: TenantRegistry
    uow: UnitOfWork
    principal: Principal | None
    request_id: str
    loaders: Loaders
    # What a partner was shown of confidential project data: audited at the end of the operation.
    confidential_reads: ConfidentialReads
    # Regions a fan-out could not reach; reported as GraphQL errors beside the partial data.
    unavailable: list[TenantFailure] = field(default_factory=list)
    # The caller's network address (behind a proxy, as the server was told to trust it): rate limits.
    client_address: str = ""

    @property
    def today(self) -> date:
        return clock.today(self.settings)

    @classmethod
    def build(
        cls,
        settings: Settings,
        registry: TenantRegistry,
        principal: Principal | None,
        request_id: str,
        client_address: str = "",
    ) -> Context:
        uow = UnitOfWork(registry)
        return cls(
            settings=settings,
            registry=registry,
            uow=uow,
            principal=principal,
            request_id=request_id,
            loaders=Loaders(uow, principal),
            confidential_reads=ConfidentialReads(principal, request_id),
            client_address=client_address,
        )
