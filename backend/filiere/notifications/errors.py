"""Codes of the errors a user may cause on their inbox: only `CommonErrorCode` ones so far."""

from enum import StrEnum


class InboxErrorCode(StrEnum):
    """No code of its own yet: the GraphQL enum `InboxErrorCode` holds the common ones."""
