"""`node(id:)`: each domain registers how to load its types, and the action reading one requires; the ID names
the type and the tenant."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from filiere.auth.policy import Action, may_attempt
from filiere.errors import NotAuthenticatedError, NotFoundError
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id

NodeResolver = Callable[[Info, GlobalId], Awaitable[Node]]


@dataclass(frozen=True)
class NodeLoader:
    requires: Action
    resolve: NodeResolver


NODE_LOADERS: dict[str, NodeLoader] = {}


def node_resolver(type_name: str, *, requires: Action) -> Callable[[NodeResolver], NodeResolver]:
    def register(resolver: NodeResolver) -> NodeResolver:
        NODE_LOADERS[type_name] = NodeLoader(requires=requires, resolve=resolver)
        return resolver

    return register


async def resolve_node(info: Info, raw_id: str) -> Node | None:
    """The object, or null when it does not exist or the caller may not see it (same answer)."""
    principal = info.context.principal
    if principal is None:
        raise NotAuthenticatedError()
    try:
        global_id = decode_id(raw_id)
        loader = NODE_LOADERS.get(global_id.type_name)
        if loader is None or not may_attempt(principal, loader.requires):
            return None
        return await loader.resolve(info, global_id)
    except NotFoundError:
        return None
