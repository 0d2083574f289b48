"""The mutation pattern: one `input`, a union of success and typed errors, one transaction.

`error_types("Project", ProjectErrorCode)` builds `ProjectInvalid`, `ProjectConflict` and
`ProjectNotAllowed`; each carries `field`, the domain's `code` enum and a French `message`, and
implements `UserError`. `run_mutation` commits when the service succeeds and rolls back on any error,
so a refused mutation writes nothing — not even its audit row.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

import strawberry

from filiere.errors import ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError
from filiere.graphql.types import Info

Result = TypeVar("Result")
Payload = TypeVar("Payload")


@strawberry.interface(description="Erreur causée par la saisie ou les droits de l'utilisateur.")
class UserError:
    field: str | None = strawberry.field(description="Champ de l'entrée concerné, s'il y en a un.")
    message: str = strawberry.field(description="Message en français, prêt à afficher.")


@dataclass(frozen=True)
class ErrorTypes:
    """A domain's error types; its code enum must have NOT_FOUND, NOT_ALLOWED and STALE_VERSION."""

    codes: type[StrEnum]
    invalid: type[Any]
    conflict: type[Any]
    not_allowed: type[Any]


def error_types(domain: str, codes: type[StrEnum]) -> ErrorTypes:
    code_type: Any = strawberry.enum(codes, name=f"{domain}ErrorCode")

    def make(kind: str, description: str) -> type[Any]:
        namespace = {"__annotations__": {"code": code_type}}
        cls = type(f"{domain}{kind}", (UserError,), namespace)
        return strawberry.type(cls, name=f"{domain}{kind}", description=description)

    return ErrorTypes(
        codes=codes,
        invalid=make("Invalid", "Saisie refusée."),
        conflict=make("Conflict", "Modifié entre-temps par quelqu'un d'autre."),
        not_allowed=make("NotAllowed", "Introuvable, ou action non autorisée."),
    )


async def run_mutation(
    info: Info,
    work: Callable[[], Awaitable[Result]],
    success: Callable[[Result], Payload],
    errors: ErrorTypes,
) -> Payload | Any:
    uow = info.context.uow
    try:
        result = await work()
    except DomainError as error:
        await uow.rollback()
        return _as_payload(error, errors)
    except BaseException:
        await uow.rollback()
        raise
    await uow.commit()
    return success(result)


def _as_payload(error: DomainError, errors: ErrorTypes) -> Any:
    codes = errors.codes
    if isinstance(error, InvalidInputError):
        return errors.invalid(field=error.field, code=codes(error.code), message=error.message)
    if isinstance(error, ConflictError):
        return errors.conflict(field=error.field, code=codes["STALE_VERSION"], message=error.message)
    if isinstance(error, ForbiddenError):
        return errors.not_allowed(field=error.field, code=codes["NOT_ALLOWED"], message=error.message)
    if isinstance(error, NotFoundError):
        return errors.not_allowed(field=error.field, code=codes["NOT_FOUND"], message=error.message)
    raise error
