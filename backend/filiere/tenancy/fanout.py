"""Query several tenants concurrently; one tenant's outage never blanks the others."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import structlog
from sqlalchemy.exc import SQLAlchemyError

from filiere.metrics import TENANT_DB_ERRORS
from filiere.tenancy.registry import Tenant

T = TypeVar("T")
log = structlog.get_logger(__name__)

# Failures of the database or the network, not bugs: those still propagate.
TENANT_OUTAGES = (SQLAlchemyError, OSError, TimeoutError)


@dataclass(frozen=True)
class TenantFailure:
    slug: str
    label: str


@dataclass
class FanOutResult(Generic[T]):
    results: dict[str, T] = field(default_factory=dict)
    failures: list[TenantFailure] = field(default_factory=list)


async def fan_out(
    tenants: Sequence[Tenant],
    work: Callable[[Tenant], Awaitable[T]],
    *,
    timeout_per_tenant: float,
) -> FanOutResult[T]:
    async def guarded(tenant: Tenant) -> T:
        return await asyncio.wait_for(work(tenant), timeout_per_tenant)

    outcomes = await asyncio.gather(*(guarded(t) for t in tenants), return_exceptions=True)
    merged: FanOutResult[T] = FanOutResult()
    for tenant, outcome in zip(tenants, outcomes, strict=True):
        if isinstance(outcome, TENANT_OUTAGES):
            TENANT_DB_ERRORS.labels(tenant=tenant.slug).inc()
            log.warning("tenant_unavailable", tenant=tenant.slug, error=type(outcome).__name__)
            merged.failures.append(TenantFailure(slug=tenant.slug, label=tenant.label))
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            merged.results[tenant.slug] = outcome
    return merged
