"""Codes of the errors a user may cause on organisations (the rest are `CommonErrorCode`)."""

from enum import StrEnum


class OrganisationErrorCode(StrEnum):
    INVALID_SLUG = "INVALID_SLUG"
    SLUG_ALREADY_USED = "SLUG_ALREADY_USED"
