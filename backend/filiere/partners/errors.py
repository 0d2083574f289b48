"""Codes of the errors a user may cause on organisations and grants (the rest are `CommonErrorCode`)."""

from enum import StrEnum


class OrganisationErrorCode(StrEnum):
    INVALID_SLUG = "INVALID_SLUG"
    SLUG_ALREADY_USED = "SLUG_ALREADY_USED"


class GrantErrorCode(StrEnum):
    UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    ALREADY_SHARED = "ALREADY_SHARED"  # an active grant exists: updateGrant changes it
    GRANT_ENDED = "GRANT_ENDED"  # revoked or expired: share the project again
    PROJECT_CLOSED = "PROJECT_CLOSED"
    NOT_A_CONSENT = "NOT_A_CONSENT"  # a document of the project not deposited as the company's consent
