from __future__ import annotations

from collections.abc import Sequence

from filiere.graphql.loaders import RequestLoader
from filiere.partners.service import OrganisationView, member_counts, organisations_by_id, organisations_by_slug


class OrganisationBySlugLoader(RequestLoader[str, OrganisationView | None]):
    async def fetch(self, slugs: Sequence[str]) -> list[OrganisationView | None]:
        found = await organisations_by_slug(self.uow.national(), slugs)
        return [found.get(key) for key in slugs]


class OrganisationByIdLoader(RequestLoader[int, OrganisationView | None]):
    async def fetch(self, ids: Sequence[int]) -> list[OrganisationView | None]:
        found = await organisations_by_id(self.uow.national(), ids)
        return [found.get(key) for key in ids]


class UserCountByOrganisationLoader(RequestLoader[int, int]):
    async def fetch(self, organisation_ids: Sequence[int]) -> list[int]:
        found = await member_counts(self.uow.national(), organisation_ids)
        return [found[key] for key in organisation_ids]
