"""`node(id:)`: each domain registers how to load its types; the ID names the type and the tenant."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from filiere.errors import NotFoundError
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id

NodeResolver = Callable[[Info, GlobalId], Awaitable[Node]]
_RESOLVERS: dict[str, NodeResolver] = {}


def node_resolver(type_name: str) -> Callable[[NodeResolver], NodeResolver]:
    def register(resolver: NodeResolver) -> NodeResolver:
        _RESOLVERS[type_name] = resolver
        return resolver

    return register


async def resolve_node(info: Info, raw_id: str) -> Node | None:
    """The object, or null when it does not exist or the caller may not see it (same answer)."""
    try:
        global_id = decode_id(raw_id)
        resolver = _RESOLVERS.get(global_id.type_name)
        if resolver is None:
            return None
        return await resolver(info, global_id)
    except NotFoundError:
        return None
