"""Codes of the errors a user may cause on a market study; French messages are defaults, the SPA maps codes."""

from enum import StrEnum


class StudyErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    FUTURE_DATE = "future_date"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"
