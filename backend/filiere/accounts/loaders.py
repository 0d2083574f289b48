from __future__ import annotations

from collections.abc import Sequence

from filiere.accounts.service import UserView, invitations_pending, users_by_id, users_by_subject
from filiere.graphql.loaders import RequestLoader
from filiere.partners.service import OrganisationView, organisations_by_id


class UserByIdLoader(RequestLoader[int, UserView | None]):
    async def fetch(self, ids: Sequence[int]) -> list[UserView | None]:
        found = await users_by_id(self.uow.national(), ids)
        return [found.get(user_id) for user_id in ids]


class UserBySubjectLoader(RequestLoader[str, UserView | None]):
    async def fetch(self, subjects: Sequence[str]) -> list[UserView | None]:
        found = await users_by_subject(self.uow.national(), subjects)
        return [found.get(subject) for subject in subjects]


class InvitationPendingLoader(RequestLoader[int, bool]):
    async def fetch(self, user_ids: Sequence[int]) -> list[bool]:
        pending = await invitations_pending(self.uow.national(), user_ids)
        return [user_id in pending for user_id in user_ids]


class OrganisationByIdLoader(RequestLoader[int, OrganisationView | None]):
    """The organisation of each account a list shows: one statement for the page."""

    async def fetch(self, ids: Sequence[int]) -> list[OrganisationView | None]:
        found = await organisations_by_id(self.uow.national(), ids)
        return [found.get(key) for key in ids]
