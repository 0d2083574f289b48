from __future__ import annotations

from collections.abc import Sequence

from filiere.apiclients.service import ApiClientView, api_clients_by_organisation
from filiere.graphql.loaders import RequestLoader


class ApiClientsByOrganisationLoader(RequestLoader[int, list[ApiClientView]]):
    async def fetch(self, organisation_ids: Sequence[int]) -> list[list[ApiClientView]]:
        found = await api_clients_by_organisation(self.uow, self.principal, organisation_ids)
        return [found.get(key, []) for key in organisation_ids]
