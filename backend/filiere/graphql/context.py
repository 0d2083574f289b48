"""Per-request context: who calls, the request's unit of work, and its DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field

from filiere.accounts.loaders import UserByIdLoader, UserBySubjectLoader
from filiere.auth.principal import Principal
from filiere.partners.loaders import OrganisationByIdLoader, OrganisationBySlugLoader
from filiere.programmes.loaders import CompanyByIdLoader
from filiere.settings import Settings
from filiere.tenancy.fanout import TenantFailure
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork


class Loaders:
    """Built per request, so a batch never mixes two callers' data."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self.user_by_id = UserByIdLoader(uow)
        self.user_by_subject = UserBySubjectLoader(uow)
        self.organisation_by_id = OrganisationByIdLoader(uow)
        self.organisation_by_slug = OrganisationBySlugLoader(uow)
        self._company_by_id: dict[str, CompanyByIdLoader] = {}

    def company_by_id(self, region: str) -> CompanyByIdLoader:
        loader = self._company_by_id.get(region)
        if loader is None:
            loader = self._company_by_id[region] = CompanyByIdLoader(self._uow, region)
        return loader


@dataclass
class Context:
    settings: Settings
    registry: TenantRegistry
    uow: UnitOfWork
    principal: Principal | None
    request_id: str
    loaders: Loaders
    # Regions a fan-out could not reach; reported as GraphQL errors beside the partial data.
    unavailable: list[TenantFailure] = field(default_factory=list)

    @classmethod
    def build(
        cls, settings: Settings, registry: TenantRegistry, principal: Principal | None, request_id: str
    ) -> Context:
        uow = UnitOfWork(registry)
        return cls(
            settings=settings,
            registry=registry,
            uow=uow,
            principal=principal,
            request_id=request_id,
            loaders=Loaders(uow),
        )
