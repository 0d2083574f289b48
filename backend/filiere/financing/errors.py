"""Codes of the errors a user may cause in financing, beyond `CommonErrorCode`; French messages are
defaults, the SPA maps codes."""

from enum import StrEnum


class FinancingErrorCode(StrEnum):
    # A line or a source in a year outside the programme's horizon for the project (`plans.year_range`).
    YEAR_OUT_OF_RANGE = "YEAR_OUT_OF_RANGE"
    # Negative, or above the billion euros no relocation reaches (a typing slip).
    INVALID_AMOUNT = "INVALID_AMOUNT"
    # The supplier candidate or the document named belongs to no chain or record of this project.
    NOT_IN_PROJECT = "NOT_IN_PROJECT"
    # The scheme is unknown, or private to another region's catalogue.
    UNKNOWN_SCHEME = "UNKNOWN_SCHEME"
    # Dates that contradict the status (a decision before the application, a decision on a source to apply).
    INVALID_DATES = "INVALID_DATES"
    # A plan holds this many lines or sources at most.
    TOO_MANY_ROWS = "TOO_MANY_ROWS"
    # A scheme's perimeter: neither France nor a known région or département.
    INVALID_PERIMETER = "INVALID_PERIMETER"
    # A scheme's audience names a NAF section that does not exist (A to U).
    UNKNOWN_NAF_SECTION = "UNKNOWN_NAF_SECTION"
    # A rate outside 0–100 %, or bounds the wrong way round.
    INVALID_RATE = "INVALID_RATE"
    # The financer named is no partner organisation.
    UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION"
