"""Building blocks shared by every domain's schema module."""

from __future__ import annotations

from typing import TypeAlias

import strawberry

from filiere.graphql.context import Context

Info: TypeAlias = strawberry.Info[Context, None]


@strawberry.interface(description="Objet identifiable par un identifiant global opaque.")
class Node:
    id: strawberry.ID
