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


class PlanningErrorCode(StrEnum):
    """Editions, cohorts, milestones and calendar feeds."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_YEAR = "invalid_year"
    DUPLICATE_NAME = "duplicate_name"
    UNKNOWN_REGION = "unknown_region"
    METHOD_NOT_PUBLISHED = "method_not_published"
    REGION_NOT_IN_EDITION = "region_not_in_edition"
    COHORT_EXISTS = "cohort_exists"
    NOT_A_WORKING_DAY = "not_a_working_day"
    INVALID_DATES = "invalid_dates"
    NO_EVENT_DATE = "no_event_date"
    PROJECT_IN_ANOTHER_COHORT = "project_in_another_cohort"
    DONE_IN_THE_FUTURE = "done_in_the_future"
    INVALID_URL = "invalid_url"
    INVALID_ASSIGNEE = "invalid_assignee"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"
