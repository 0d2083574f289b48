from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from filiere.accounts.service import UserView, users_by_id, users_by_subject
from filiere.tenancy.unit_of_work import UnitOfWork


class UserByIdLoader(DataLoader[int, UserView | None]):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, ids: Sequence[int]) -> list[UserView | None]:
        found = await users_by_id(self._uow.national(), ids)
        return [found.get(user_id) for user_id in ids]


class UserBySubjectLoader(DataLoader[str, UserView | None]):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, subjects: Sequence[str]) -> list[UserView | None]:
        found = await users_by_subject(self._uow.national(), subjects)
        return [found.get(subject) for subject in subjects]
