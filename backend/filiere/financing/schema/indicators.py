"""`financingIndicators`: what the accelerated projects invest and obtain, summed by région, edition,
financer and kind of source (CCI France's figures; a region's team reads its own)."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.financing import indicators
from filiere.financing.indicators import Figures
from filiere.financing.schema.plan_types import FinancingSourceKindType
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.permissions import query
from filiere.graphql.relay import UnavailableRegion, unavailable_region
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.planning.schema.types import EditionType


@strawberry.type(name="FinancingFigures", description="Montants en euros entiers.")
class FiguresType:
    value: strawberry.Private[Figures]

    @strawberry.field(description="Investissement prévu : toutes les dépenses des plans.")
    def investment_planned(self) -> float:
        return float(self.value.investment_planned)

    @strawberry.field(description="Investissement engagé ou dépensé.")
    def investment_committed(self) -> float:
        return float(self.value.investment_committed)

    @strawberry.field(description="Aide publique demandée : sources déposées, obtenues ou refusées.")
    def aid_requested(self) -> float:
        return float(self.value.aid_requested)

    @strawberry.field(description="Aide publique obtenue.")
    def aid_obtained(self) -> float:
        return float(self.value.aid_obtained)


@strawberry.type(name="FinancingRegionFigures")
class RegionFiguresType:
    region: RegionRef
    figures: FiguresType


@strawberry.type(name="FinancingEditionFigures")
class EditionFiguresType:
    edition: EditionType | None = strawberry.field(description="Null : projets hors cohorte.")
    figures: FiguresType


@strawberry.type(name="FinancingFinancerFigures", description="Aide seulement (l'investissement n'a pas de financeur).")
class FinancerFiguresType:
    financer: str = strawberry.field(
        description=f"Financeur du dispositif ; « {indicators.NO_SCHEME} » sans dispositif."
    )
    figures: FiguresType


@strawberry.type(name="FinancingKindFigures", description="Aide seulement, par nature de source.")
class KindFiguresType:
    kind: FinancingSourceKindType
    figures: FiguresType


@strawberry.type(name="FinancingIndicators", description="Chiffres du financement des projets accélérés.")
class FinancingIndicatorsType:
    total: FiguresType
    by_region: list[RegionFiguresType]
    by_edition: list[EditionFiguresType]
    by_financer: list[FinancerFiguresType]
    by_kind: list[KindFiguresType]
    unavailable_regions: list[UnavailableRegion] = strawberry.field(
        description="Régions momentanément injoignables : leurs chiffres manquent aux totaux."
    )


@strawberry.type
class FinancingIndicatorsQuery:
    @query(
        requires=Action.VIEW_FINANCING_INDICATORS,
        description="Investissement prévu et engagé, aide demandée et obtenue, par région, édition, financeur et "
        "nature ; pour une édition et une région (slug) ou toutes. Une région injoignable est nommée dans "
        "unavailableRegions (et une erreur REGION_UNAVAILABLE).",
    )
    async def financing_indicators(
        self, info: Info, edition_id: strawberry.ID | None = None, region: str | None = None
    ) -> FinancingIndicatorsType | None:
        found = await indicators.financing_indicators(
            info.context.uow,
            info.context.principal,
            edition_id=decode_id(edition_id, expected_type="Edition").int_key if edition_id else None,
            region=region,
        )
        info.context.unavailable.extend(found.failures)
        editions = sorted(
            found.by_edition.items(), key=lambda item: (item[0] is None, -(item[0].year if item[0] else 0))
        )
        return FinancingIndicatorsType(
            total=FiguresType(value=found.total),
            by_region=[
                RegionFiguresType(region=region_node(info, slug), figures=FiguresType(value=figures))
                for slug, figures in sorted(found.by_region.items())
            ],
            by_edition=[
                EditionFiguresType(edition=EditionType(view=view) if view else None, figures=FiguresType(value=figures))
                for view, figures in editions
            ],
            by_financer=[
                FinancerFiguresType(financer=name, figures=FiguresType(value=figures))
                for name, figures in sorted(found.by_financer.items(), key=lambda item: -item[1].aid_requested)
            ],
            by_kind=[
                KindFiguresType(kind=kind, figures=FiguresType(value=figures))
                for kind, figures in found.by_kind.items()
            ],
            unavailable_regions=[unavailable_region(failure) for failure in found.failures],
        )
