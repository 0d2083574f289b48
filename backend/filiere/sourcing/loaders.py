from __future__ import annotations

from collections.abc import Sequence

from filiere.graphql.loaders import RequestLoader
from filiere.sourcing.chains import StageView, stages_by_project
from filiere.sourcing.profiles import ProfileView, profiles_by_siret


class StagesByProjectLoader(RequestLoader[int, list[StageView]]):
    """Supply-chain stages of a region's projects, with their candidates (readers of the full record)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[StageView]]:
        found = await stages_by_project(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]


class ProfileBySiretLoader(RequestLoader[str, ProfileView | None]):
    """The region's profiles of a page of suppliers, in one statement."""

    async def fetch(self, sirets: Sequence[str]) -> list[ProfileView | None]:
        found = await profiles_by_siret(self.regional_session, self.regional_slug, sirets)
        return [found.get(siret) for siret in sirets]
