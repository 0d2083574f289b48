"""Who is calling: built from a verified access token, whatever issuer signed it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from filiere.errors import NotAuthenticatedError


class Role(StrEnum):
    ADVISER = "adviser"
    REGIONAL_ADMIN = "regional_admin"
    NATIONAL = "national"
    PARTNER = "partner"
    JUROR = "juror"
    PLATFORM_ADMIN = "platform_admin"
    # Narrow roles: no region, no organisation; they reach only the projects they are attached to.
    COACH = "coach"
    EXPERT = "expert"
    STUDENT = "student"


# Roles whose holder belongs to one region; the token must name it.
REGIONAL_ROLES = frozenset({Role.ADVISER, Role.REGIONAL_ADMIN})
# Roles whose holder speaks for an organisation (a partner reads what its organisation was granted).
ORGANISATION_ROLES = frozenset({Role.PARTNER})
# Roles that may belong to an organisation without needing one (a juror from a partner, or on their own).
MAY_HAVE_ORGANISATION = frozenset({Role.PARTNER, Role.JUROR})


def is_regional(role: Role) -> bool:
    return role in REGIONAL_ROLES


def needs_organisation(role: Role) -> bool:
    return role in ORGANISATION_ROLES


def may_have_organisation(role: Role) -> bool:
    return role in MAY_HAVE_ORGANISATION


@dataclass(frozen=True, kw_only=True)
class Principal:
    subject: str
    role: Role
    display_name: str
    email: str | None = None
    region: str | None = None
    organisation: str | None = None  # organisation slug, for partners and jurors
    # The embedded issuer's sign-in session the token was issued in (its `sid`): « Mes sessions » marks it.
    sign_in_session: int | None = None


def require_principal(principal: Principal | None) -> Principal:
    """The caller, or « connectez-vous » for anonymous requests."""
    if principal is None:
        raise NotAuthenticatedError()
    return principal
