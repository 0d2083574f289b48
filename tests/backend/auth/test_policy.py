"""The authorisation matrix, printed and asserted whole: a change of rule must change this test."""

from __future__ import annotations

from filiere.auth.policy import Action, Reach, is_allowed, matrix
from filiere.auth.principal import Principal, Role
from filiere.partners.models import GrantScope

# Role → action → what allows it: reaches where the role may act, and for partners the grants that do.
ALL = "own+other+national"
NATIONAL, OWN, REGIONS = ("national", ""), ("own", ""), ("own+other", "")
NOBODY = dict.fromkeys(Role, ("", ""))
EXPECTED = {
    Action.VIEW_REGION: dict.fromkeys(Role, (ALL, "")),
    Action.VIEW_PROJECT_SUMMARY: {
        Role.ADVISER: ("own+other", ""),
        Role.REGIONAL_ADMIN: ("own+other", ""),
        Role.NATIONAL: ("own+other", ""),
        Role.PARTNER: ("", "summary+financing+documents+full"),
        Role.JUROR: ("", ""),
        Role.PLATFORM_ADMIN: ("", ""),
    },
    Action.VIEW_PROJECT_CONFIDENTIAL: {
        Role.ADVISER: ("own", ""),
        Role.REGIONAL_ADMIN: ("own", ""),
        Role.NATIONAL: ("own+other", ""),
        Role.PARTNER: ("", "full"),
        Role.JUROR: ("", ""),
        Role.PLATFORM_ADMIN: ("", ""),
    },
    Action.EDIT_PROJECT: {
        Role.ADVISER: ("own", ""),
        Role.REGIONAL_ADMIN: ("own", ""),
        Role.NATIONAL: ("", ""),
        Role.PARTNER: ("", ""),
        Role.JUROR: ("", ""),
        Role.PLATFORM_ADMIN: ("", ""),
    },
    Action.VIEW_EVENT: {
        Role.ADVISER: ("own+other", ""),
        Role.REGIONAL_ADMIN: ("own+other", ""),
        Role.NATIONAL: ("own+other", ""),
        Role.PARTNER: ("own+other", ""),
        Role.JUROR: ("", ""),
        Role.PLATFORM_ADMIN: ("", ""),
    },
    Action.VIEW_ORGANISATION: {
        **dict.fromkeys(Role, ("national", "")),
        Role.JUROR: ("", ""),
    },
    Action.VIEW_USER: {
        Role.ADVISER: ("national", ""),
        Role.REGIONAL_ADMIN: ("national", ""),
        Role.NATIONAL: ("national", ""),
        Role.PARTNER: ("", ""),
        Role.JUROR: ("", ""),
        Role.PLATFORM_ADMIN: ("national", ""),
    },
    Action.VIEW_METHOD: {**NOBODY, Role.ADVISER: NATIONAL, Role.REGIONAL_ADMIN: NATIONAL, Role.NATIONAL: NATIONAL},
    Action.EDIT_METHOD: {**NOBODY, Role.NATIONAL: NATIONAL},
    Action.VIEW_EDITION: {**NOBODY, Role.ADVISER: NATIONAL, Role.REGIONAL_ADMIN: NATIONAL, Role.NATIONAL: NATIONAL},
    Action.MANAGE_EDITION: {**NOBODY, Role.NATIONAL: NATIONAL},
    Action.VIEW_COHORT: {**NOBODY, Role.ADVISER: REGIONS, Role.REGIONAL_ADMIN: REGIONS, Role.NATIONAL: REGIONS},
    Action.MANAGE_COHORT: {**NOBODY, Role.REGIONAL_ADMIN: OWN},
    Action.UPDATE_MILESTONE: {**NOBODY, Role.ADVISER: OWN, Role.REGIONAL_ADMIN: OWN},
    Action.VIEW_MILESTONE_EVIDENCE: {**NOBODY, Role.ADVISER: OWN, Role.REGIONAL_ADMIN: OWN, Role.NATIONAL: REGIONS},
    Action.MANAGE_CALENDAR_FEED: {**NOBODY, Role.ADVISER: OWN, Role.REGIONAL_ADMIN: OWN},
    Action.VIEW_AUDIT: {**NOBODY, Role.REGIONAL_ADMIN: OWN, Role.NATIONAL: (ALL, "")},
    Action.SEARCH_SUPPLIERS: {
        **NOBODY,
        Role.ADVISER: (ALL, ""),
        Role.REGIONAL_ADMIN: (ALL, ""),
        Role.NATIONAL: (ALL, ""),
    },
    Action.ENRICH_SUPPLIERS: {**NOBODY, Role.ADVISER: OWN, Role.REGIONAL_ADMIN: OWN},
    Action.VIEW_SOURCING_REQUEST: {
        **NOBODY,
        Role.ADVISER: REGIONS,
        Role.REGIONAL_ADMIN: REGIONS,
        Role.NATIONAL: REGIONS,
    },
    Action.POST_SOURCING_REQUEST: {**NOBODY, Role.ADVISER: OWN, Role.REGIONAL_ADMIN: OWN},
    Action.ANSWER_SOURCING_REQUEST: {**NOBODY, Role.ADVISER: ("other", ""), Role.REGIONAL_ADMIN: ("other", "")},
    Action.VIEW_PROJECT_DOCUMENTS: {
        **NOBODY,
        Role.ADVISER: OWN,
        Role.REGIONAL_ADMIN: OWN,
        Role.NATIONAL: REGIONS,
        Role.PARTNER: ("", "documents+full"),
    },
}
REACH_NAMES = {Reach.OWN_REGION: "own", Reach.OTHER_REGION: "other", Reach.NATIONAL: "national"}


def summarise() -> dict[Action, dict[Role, tuple[str, str]]]:
    """Collapse the full matrix: reaches allowed without any grant, grants that allow elsewhere."""
    decisions = list(matrix())
    without_grant = {(d.action, d.role, d.reach): d.allowed for d in decisions if d.grant is None}
    table: dict[Action, dict[Role, tuple[set[str], set[str]]]] = {}
    for decision in decisions:
        reaches, grants = table.setdefault(decision.action, {}).setdefault(decision.role, (set(), set()))
        if not decision.allowed:
            continue
        if decision.grant is None:
            reaches.add(REACH_NAMES[decision.reach])
        elif not without_grant[(decision.action, decision.role, decision.reach)]:
            grants.add(decision.grant.value)
    order = [*REACH_NAMES.values(), *(scope.value for scope in GrantScope)]
    return {
        action: {
            role: ("+".join(sorted(r, key=order.index)), "+".join(sorted(g, key=order.index)))
            for role, (r, g) in roles.items()
        }
        for action, roles in table.items()
    }


def test_matrix_is_exactly_the_documented_one() -> None:
    actual = summarise()
    print()
    for action, roles in actual.items():
        for role, (reaches, grants) in roles.items():
            print(f"{action.value:28} {role.value:15} reach={reaches or '-':22} grants={grants or '-'}")
    assert actual == EXPECTED


def test_anonymous_may_do_nothing() -> None:
    for action in Action:
        for region in ("normandie", None):
            assert not is_allowed(None, action, region=region)
            assert not is_allowed(None, action, region=region, grant=GrantScope.FULL)


def test_a_grant_never_opens_writes() -> None:
    partner = Principal(subject="p", role=Role.PARTNER, display_name="Partenaire", organisation="bpifrance")
    assert not is_allowed(partner, Action.EDIT_PROJECT, region="normandie", grant=GrantScope.FULL)
    assert is_allowed(partner, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", grant=GrantScope.FULL)
    assert not is_allowed(partner, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", grant=GrantScope.DOCUMENTS)
