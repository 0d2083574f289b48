"""Codes of the errors a user may cause on a market study, beyond `CommonErrorCode`."""

from enum import StrEnum


class StudyErrorCode(StrEnum):
    FUTURE_DATE = "FUTURE_DATE"
