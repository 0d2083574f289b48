from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.partners.service import OrganisationView, organisations_by_id, organisations_by_slug
from filiere.tenancy.unit_of_work import UnitOfWork


class OrganisationByIdLoader(DataLoader[int, OrganisationView | None]):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, ids: Sequence[int]) -> list[OrganisationView | None]:
        found = await organisations_by_id(self._uow.national(), ids)
        return [found.get(key) for key in ids]


class OrganisationBySlugLoader(DataLoader[str, OrganisationView | None]):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, slugs: Sequence[str]) -> list[OrganisationView | None]:
        found = await organisations_by_slug(self._uow.national(), slugs)
        return [found.get(key) for key in slugs]
