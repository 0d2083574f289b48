from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.sourcing.chains import StageView, stages_by_project
from filiere.sourcing.profiles import ProfileView, profiles_by_siret
from filiere.tenancy.unit_of_work import UnitOfWork


class StagesByProjectLoader(DataLoader[int, list[StageView]]):
    """Supply-chain stages of a region's projects, with their candidates (readers of the full record)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[list[StageView]]:
        found = await stages_by_project(self._uow.region(self._region), self._region, ids)
        return [found[key] for key in ids]


class ProfileBySiretLoader(DataLoader[str, ProfileView | None]):
    """The region's profiles of a page of suppliers, in one statement."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, sirets: Sequence[str]) -> list[ProfileView | None]:
        found = await profiles_by_siret(self._uow.region(self._region), self._region, sirets)
        return [found.get(siret) for siret in sirets]
