from __future__ import annotations

from collections.abc import Sequence

from filiere.audit.labels import entity_labels
from filiere.auth.principal import require_principal
from filiere.graphql.loaders import RequestLoader


class EntityLabelByKeyLoader(RequestLoader[tuple[str, int], str | None]):
    """The names of the entities a page of the trail records, keyed (type, id), per database (a region's
    slug or the national one): one read per entity type."""

    async def fetch(self, keys: Sequence[tuple[str, int]]) -> list[str | None]:
        found = await entity_labels(self.uow, require_principal(self.principal), self.regional_slug, keys)
        return [found.get(key) for key in keys]
