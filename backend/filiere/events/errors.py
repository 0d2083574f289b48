"""Codes of the errors a user may cause on the event day, beyond `CommonErrorCode`."""

from __future__ import annotations

from enum import StrEnum


class EventErrorCode(StrEnum):
    # A juror's scorecard (`jury_results.checked_scorecard`).
    UNKNOWN_CRITERION = "UNKNOWN_CRITERION"
    DUPLICATE_CRITERION = "DUPLICATE_CRITERION"
    TOO_PRECISE = "TOO_PRECISE"  # finer than a tenth
    PITCH_NOT_IN_EVENT = "PITCH_NOT_IN_EVENT"
    ABSTENTION_WITH_SCORES = "ABSTENTION_WITH_SCORES"
    ABSTAINED = "ABSTAINED"  # an abstention is final
    # An organiser's placement of a B2B meeting (`meeting_schedule.validate_placement`).
    NOT_A_MEETING_SLOT = "NOT_A_MEETING_SLOT"
    MEETING_ALREADY_PLACED = "MEETING_ALREADY_PLACED"
    PARTICIPANT_BUSY = "PARTICIPANT_BUSY"
    PARTICIPANT_DOUBLE_BOOKED = "PARTICIPANT_DOUBLE_BOOKED"
    TABLE_TAKEN = "TABLE_TAKEN"
