"""The mutation pattern: one `input`, a union of success and typed errors, one transaction, a declared action.

    PROJECT_ERRORS = error_types("Project", ProjectErrorCode, ReferentialErrorCode)
    UpdateProjectPayload = PROJECT_ERRORS.payload("UpdateProjectPayload", UpdateProjectSuccess)

    @mutation(requires=Action.EDIT_PROJECT, description="…")
    async def update_project(self, info: Info, input: UpdateProjectInput) -> UpdateProjectPayload:
        view = await service.update_project(…)   # raises DomainError subclasses for user mistakes
        return UpdateProjectSuccess(project=…)

`error_types` builds the domain's code enum (`CommonErrorCode` + the domain's codes + those of the
referentials it checks), the `ProjectError` interface and three types implementing it: `ProjectInvalid`,
`ProjectConflict`, `ProjectNotAllowed`. The runner (`MutationRunner`) gates the declared action, commits
when the resolver returns and rolls back on any error, so a refused mutation writes nothing — not even its
audit row; user mistakes become the payload's typed error, anything else is a bug (masked).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Union

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.types.field import StrawberryField
from strawberry.types.union import StrawberryUnion

from filiere.auth.policy import may_attempt
from filiere.errors import (
    CommonErrorCode,
    ConflictError,
    DomainError,
    ForbiddenError,
    InvalidInputError,
    NotAuthenticatedError,
    NotFoundError,
)
from filiere.graphql.permissions import Public, Requirement
from filiere.graphql.types import Info


@strawberry.interface(description="Erreur causée par la saisie ou les droits de l'utilisateur.")
class UserError:
    field: str | None = strawberry.field(description="Champ de l'entrée concerné, s'il y en a un.")
    message: str = strawberry.field(description="Message en français, prêt à afficher.")


@dataclass(frozen=True)
class ErrorTypes:
    """A domain's error types: its code enum (GraphQL), its interface and the three kinds of error."""

    codes: type[StrEnum]
    interface: type[Any]
    invalid: type[Any]
    conflict: type[Any]
    not_allowed: type[Any]

    def payload(self, name: str, success: type[Any]) -> Any:
        """The union a mutation answers: `success` or one of the domain's errors."""
        members = (success, self.invalid, self.conflict, self.not_allowed)
        return Annotated[Union[members], strawberry.union(name)]  # noqa: UP007 - a union built from a tuple

    def of(self, error: DomainError) -> Any:
        """The payload member for a user's mistake; a code the domain does not answer is a bug."""
        if isinstance(error, NotFoundError):  # a malformed identifier too: it names nothing
            return self.not_allowed(field=error.field, code=self.codes["NOT_FOUND"], message=error.message)
        try:
            code = self.codes[error.code.name]
        except KeyError:
            raise TypeError(f"{self.codes.__name__} has no code {error.code!r}") from error
        if isinstance(error, ConflictError):
            return self.conflict(field=error.field, code=code, message=error.message)
        if isinstance(error, ForbiddenError):
            return self.not_allowed(field=error.field, code=code, message=error.message)
        if isinstance(error, InvalidInputError):
            return self.invalid(field=error.field, code=code, message=error.message)
        raise error


_BY_ERROR_TYPE: dict[type[Any], ErrorTypes] = {}


def error_types(domain: str, *codes: type[StrEnum]) -> ErrorTypes:
    merged = StrEnum(  # type: ignore[misc]  # the GraphQL enum: common codes first, then the domain's
        f"{domain}ErrorCode", [(member.name, member.value) for enum in (CommonErrorCode, *codes) for member in enum]
    )
    code_type: Any = strawberry.enum(merged, name=f"{domain}ErrorCode")
    interface: Any = strawberry.interface(
        type(f"{domain}Error", (UserError,), {"__annotations__": {"code": code_type}}),
        name=f"{domain}Error",
        description="Erreur d'un utilisateur, avec son code.",
    )

    def make(kind: str, description: str) -> type[Any]:
        return strawberry.type(
            type(f"{domain}{kind}", (interface,), {}), name=f"{domain}{kind}", description=description
        )

    types = ErrorTypes(
        codes=merged,
        interface=interface,
        invalid=make("Invalid", "Saisie refusée."),
        conflict=make("Conflict", "Modifié entre-temps par quelqu'un d'autre."),
        not_allowed=make("NotAllowed", "Introuvable, ou action non autorisée."),
    )
    _BY_ERROR_TYPE[types.not_allowed] = types
    return types


class MutationRunner(FieldExtension):
    """Gate, transaction and typed errors of every mutation (see the module's docstring)."""

    def __init__(self, requirement: Requirement) -> None:
        self.requirement = requirement
        self.errors: ErrorTypes | None = None

    def apply(self, field: StrawberryField) -> None:
        union = field.type
        members: tuple[Any, ...] = tuple(union.types) if isinstance(union, StrawberryUnion) else ()
        found = [_BY_ERROR_TYPE[member] for member in members if member in _BY_ERROR_TYPE]
        if len(found) != 1:
            raise TypeError(f"mutation {field.python_name} must answer a payload made by ErrorTypes.payload()")
        self.errors = found[0]

    async def resolve_async(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        assert self.errors is not None, "applied when the schema is built"
        if not isinstance(self.requirement, Public):
            if info.context.principal is None:
                raise NotAuthenticatedError()  # a GraphQL error: the SPA signs in again
            if not may_attempt(info.context.principal, self.requirement):
                return self.errors.of(ForbiddenError())
        uow = info.context.uow
        try:
            result = await next_(source, info, **kwargs)
        except DomainError as error:
            await uow.rollback()
            if isinstance(error, NotAuthenticatedError):
                raise
            return self.errors.of(error)
        except BaseException:
            await uow.rollback()
            raise
        await uow.commit()
        return result


def mutation(*, requires: Requirement, description: str) -> Any:
    """`@strawberry.mutation` run by `MutationRunner`, with the action it requires."""
    return strawberry.mutation(description=description, extensions=[MutationRunner(requires)])
