"""Codes of the errors an operator may cause on API clients (the rest are `CommonErrorCode`)."""

from enum import StrEnum


class ApiClientErrorCode(StrEnum):
    UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION"
    UNKNOWN_CLIENT = "UNKNOWN_CLIENT"
    CLIENT_REVOKED = "CLIENT_REVOKED"
