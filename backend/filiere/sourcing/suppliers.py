"""One establishment of whichever directory holds it (a region's, or the national one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from filiere.sourcing.models import NationalSupplier, Supplier, SupplierState
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class SupplierSnapshot:
    """What is copied of an establishment when it is named elsewhere (a candidate, a profile)."""

    name: str
    commune_name: str
    commune_code: str | None


async def supplier_snapshot(uow: UnitOfWork, siret: str) -> SupplierSnapshot | None:
    """The active establishment with this SIRET, asking every directory at once (SIRETs are unique)."""
    tenants = [uow.registry.national, *uow.registry.regions]

    async def read(tenant: Tenant) -> SupplierSnapshot | None:
        model: Any = NationalSupplier if tenant.slug == uow.registry.national.slug else Supplier
        row = await uow.session(tenant).get(model, siret)
        if row is None or row.state is not SupplierState.ACTIVE:
            return None
        names = [name for name in (row.legal_name, *row.trade_names.split(" ; ")) if name]
        return SupplierSnapshot(names[0] if names else siret, row.commune_name, row.commune_code)

    found = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return next((value for value in found.results.values() if value is not None), None)
