"""Every authorisation decision of Filière, as data.

A decision depends on the caller's role, the action, where the resource lives relative to the caller
(their own region, another region, national data) and, for partners, the grant a project gave their
organisation. `RULES` is the whole matrix: `tests/backend/auth/test_policy.py` enumerates and asserts it.
Services call `is_allowed`; nothing else decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from filiere.auth.principal import Principal, Role
from filiere.partners.models import GrantScope


class Action(StrEnum):
    VIEW_REGION = "region:view"
    VIEW_PROJECT_SUMMARY = "project:view_summary"
    VIEW_PROJECT_CONFIDENTIAL = "project:view_confidential"
    EDIT_PROJECT = "project:edit"
    VIEW_EVENT = "event:view"
    VIEW_ORGANISATION = "organisation:view"
    VIEW_USER = "user:view"
    VIEW_METHOD = "method:view"
    EDIT_METHOD = "method:edit"
    VIEW_EDITION = "edition:view"
    MANAGE_EDITION = "edition:manage"
    VIEW_COHORT = "cohort:view"
    MANAGE_COHORT = "cohort:manage"
    UPDATE_MILESTONE = "milestone:update"
    VIEW_MILESTONE_EVIDENCE = "milestone:view_evidence"
    MANAGE_CALENDAR_FEED = "calendar_feed:manage"
    VIEW_AUDIT = "audit:view"
    VIEW_PROJECT_DOCUMENTS = "project:view_documents"
    SEARCH_SUPPLIERS = "supplier:search"
    ENRICH_SUPPLIERS = "supplier:enrich"
    VIEW_SOURCING_REQUEST = "sourcing_request:view"
    POST_SOURCING_REQUEST = "sourcing_request:post"
    ANSWER_SOURCING_REQUEST = "sourcing_request:answer"


class Reach(StrEnum):
    """Where a resource lives, seen from the caller."""

    OWN_REGION = "own_region"
    OTHER_REGION = "other_region"
    NATIONAL = "national"


@dataclass(frozen=True)
class Rule:
    """Who may act: by reach (role-based), or through a grant of at least `grant` (partners)."""

    reaches: frozenset[Reach] = frozenset()
    grant: GrantScope | None = None


_REGIONAL = frozenset({Reach.OWN_REGION, Reach.OTHER_REGION})
_OWN = frozenset({Reach.OWN_REGION})
_NATIONAL = frozenset({Reach.NATIONAL})
_EVERYWHERE = frozenset(Reach)
# The programme's staff: the people who run cohorts and read each other's progress.
_STAFF = (Role.ADVISER, Role.REGIONAL_ADMIN, Role.NATIONAL)

RULES: dict[Action, dict[Role, Rule]] = {
    Action.VIEW_REGION: {role: Rule(reaches=_EVERYWHERE) for role in Role},
    # Cross-region collaboration is the point of the programme: advisers read every region's cards.
    Action.VIEW_PROJECT_SUMMARY: {
        Role.ADVISER: Rule(reaches=_REGIONAL),
        Role.REGIONAL_ADMIN: Rule(reaches=_REGIONAL),
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.SUMMARY),
    },
    Action.VIEW_PROJECT_CONFIDENTIAL: {
        Role.ADVISER: Rule(reaches=_OWN),
        Role.REGIONAL_ADMIN: Rule(reaches=_OWN),
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.FULL),
    },
    # CCI France oversees; it never writes regional project data.
    Action.EDIT_PROJECT: {
        Role.ADVISER: Rule(reaches=_OWN),
        Role.REGIONAL_ADMIN: Rule(reaches=_OWN),
    },
    Action.VIEW_EVENT: {
        Role.ADVISER: Rule(reaches=_REGIONAL),
        Role.REGIONAL_ADMIN: Rule(reaches=_REGIONAL),
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(reaches=_REGIONAL),  # events and their results are public
    },
    Action.VIEW_ORGANISATION: {
        role: Rule(reaches=frozenset({Reach.NATIONAL})) for role in Role if role is not Role.JUROR
    },
    Action.VIEW_USER: {
        Role.ADVISER: Rule(reaches=frozenset({Reach.NATIONAL})),
        Role.REGIONAL_ADMIN: Rule(reaches=frozenset({Reach.NATIONAL})),
        Role.NATIONAL: Rule(reaches=frozenset({Reach.NATIONAL})),
        Role.PLATFORM_ADMIN: Rule(reaches=frozenset({Reach.NATIONAL})),
    },
    # One national method: CCI France owns it, the regions read it.
    Action.VIEW_METHOD: {role: Rule(reaches=_NATIONAL) for role in _STAFF},
    Action.EDIT_METHOD: {Role.NATIONAL: Rule(reaches=_NATIONAL)},
    Action.VIEW_EDITION: {role: Rule(reaches=_NATIONAL) for role in _STAFF},
    Action.MANAGE_EDITION: {Role.NATIONAL: Rule(reaches=_NATIONAL)},
    # Same rhythm: every region's staff sees where the others stand.
    Action.VIEW_COHORT: {role: Rule(reaches=_REGIONAL) for role in _STAFF},
    Action.MANAGE_COHORT: {Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    Action.UPDATE_MILESTONE: {Role.ADVISER: Rule(reaches=_OWN), Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    Action.VIEW_MILESTONE_EVIDENCE: {
        Role.ADVISER: Rule(reaches=_OWN),
        Role.REGIONAL_ADMIN: Rule(reaches=_OWN),
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # A secret calendar URL opens a region's plan to whoever holds it: only the region's own staff make one.
    Action.MANAGE_CALENDAR_FEED: {Role.ADVISER: Rule(reaches=_OWN), Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    # Deliverables and studies: the project's region, CCI France, and partners the project shared them with.
    Action.VIEW_PROJECT_DOCUMENTS: {
        Role.ADVISER: Rule(reaches=_OWN),
        Role.REGIONAL_ADMIN: Rule(reaches=_OWN),
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.DOCUMENTS),
    },
    # The directories are public data (SIRENE): the programme's staff search every region's, and the
    # national one (region None). Partners and jurors are not sourcing.
    Action.SEARCH_SUPPLIERS: {role: Rule(reaches=_EVERYWHERE) for role in _STAFF},
    # What a region's advisers learnt of a supplier (contacts, capacity) stays with them: own region only.
    Action.ENRICH_SUPPLIERS: {Role.ADVISER: Rule(reaches=_OWN), Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    # A region asks the others for suppliers: its advisers post for their projects, the targeted regions'
    # advisers answer from their own directory (which regions are targeted is the request's own rule).
    Action.VIEW_SOURCING_REQUEST: {role: Rule(reaches=_REGIONAL) for role in _STAFF},
    Action.POST_SOURCING_REQUEST: {Role.ADVISER: Rule(reaches=_OWN), Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    Action.ANSWER_SOURCING_REQUEST: {
        Role.ADVISER: Rule(reaches=frozenset({Reach.OTHER_REGION})),
        Role.REGIONAL_ADMIN: Rule(reaches=frozenset({Reach.OTHER_REGION})),
    },
    # The trail holds before/after values of confidential fields: the region's head and CCI France only.
    Action.VIEW_AUDIT: {Role.REGIONAL_ADMIN: Rule(reaches=_OWN), Role.NATIONAL: Rule(reaches=_EVERYWHERE)},
}


def reach_of(principal: Principal, region: str | None) -> Reach:
    if region is None:
        return Reach.NATIONAL
    return Reach.OWN_REGION if principal.region == region else Reach.OTHER_REGION


def grant_covers(granted: GrantScope, required: GrantScope) -> bool:
    """`full` covers everything; any grant covers the summary; otherwise scopes must match."""
    return granted in (required, GrantScope.FULL) or required is GrantScope.SUMMARY


def is_allowed(
    principal: Principal | None,
    action: Action,
    *,
    region: str | None,
    grant: GrantScope | None = None,
) -> bool:
    """May `principal` perform `action` on a resource of `region` (None: national data)?

    `grant` is the scope of the caller organisation's active grant on the resource, if any.
    Anonymous callers (None) may do nothing.
    """
    if principal is None:
        return False
    rule = RULES[action].get(principal.role)
    if rule is None:
        return False
    if reach_of(principal, region) in rule.reaches:
        return True
    return rule.grant is not None and grant is not None and grant_covers(grant, rule.grant)


def may_need_grant(principal: Principal | None, action: Action) -> bool:
    """True when the caller's only way to `action` is a grant (lists then start from grants)."""
    if principal is None:
        return False
    rule = RULES[action].get(principal.role)
    return rule is not None and rule.grant is not None and not rule.reaches


def reads_are_audited(principal: Principal | None) -> bool:
    """Partners read through grants, from outside the CCI network: their reads of confidential data are
    audited, not only their (absent) writes."""
    return principal is not None and principal.role is Role.PARTNER


@dataclass(frozen=True)
class Decision:
    role: Role
    action: Action
    reach: Reach
    grant: GrantScope | None
    allowed: bool


def matrix() -> Iterator[Decision]:
    """Every combination of role, action, reach and grant, with its decision."""
    for action in Action:
        for role in Role:
            principal = Principal(subject="matrix", role=role, display_name="", region="here")
            for reach in Reach:
                region = {Reach.OWN_REGION: "here", Reach.OTHER_REGION: "there", Reach.NATIONAL: None}[reach]
                for grant in (None, *GrantScope):
                    allowed = is_allowed(principal, action, region=region, grant=grant)
                    yield Decision(role, action, reach, grant, allowed)
