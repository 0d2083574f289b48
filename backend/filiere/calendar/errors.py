"""Codes of the errors a user may cause on calendar feeds; French messages are defaults, the SPA maps codes."""

from enum import StrEnum


class CalendarErrorCode(StrEnum):
    FEED_EXISTS = "feed_exists"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"  # the feed was revoked in the meantime
