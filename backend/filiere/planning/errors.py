"""Codes of the errors a user may cause on editions, cohorts and milestones, beyond `CommonErrorCode`."""

from enum import StrEnum


class PlanningErrorCode(StrEnum):
    INVALID_YEAR = "INVALID_YEAR"
    METHOD_NOT_PUBLISHED = "METHOD_NOT_PUBLISHED"
    REGION_NOT_IN_EDITION = "REGION_NOT_IN_EDITION"
    COHORT_EXISTS = "COHORT_EXISTS"
    NOT_A_WORKING_DAY = "NOT_A_WORKING_DAY"
    INVALID_DATES = "INVALID_DATES"
    PROJECT_IN_ANOTHER_COHORT = "PROJECT_IN_ANOTHER_COHORT"
    DONE_IN_THE_FUTURE = "DONE_IN_THE_FUTURE"
    INVALID_ASSIGNEE = "INVALID_ASSIGNEE"


class CalendarErrorCode(StrEnum):
    """Calendar feeds (a feed revoked in the meantime is a `STALE_VERSION`)."""

    FEED_EXISTS = "FEED_EXISTS"
