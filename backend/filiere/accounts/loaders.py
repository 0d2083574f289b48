from __future__ import annotations

from collections.abc import Sequence

from filiere.accounts.service import UserView, users_by_id, users_by_subject
from filiere.graphql.loaders import RequestLoader


class UserByIdLoader(RequestLoader[int, UserView | None]):
    async def fetch(self, ids: Sequence[int]) -> list[UserView | None]:
        found = await users_by_id(self.uow.national(), ids)
        return [found.get(user_id) for user_id in ids]


class UserBySubjectLoader(RequestLoader[str, UserView | None]):
    async def fetch(self, subjects: Sequence[str]) -> list[UserView | None]:
        found = await users_by_subject(self.uow.national(), subjects)
        return [found.get(subject) for subject in subjects]
