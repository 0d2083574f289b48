"""Every root field declares the action it needs, next to its definition.

    @query(requires=Action.VIEW_COHORT, description="…")      # Query fields
    @mutation(requires=Action.MANAGE_COHORT, description="…") # Mutation fields (filiere.graphql.mutations)
    @node_resolver("Cohort", requires=Action.VIEW_COHORT)      # node(id:) types (filiere.graphql.node)

The declaration is a gate, decided by the policy (`may_attempt`): an anonymous caller is asked to sign in;
a role that can never take the action gets what the field answers when nothing is visible — an empty list
or connection, null — or, when the field's type admits neither, a NOT_ALLOWED error. What the caller may
do on one object (its region, a grant) is still decided by the service (`is_allowed`).
`tests/backend/graphql/test_permissions.py` fails for any root field without a declaration; the few
public ones are `PUBLIC` and listed, with their reason, in that test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.types.base import StrawberryList, StrawberryOptional
from strawberry.types.field import StrawberryField

from filiere.auth.policy import Action, may_attempt
from filiere.errors import ForbiddenError, NotAuthenticatedError
from filiere.graphql.relay import Connection, connection_of
from filiere.graphql.types import Info


class Public:
    """Open to anyone, signed in or not (the candidacy form, the caller's own `viewer`)."""

    def __repr__(self) -> str:
        return "PUBLIC"


PUBLIC: Final = Public()
Requirement = Action | Public


def _denied_answer(field: StrawberryField) -> Callable[[], Any]:
    """What the field answers to a role that may never see its data (as if there were none)."""
    field_type = field.type
    if isinstance(field_type, StrawberryOptional):
        return lambda: None
    if isinstance(field_type, StrawberryList):
        return list
    definition = getattr(field_type, "__strawberry_definition__", None)
    if definition is not None and Connection in getattr(definition.origin, "__mro__", ()):
        return lambda: connection_of([])

    def refuse() -> Any:
        raise ForbiddenError("Votre rôle ne donne pas accès à ces données.")

    return refuse


class RequiresAction(FieldExtension):
    """The gate of a Query field (see the module's docstring)."""

    def __init__(self, requirement: Requirement) -> None:
        self.requirement = requirement
        self._denied: Callable[[], Any] = lambda: None

    def apply(self, field: StrawberryField) -> None:
        self._denied = _denied_answer(field)

    def _admits(self, info: Info) -> bool:
        if isinstance(self.requirement, Public):
            return True
        principal = info.context.principal
        if principal is None:
            raise NotAuthenticatedError()
        return may_attempt(principal, self.requirement)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        return next_(source, info, **kwargs) if self._admits(info) else self._denied()

    async def resolve_async(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        if not self._admits(info):
            return self._denied()
        return await next_(source, info, **kwargs)


def query(*, requires: Requirement, description: str, **options: Any) -> Any:
    """`@strawberry.field` for a Query field, with the action it requires."""
    return strawberry.field(description=description, extensions=[RequiresAction(requires)], **options)
