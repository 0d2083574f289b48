from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.documents.service import DocumentView, documents_of
from filiere.tenancy.unit_of_work import UnitOfWork


class DocumentsByProjectLoader(DataLoader[int, list[DocumentView]]):
    """Documents of a region's projects (callers have checked the reader may see them)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[list[DocumentView]]:
        found = await documents_of(self._uow.region(self._region), self._region, ids)
        return [found[key] for key in ids]
