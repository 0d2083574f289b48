"""Errors a user may cause, each with a stable code and a French message.

Queries surface them as GraphQL errors (message and `extensions.code`, never masked); mutations turn
them into typed members of their payload union. Anything else is a bug and is masked.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code = "ERROR"
    default_message = "La demande n'a pas pu aboutir."

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        self.message = message or self.default_message
        self.field = field
        super().__init__(self.message)

    @property
    def extensions(self) -> dict[str, Any]:
        # graphql-core copies `original_error.extensions` onto the error it reports.
        extensions: dict[str, Any] = {"code": self.code}
        if self.field:
            extensions["field"] = self.field
        return extensions


class NotAuthenticatedError(DomainError):
    code = "UNAUTHENTICATED"
    default_message = "Connectez-vous pour accéder à ces données."


class NotFoundError(DomainError):
    """Missing *or* forbidden: the answer is the same, so identifiers reveal nothing."""

    code = "NOT_FOUND"
    default_message = "Élément introuvable ou inaccessible."


class InvalidInputError(DomainError):
    code = "INVALID"
    default_message = "Valeur invalide."

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message, field=field)
        if code:
            self.code = code


class ConflictError(DomainError):
    code = "CONFLICT"
    default_message = (
        "Cet élément a été modifié par quelqu'un d'autre entre-temps. Rechargez la page pour voir la dernière version."
    )


class ForbiddenError(DomainError):
    """For writes on something the caller can read: saying so is more useful than « introuvable »."""

    code = "FORBIDDEN"
    default_message = "Vous n'avez pas le droit d'effectuer cette action."
