"""One establishment of whichever directory holds it (a region's, or the national one), and what it
proposes for the record of a company the region accompanies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from filiere.auth.principal import Principal
from filiere.programmes.models import HeadcountBand
from filiere.programmes.service import get_company, may_edit_project
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


@dataclass(frozen=True, kw_only=True)
class SireneProposal:
    """What SIRENE holds of the company's establishment, as the company record spells it; None: not
    published (a partially diffusible establishment keeps its commune only) or not known. SIRENE has no
    revenue and no website."""

    siret: str
    naf_code: str | None
    street: str | None
    postal_code: str | None
    commune_code: str | None
    commune_name: str
    headcount_band: HeadcountBand | None


async def sirene_proposal(
    uow: UnitOfWork, principal: Principal | None, *, region: str, company_id: int
) -> SireneProposal | None:
    """For whoever may edit the company's record: its SIRET's establishment in the region's directory,
    still active. An establishment elsewhere is not this region's record to complete (the company would be
    handed over), so only the region's own directory is read: one statement."""
    company = await get_company(uow, principal, region, company_id)  # not readable: not found
    if not company.siret or not may_edit_project(principal, region):
        return None
    row = await uow.region(region).get(Supplier, company.siret)
    if row is None or row.state is not SupplierState.ACTIVE:
        return None
    return SireneProposal(
        siret=row.siret,
        naf_code=row.naf_code,
        street=row.street,
        postal_code=row.postal_code,
        commune_code=row.commune_code,
        commune_name=row.commune_name,
        headcount_band=HeadcountBand(row.workforce_band) if row.workforce_band else None,
    )
