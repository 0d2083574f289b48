from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.methodology.service import MethodContent, method_contents
from filiere.tenancy.unit_of_work import UnitOfWork


class MethodContentByVersionLoader(DataLoader[int, MethodContent | None]):
    """A version with its phases and templates (published versions never change: safe to share)."""

    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, ids: Sequence[int]) -> list[MethodContent | None]:
        found = await method_contents(self._uow.national(), ids)
        return [found.get(key) for key in ids]
