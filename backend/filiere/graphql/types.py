"""Building blocks shared by every domain's schema module."""

from __future__ import annotations

from typing import TypeAlias

import strawberry

from filiere.graphql.context import Context

Info: TypeAlias = strawberry.Info[Context, None]


@strawberry.interface(description="Objet identifiable par un identifiant global opaque.")
class Node:
    @strawberry.field
    def id(self) -> strawberry.ID:
        """Each type computes its ID from its tenant and key (see graphql/ids.py)."""
        raise NotImplementedError
