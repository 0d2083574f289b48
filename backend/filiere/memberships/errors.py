"""Codes of the errors a user may cause when attaching people to a project, beyond `CommonErrorCode`."""

from enum import StrEnum


class MembershipErrorCode(StrEnum):
    NOT_ATTACHABLE_ROLE = "NOT_ATTACHABLE_ROLE"  # the role asked is not coach, expert or student
    ROLE_MISMATCH = "ROLE_MISMATCH"  # the account of that e-mail has another role
    ALREADY_ATTACHED = "ALREADY_ATTACHED"
    NOT_ATTACHED = "NOT_ATTACHED"
    PROJECT_CLOSED = "PROJECT_CLOSED"
