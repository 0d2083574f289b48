"""Codes of the errors a user may cause on the method, its editions and cohorts."""

from enum import StrEnum


class MethodErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_DURATION = "invalid_duration"
    OFFSET_OUT_OF_RANGE = "offset_out_of_range"
    UNKNOWN_PHASE = "unknown_phase"
    UNKNOWN_DEPENDENCY = "unknown_dependency"
    DEPENDENCY_SCOPE = "dependency_scope"
    DEPENDENCY_AFTER_DEPENDENT = "dependency_after_dependent"
    DEPENDENCY_CYCLE = "dependency_cycle"
    PHASE_NOT_EMPTY = "phase_not_empty"
    NOT_A_DRAFT = "not_a_draft"
    NOT_PUBLISHED = "not_published"
    DRAFT_EXISTS = "draft_exists"
    NOTHING_TO_PUBLISH = "nothing_to_publish"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"
