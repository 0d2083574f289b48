"""Errors a user may cause, each with a stable code and a French message.

Codes are enum members at the `raise`: `CommonErrorCode` for what every domain may answer, one
`<Domain>ErrorCode` per domain (`<domain>/errors.py`) for the rest. Their values are their names, which is
how GraphQL spells them both in a query error's `extensions.code` and in a mutation payload's `code`.
Queries surface them as GraphQL errors (never masked); mutations turn them into typed members of their
payload union. Anything else is a bug and is masked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class CommonErrorCode(StrEnum):
    """Codes any domain's mutation may answer: every domain's GraphQL code enum includes them."""

    NOT_FOUND = "NOT_FOUND"
    NOT_ALLOWED = "NOT_ALLOWED"
    STALE_VERSION = "STALE_VERSION"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    DUPLICATE_NAME = "DUPLICATE_NAME"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_URL = "INVALID_URL"
    UNKNOWN_REGION = "UNKNOWN_REGION"
    UNKNOWN_USER = "UNKNOWN_USER"
    RATE_LIMITED = "RATE_LIMITED"


class RequestErrorCode(StrEnum):
    """Codes of a request the API cannot read, whatever the domain (query and HTTP errors, never payloads)."""

    UNAUTHENTICATED = "UNAUTHENTICATED"
    BAD_USER_INPUT = "BAD_USER_INPUT"
    INVALID_CURSOR = "INVALID_CURSOR"
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    INVALID_DATE = "INVALID_DATE"  # a date in an export's address
    INVALID_FILTER = "INVALID_FILTER"  # a filter value in an export's address


class DomainError(Exception):
    code: StrEnum = CommonErrorCode.NOT_ALLOWED
    default_message = "La demande n'a pas pu aboutir."

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        self.message = message or self.default_message
        self.field = field
        super().__init__(self.message)

    @property
    def extensions(self) -> dict[str, Any]:
        # graphql-core copies `original_error.extensions` onto the error it reports.
        extensions: dict[str, Any] = {"code": self.code.value}
        if self.field:
            extensions["field"] = self.field
        return extensions


class NotAuthenticatedError(DomainError):
    code = RequestErrorCode.UNAUTHENTICATED
    default_message = "Connectez-vous pour accéder à ces données."


class NotFoundError(DomainError):
    """Missing *or* forbidden: the answer is the same, so identifiers reveal nothing."""

    code: StrEnum = CommonErrorCode.NOT_FOUND
    default_message = "Élément introuvable ou inaccessible."


class MalformedIdError(NotFoundError):
    """An identifier that cannot name anything (garbled, another type, a number no database holds): a client
    error, and for `node(id:)` the same null as a missing object."""

    code = RequestErrorCode.BAD_USER_INPUT
    default_message = "Cet identifiant n'est pas valide."


class InvalidInputError(DomainError):
    def __init__(self, message: str, *, code: StrEnum, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.code = code


class ConflictError(DomainError):
    code = CommonErrorCode.STALE_VERSION
    default_message = (
        "Cet élément a été modifié par quelqu'un d'autre entre-temps. Rechargez la page pour voir la dernière version."
    )


class ForbiddenError(DomainError):
    """For writes on something the caller can read: saying so is more useful than « introuvable »."""

    code: StrEnum = CommonErrorCode.NOT_ALLOWED
    default_message = "Vous n'avez pas le droit d'effectuer cette action."
