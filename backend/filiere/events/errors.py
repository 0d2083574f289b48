"""Codes of the errors a user may cause on the event day, beyond `CommonErrorCode`."""

from __future__ import annotations

from enum import StrEnum


class EventErrorCode(StrEnum):
    # The event and its programme (`programme.py`, `event_edit.py`).
    ROOM_TAKEN = "ROOM_TAKEN"  # another session of the event is in that room at that time
    ENDS_BEFORE_START = "ENDS_BEFORE_START"
    OUTSIDE_EVENT_DAYS = "OUTSIDE_EVENT_DAYS"
    UNKNOWN_THEME = "UNKNOWN_THEME"  # not a meet-up theme of the event's method version
    CLOSED_TO_PUBLIC = "CLOSED_TO_PUBLIC"  # the hackathon and the pitch preparation are kept for accelerated companies
    SLUG_TAKEN = "SLUG_TAKEN"
    # The public's registration (`registrations`) and the organisers' desk (`registration_desk`).
    REGISTRATION_CLOSED = "REGISTRATION_CLOSED"
    ALREADY_REGISTERED = "ALREADY_REGISTERED"  # the personal link is sent again
    SESSION_NOT_IN_EVENT = "SESSION_NOT_IN_EVENT"
    SESSION_NOT_PUBLIC = "SESSION_NOT_PUBLIC"  # the hackathon, the pitch preparation
    SESSIONS_OVERLAP = "SESSIONS_OVERLAP"
    REGISTRATION_CANCELLED = "REGISTRATION_CANCELLED"
    # A juror's scorecard (`jury_results.checked_scorecard`).
    UNKNOWN_CRITERION = "UNKNOWN_CRITERION"
    DUPLICATE_CRITERION = "DUPLICATE_CRITERION"
    TOO_PRECISE = "TOO_PRECISE"  # finer than a tenth
    PITCH_NOT_IN_EVENT = "PITCH_NOT_IN_EVENT"
    ABSTENTION_WITH_SCORES = "ABSTENTION_WITH_SCORES"
    ABSTAINED = "ABSTAINED"  # an abstention is final
    # Pitches, jury and prizes (part C: `jury.py`, `prizes.py`).
    PROJECT_NOT_PITCHING = "PROJECT_NOT_PITCHING"  # not of a region running the event, or not accelerated
    ALREADY_PITCHING = "ALREADY_PITCHING"
    RUNNING_ORDER_MISMATCH = "RUNNING_ORDER_MISMATCH"
    NOT_A_JUROR = "NOT_A_JUROR"  # the account invited is not an open juror account
    ALREADY_JUROR = "ALREADY_JUROR"
    RESULTS_LOCKED = "RESULTS_LOCKED"
    RESULTS_NOT_LOCKED = "RESULTS_NOT_LOCKED"
    RESULTS_PUBLISHED = "RESULTS_PUBLISHED"
    NO_SCORING_GRID = "NO_SCORING_GRID"
    # An organiser's placement of a B2B meeting (`meeting_schedule.validate_placement`).
    NOT_A_MEETING_SLOT = "NOT_A_MEETING_SLOT"
    MEETING_ALREADY_PLACED = "MEETING_ALREADY_PLACED"
    PARTICIPANT_BUSY = "PARTICIPANT_BUSY"
    PARTICIPANT_DOUBLE_BOOKED = "PARTICIPANT_DOUBLE_BOOKED"
    TABLE_TAKEN = "TABLE_TAKEN"
    # A hackathon team (`hackathon.save_hackathon_team`).
    NOT_A_PROJECT_MEMBER = "NOT_A_PROJECT_MEMBER"  # an account not attached to the project
    # B2B meeting requests (`meetings`).
    NOT_A_PARTNER = "NOT_A_PARTNER"  # the person asked for cannot take part in meetings
    DUPLICATE_MEETING_REQUEST = "DUPLICATE_MEETING_REQUEST"
    MEETING_REQUEST_CLOSED = "MEETING_REQUEST_CLOSED"  # already answered, declined or withdrawn
    MEETING_NOT_ACCEPTED = "MEETING_NOT_ACCEPTED"  # only accepted requests are placed
    MEETING_TABLES_IN_USE = "MEETING_TABLES_IN_USE"
