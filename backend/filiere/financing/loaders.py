from __future__ import annotations

from collections.abc import Sequence

from filiere.financing.plans import (
    EarlierAidView,
    LineView,
    SourceView,
    earlier_aid_by_company,
    lines_by_project,
    sources_by_project,
)
from filiere.financing.schemes import SchemeView, schemes_by_id
from filiere.graphql.loaders import RequestLoader


class InvestmentLinesByProjectLoader(RequestLoader[int, list[LineView]]):
    """Investment plans of a region's projects (callers have checked the reader may see them)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[LineView]]:
        found = await lines_by_project(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]


class FinancingSourcesByProjectLoader(RequestLoader[int, list[SourceView]]):
    """Financing plans of a region's projects (callers have checked the reader may see them)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[SourceView]]:
        found = await sources_by_project(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]


class EarlierAidByCompanyLoader(RequestLoader[int, list[EarlierAidView]]):
    """Earlier de minimis aid of a region's companies (callers have checked the reader may see a plan)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[EarlierAidView]]:
        found = await earlier_aid_by_company(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]


class SchemeByIdLoader(RequestLoader[int, SchemeView | None]):
    """Schemes of the national catalogue (callers decide who sees what)."""

    async def fetch(self, ids: Sequence[int]) -> list[SchemeView | None]:
        found = await schemes_by_id(self.uow, ids)
        return [found.get(key) for key in ids]
