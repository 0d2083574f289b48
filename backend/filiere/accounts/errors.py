"""Codes of the errors a user may cause on accounts (the rest are `CommonErrorCode`)."""

from enum import StrEnum

from filiere.errors import ForbiddenError


class AccountErrorCode(StrEnum):
    EMAIL_ALREADY_USED = "EMAIL_ALREADY_USED"
    ROLE_NEEDS_REGION = "ROLE_NEEDS_REGION"
    ROLE_NEEDS_ORGANISATION = "ROLE_NEEDS_ORGANISATION"
    UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION"
    ROLE_NOT_MANAGEABLE = "ROLE_NOT_MANAGEABLE"
    ALREADY_ACTIVE = "ALREADY_ACTIVE"


class NotManageableError(ForbiddenError):
    """An account, or a role, the caller may not administer (they may still see it)."""

    code = AccountErrorCode.ROLE_NOT_MANAGEABLE
    default_message = "Vous ne gérez pas ce compte."
