"""Searching the supplier directories, and the sourcing indicators of a region."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.pagination import PageRequest
from filiere.sourcing import chains, search
from filiere.sourcing.schema.chain_types import SupplyChainIndicatorsType
from filiere.sourcing.schema.supplier_types import CertificationType, SupplierSearchOriginType, SupplierType
from filiere.sourcing.search import SupplierFilters


@strawberry.input(description="Le lieu d'où l'on cherche : le site d'un projet, ou une commune.")
class SupplierNearInput:
    project_id: strawberry.ID | None = None
    commune_code: str | None = strawberry.field(default=None, description="Code INSEE d'une commune.")


@strawberry.input(description="Filtres de la recherche de fournisseurs ; une liste vide ne filtre pas.")
class SupplierFilter:
    naf: list[str] | None = strawberry.field(
        default=None, description="Codes NAF (« 13.10Z ») ou sections (« C », industrie manufacturière)."
    )
    workforce_bands: list[str] | None = strawberry.field(default=None, description="Tranches d'effectif INSEE.")
    departements: list[str] | None = strawberry.field(
        default=None, description="Codes des départements (« 76 », « 2A ») ; s'ajoutent à ceux des régions."
    )
    region_codes: list[str] | None = strawberry.field(
        default=None, description="Codes INSEE des régions (« 28 » Normandie, « 32 » Hauts-de-France…)."
    )
    certifications: list[CertificationType] | None = strawberry.field(
        default=None, description="Certifications notées dans les fiches de votre région (l'une d'elles)."
    )
    within_km: float | None = strawberry.field(
        default=None, description="Au plus à cette distance du site du projet (établissements localisés seulement)."
    )

    def to_filters(self) -> SupplierFilters:
        return SupplierFilters.of(
            naf=self.naf or (),
            workforce_bands=self.workforce_bands or (),
            departements=self.departements or (),
            region_codes=self.region_codes or (),
            certifications=self.certifications or (),
            within_km=self.within_km,
        )


async def _reference(info: Info, near: SupplierNearInput | None) -> search.Reference:
    uow, principal = info.context.uow, info.context.principal
    if near and near.project_id:
        target = decode_id(near.project_id, expected_type="Project")
        return await search.reference_for_project(uow, principal, target.tenant, target.int_key)
    if near and near.commune_code:
        return await search.reference_of_commune(uow, near.commune_code)
    return search.default_reference(uow, principal)


@strawberry.type
class SourcingQuery:
    @query(
        requires=Action.SEARCH_SUPPLIERS,
        description="Fournisseurs de toutes les régions et de l'annuaire national, du plus proche au plus lointain "
        "(même département, même région, régions voisines, reste de la France), puis par pertinence et distance.",
    )
    async def suppliers(
        self,
        info: Info,
        *,
        query: str | None = None,
        near: SupplierNearInput | None = None,
        filter: SupplierFilter | None = None,  # noqa: A002 - the GraphQL argument's name
        first: int = 20,
        after: str | None = None,
    ) -> Connection[SupplierType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await search.search_suppliers(
            info.context.uow,
            info.context.principal,
            query=query,
            reference=await _reference(info, near),
            filters=filter.to_filters() if filter else SupplierFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: SupplierType(view=view))

    @query(
        requires=Action.SEARCH_SUPPLIERS,
        description="Le lieu d'où `suppliers` classe les résultats pour ce même `near`.",
    )
    async def supplier_search_origin(
        self, info: Info, near: SupplierNearInput | None = None
    ) -> SupplierSearchOriginType:
        return SupplierSearchOriginType(reference=await _reference(info, near))

    # A fixed list of the method, not anybody's data.
    @query(requires=PUBLIC, description="Les étapes types d'une chaîne d'approvisionnement, de l'amont à l'aval.")
    def default_supply_chain_stages(self) -> list[str]:
        return list(chains.DEFAULT_STAGES)

    @query(
        requires=Action.VIEW_PROJECT_CONFIDENTIAL,
        description="Avancement des chaînes d'approvisionnement de tous les projets d'une région (ses conseillers "
        "et CCI France) ; null pour qui ne peut pas le voir.",
    )
    async def supply_chain_indicators(self, info: Info, region: str) -> SupplyChainIndicatorsType | None:
        try:
            value = await chains.region_indicators(info.context.uow, info.context.principal, region)
        except NotFoundError:
            return None
        return SupplyChainIndicatorsType(value=value)
