from __future__ import annotations

from collections.abc import Sequence

from filiere.documents.service import DocumentView, documents_of
from filiere.graphql.loaders import RequestLoader


class DocumentsByProjectLoader(RequestLoader[int, list[DocumentView]]):
    """Documents of a region's projects (callers have checked the reader may see them)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[DocumentView]]:
        found = await documents_of(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]
