"""Per-request context: who calls, the request's unit of work, and its DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from filiere import clock
from filiere.accounts.loaders import UserByIdLoader, UserBySubjectLoader
from filiere.audit.reads import ConfidentialReads
from filiere.auth.principal import Principal
from filiere.documents.loaders import DocumentsByProjectLoader
from filiere.methodology.loaders import MethodContentByVersionLoader
from filiere.partners.loaders import OrganisationByIdLoader, OrganisationBySlugLoader
from filiere.programmes.loaders import (
    AdherenceByCohortLoader,
    CohortByIdLoader,
    CompanyByIdLoader,
    EditionByIdLoader,
    ProductsByProjectLoader,
    ProjectByIdLoader,
    ScoreByProjectLoader,
    StatusChangesByProjectLoader,
    TeamByProjectLoader,
)
from filiere.settings import Settings
from filiere.sourcing.loaders import ProfileBySiretLoader, StagesByProjectLoader
from filiere.tenancy.fanout import TenantFailure
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

RegionalLoader = TypeVar(
    "RegionalLoader",
    CompanyByIdLoader,
    CohortByIdLoader,
    AdherenceByCohortLoader,
    StatusChangesByProjectLoader,
    DocumentsByProjectLoader,
    ScoreByProjectLoader,
    ProductsByProjectLoader,
    TeamByProjectLoader,
    StagesByProjectLoader,
    ProfileBySiretLoader,
)


class Loaders:
    """Built per request, so a batch never mixes two callers' data."""

    def __init__(self, uow: UnitOfWork, principal: Principal | None) -> None:
        self._uow = uow
        self._principal = principal
        self.user_by_id = UserByIdLoader(uow)
        self.user_by_subject = UserBySubjectLoader(uow)
        self.organisation_by_id = OrganisationByIdLoader(uow)
        self.organisation_by_slug = OrganisationBySlugLoader(uow)
        self.method_content_by_version = MethodContentByVersionLoader(uow)
        self.edition_by_id = EditionByIdLoader(uow)
        self._regional: dict[tuple[type, str], object] = {}

    def _per_region(self, loader_type: type[RegionalLoader], region: str) -> RegionalLoader:
        key = (loader_type, region)
        if key not in self._regional:
            self._regional[key] = loader_type(self._uow, region)
        return self._regional[key]  # type: ignore[return-value]

    def company_by_id(self, region: str) -> CompanyByIdLoader:
        return self._per_region(CompanyByIdLoader, region)

    def cohort_by_id(self, region: str) -> CohortByIdLoader:
        return self._per_region(CohortByIdLoader, region)

    def adherence_by_cohort(self, region: str) -> AdherenceByCohortLoader:
        return self._per_region(AdherenceByCohortLoader, region)

    def status_changes_by_project(self, region: str) -> StatusChangesByProjectLoader:
        return self._per_region(StatusChangesByProjectLoader, region)

    def documents_by_project(self, region: str) -> DocumentsByProjectLoader:
        return self._per_region(DocumentsByProjectLoader, region)

    def stages_by_project(self, region: str) -> StagesByProjectLoader:
        return self._per_region(StagesByProjectLoader, region)

    def profile_by_siret(self, region: str) -> ProfileBySiretLoader:
        return self._per_region(ProfileBySiretLoader, region)

    def products_by_project(self, region: str) -> ProductsByProjectLoader:
        return self._per_region(ProductsByProjectLoader, region)

    def team_by_project(self, region: str) -> TeamByProjectLoader:
        return self._per_region(TeamByProjectLoader, region)

    def score_by_project(self, region: str) -> ScoreByProjectLoader:
        return self._per_region(ScoreByProjectLoader, region)

    def project_by_id(self, region: str) -> ProjectByIdLoader:
        key = (ProjectByIdLoader, region)
        if key not in self._regional:
            self._regional[key] = ProjectByIdLoader(self._uow, self._principal, region)
        return self._regional[key]  # type: ignore[return-value]


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
