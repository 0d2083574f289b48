from __future__ import annotations

from collections.abc import Sequence

from filiere.graphql.loaders import RequestLoader
from filiere.methodology.service import MethodContent, method_contents


class MethodContentByVersionLoader(RequestLoader[int, MethodContent | None]):
    """A version with its phases and templates (published versions never change: safe to share)."""

    async def fetch(self, ids: Sequence[int]) -> list[MethodContent | None]:
        found = await method_contents(self.uow.national(), ids)
        return [found.get(key) for key in ids]
