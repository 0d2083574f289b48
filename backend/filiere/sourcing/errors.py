"""Codes of the errors a user may cause in sourcing, beyond `CommonErrorCode` and the identifiers'
`ReferentialErrorCode`; French messages are defaults, the SPA maps codes."""

from enum import StrEnum


class SourcingErrorCode(StrEnum):
    STAGE_NOT_EMPTY = "STAGE_NOT_EMPTY"
    UNKNOWN_SUPPLIER = "UNKNOWN_SUPPLIER"
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    REQUEST_EXPIRED = "REQUEST_EXPIRED"
    ALREADY_IN_CHAIN = "ALREADY_IN_CHAIN"
    ALREADY_CANDIDATE = "ALREADY_CANDIDATE"
