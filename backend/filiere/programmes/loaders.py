from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.programmes.service import companies_by_id
from filiere.programmes.views import CompanyCard
from filiere.tenancy.unit_of_work import UnitOfWork


class CompanyByIdLoader(DataLoader[int, CompanyCard | None]):
    """Companies of one region (one loader per region touched by the request)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow
        self._region = region

    async def _load(self, ids: Sequence[int]) -> list[CompanyCard | None]:
        found = await companies_by_id(self._uow.region(self._region), ids)
        return [found.get(key) for key in ids]
