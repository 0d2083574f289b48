"""Codes of the errors a user may cause on projects; French messages are defaults, the SPA maps codes."""

from enum import StrEnum


class ProjectErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"
    INVALID_SIREN = "invalid_siren"
    INVALID_NAF_CODE = "invalid_naf_code"
    INVALID_COMMUNE_CODE = "invalid_commune_code"
