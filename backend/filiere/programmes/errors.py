"""Codes of the errors a user may cause on projects, beyond `CommonErrorCode` and the identifiers'
`ReferentialErrorCode`; French messages are defaults, the SPA maps codes."""

from enum import StrEnum


class ProjectErrorCode(StrEnum):
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    INVALID_CUSTOMS_CODE = "INVALID_CUSTOMS_CODE"
    ONE_COACH = "ONE_COACH"
    UNKNOWN_CRITERION = "UNKNOWN_CRITERION"
    DUPLICATE_CRITERION = "DUPLICATE_CRITERION"
    NOT_WHOLE_EUROS = "NOT_WHOLE_EUROS"
    ADVISER_NOT_IN_REGION = "ADVISER_NOT_IN_REGION"
    NOT_COMMENT_AUTHOR = "NOT_COMMENT_AUTHOR"
