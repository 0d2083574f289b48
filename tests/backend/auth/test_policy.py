"""The authorisation matrix, printed and asserted whole: a change of rule must change this test."""

from __future__ import annotations

from filiere.auth.grants import GrantScope
from filiere.auth.policy import (
    Action,
    Reach,
    is_allowed,
    managed_roles,
    matrix,
    may_attach_member,
    may_attempt,
    may_manage_account,
    roles_allowed,
)
from filiere.auth.principal import Principal, Role

# Role → action → what allows it: reaches where the role may act, and for partners the grants that do.
# « addressed » is another region's resource sent to the caller's region (a sourcing request): a rule that
# allows other regions allows it too; so is « mentioned », another region's project whose thread names the caller,
# and « attached », a project the caller is a member of (the matrix puts it in another region).
# « invited » is an event whose jury the caller sits on (in another region too).
ALL = "own+other+addressed+mentioned+attached+invited+national"
REGIONS = ("own+other+addressed+mentioned+attached+invited", "")
NATIONAL, OWN = ("national", ""), ("own", "")
ATTACHED = ("attached", "")
NOBODY = dict.fromkeys(Role, ("", ""))
STAFF = (Role.ADVISER, Role.REGIONAL_ADMIN, Role.NATIONAL)
TEAM = (Role.ADVISER, Role.REGIONAL_ADMIN)
MEMBERS = (Role.COACH, Role.EXPERT, Role.STUDENT)
ANY_GRANT = ("", "summary+financing+documents+full")
EXPECTED = {
    Action.VIEW_REGION: dict.fromkeys(Role, (ALL, "")),
    Action.VIEW_PROJECT_SUMMARY: {
        **NOBODY,
        **dict.fromkeys(STAFF, REGIONS),
        Role.PARTNER: ANY_GRANT,
        **dict.fromkeys(MEMBERS, ATTACHED),
    },
    Action.VIEW_PROJECT_CONFIDENTIAL: {
        **NOBODY,
        **dict.fromkeys(TEAM, OWN),
        Role.NATIONAL: REGIONS,
        Role.PARTNER: ("", "full"),
        Role.COACH: ATTACHED,
    },
    # Never a partner, even with a full grant: the CCI's opinion is not the company's to share.
    Action.VIEW_PROJECT_NOTES: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.VIEW_PROJECT_ADVISER: {
        **NOBODY,
        **dict.fromkeys(STAFF, REGIONS),
        Role.PARTNER: ANY_GRANT,
        **dict.fromkeys(MEMBERS, ATTACHED),
    },
    Action.EDIT_PROJECT: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.ASSIGN_ADVISER: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.FOLLOW_PROJECT: {**NOBODY, Role.ADVISER: OWN},
    Action.REVIEW_CANDIDACY: {**NOBODY, Role.REGIONAL_ADMIN: OWN},
    Action.VIEW_PROJECT_THREAD: {
        **NOBODY,
        **dict.fromkeys(TEAM, ("own+mentioned", "")),
        Role.NATIONAL: REGIONS,
        # The CCI's internal exchanges: never a partner, even with a full grant (it has its question thread).
        Role.COACH: ATTACHED,
        Role.EXPERT: ATTACHED,
    },
    Action.COMMENT_PROJECT: {
        **NOBODY,
        **dict.fromkeys(TEAM, ("own+mentioned", "")),
        Role.COACH: ATTACHED,
        Role.EXPERT: ATTACHED,
    },
    Action.ASK_PROJECT_QUESTION: {**NOBODY, Role.PARTNER: ANY_GRANT},
    Action.VIEW_PARTNER_QUESTIONS: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.ANSWER_PROJECT_QUESTION: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.RECEIVE_MENTION: {**NOBODY, **dict.fromkeys(STAFF, (ALL, ""))},
    Action.VIEW_MARKET_STUDY: {
        **NOBODY,
        **dict.fromkeys(TEAM, OWN),
        Role.NATIONAL: REGIONS,
        Role.PARTNER: ("", "full"),
        Role.COACH: ATTACHED,
        Role.STUDENT: ATTACHED,
    },
    Action.EDIT_MARKET_STUDY: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.STUDENT: ATTACHED},
    Action.UPLOAD_PROJECT_DOCUMENT: {
        **NOBODY,
        **dict.fromkeys(TEAM, OWN),
        Role.COACH: ATTACHED,
        Role.STUDENT: ATTACHED,
    },
    Action.VIEW_PROJECT_MEMBERS: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.ATTACH_PROJECT_MEMBER: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.VIEW_PROJECT_FINANCING: {
        **NOBODY,
        **dict.fromkeys(TEAM, OWN),
        Role.NATIONAL: REGIONS,
        Role.PARTNER: ("", "financing+full"),
        Role.COACH: ATTACHED,
    },
    Action.EDIT_FINANCING: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.COACH: ATTACHED},
    Action.VIEW_FINANCING_INDICATORS: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.VIEW_PROJECT_GRANTS: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.SHARE_PROJECT: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.VIEW_EVENT: {**NOBODY, **dict.fromkeys((*STAFF, Role.PARTNER), REGIONS)},
    Action.MANAGE_EVENT: {**NOBODY, **dict.fromkeys(TEAM, ("own+addressed", ""))},
    Action.SCORE_PITCH: {**NOBODY, Role.JUROR: ("invited", "")},
    Action.REQUEST_MEETING: {**NOBODY, **dict.fromkeys(TEAM, ("own+addressed", "")), Role.PARTNER: REGIONS},
    Action.VIEW_ORGANISATION: {
        **dict.fromkeys(Role, NATIONAL),
        Role.JUROR: ("", ""),
        **dict.fromkeys(MEMBERS, ("", "")),
    },
    Action.MANAGE_ORGANISATION: {**NOBODY, Role.PLATFORM_ADMIN: NATIONAL},
    Action.MANAGE_API_CLIENT: {**NOBODY, Role.PLATFORM_ADMIN: NATIONAL},
    Action.VIEW_USER: {**NOBODY, **dict.fromkeys((*STAFF, Role.PLATFORM_ADMIN), NATIONAL)},
    Action.MANAGE_USER: {**NOBODY, Role.PLATFORM_ADMIN: (ALL, ""), Role.REGIONAL_ADMIN: OWN},
    Action.READ_INBOX: dict.fromkeys(Role, NATIONAL),
    Action.VIEW_METHOD: {**NOBODY, **dict.fromkeys(STAFF, NATIONAL)},
    Action.EDIT_METHOD: {**NOBODY, Role.NATIONAL: NATIONAL},
    Action.VIEW_EDITION: {**NOBODY, **dict.fromkeys(STAFF, NATIONAL)},
    Action.MANAGE_EDITION: {**NOBODY, Role.NATIONAL: NATIONAL},
    Action.VIEW_COHORT: {**NOBODY, **dict.fromkeys(STAFF, REGIONS)},
    Action.MANAGE_COHORT: {**NOBODY, Role.REGIONAL_ADMIN: OWN},
    Action.UPDATE_MILESTONE: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.VIEW_MILESTONE_EVIDENCE: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.MANAGE_CALENDAR_FEED: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.VIEW_AUDIT: {**NOBODY, Role.REGIONAL_ADMIN: OWN, Role.NATIONAL: (ALL, "")},
    Action.VIEW_ACCESS_LOG: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.VIEW_PROJECT_DOCUMENTS: {
        **NOBODY,
        **dict.fromkeys(TEAM, OWN),
        Role.NATIONAL: REGIONS,
        Role.PARTNER: ("", "documents+full"),
        Role.COACH: ATTACHED,
    },
    Action.SEARCH_SUPPLIERS: {**NOBODY, **dict.fromkeys(STAFF, (ALL, ""))},
    Action.ENRICH_SUPPLIERS: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.VIEW_SOURCING_REQUEST: {**NOBODY, **dict.fromkeys(TEAM, ("own+addressed", "")), Role.NATIONAL: REGIONS},
    Action.VIEW_SOURCING_ANSWERS: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: REGIONS},
    Action.POST_SOURCING_REQUEST: {**NOBODY, **dict.fromkeys(TEAM, OWN)},
    Action.ANSWER_SOURCING_REQUEST: {**NOBODY, **dict.fromkeys(TEAM, ("addressed", ""))},
    Action.MANAGE_OWN_SESSIONS: dict.fromkeys(Role, NATIONAL),
    # The national catalogue is everyone's who works on projects; a region's own schemes its team's and CCI France's.
    Action.VIEW_FINANCING_SCHEMES: {
        **NOBODY,
        **dict.fromkeys(TEAM, ("own+national", "")),
        Role.NATIONAL: (ALL, ""),
        Role.PARTNER: NATIONAL,
        Role.COACH: NATIONAL,
    },
    Action.MANAGE_FINANCING_SCHEMES: {**NOBODY, **dict.fromkeys(TEAM, OWN), Role.NATIONAL: NATIONAL},
}
REACH_NAMES = {
    Reach.OWN_REGION: "own",
    Reach.OTHER_REGION: "other",
    Reach.ADDRESSED: "addressed",
    Reach.MENTIONED: "mentioned",
    Reach.ATTACHED: "attached",
    Reach.INVITED: "invited",
    Reach.NATIONAL: "national",
}


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


def test_a_request_sent_to_a_region_is_answered_by_it_only() -> None:
    adviser = Principal(subject="a", role=Role.ADVISER, display_name="Conseiller", region="normandie")
    other = "hauts-de-france"
    assert is_allowed(adviser, Action.ANSWER_SOURCING_REQUEST, region=other, addressed=True)
    assert not is_allowed(adviser, Action.ANSWER_SOURCING_REQUEST, region=other)
    assert not is_allowed(adviser, Action.ANSWER_SOURCING_REQUEST, region="normandie", addressed=True)
    national = Principal(subject="n", role=Role.NATIONAL, display_name="CCI France")
    assert is_allowed(national, Action.VIEW_SOURCING_REQUEST, region=other)
    assert not is_allowed(national, Action.ANSWER_SOURCING_REQUEST, region=other, addressed=True)


def test_a_mention_opens_the_thread_to_the_person_named_only() -> None:
    adviser = Principal(subject="a", role=Role.ADVISER, display_name="Conseiller", region="hauts-de-france")
    assert is_allowed(adviser, Action.VIEW_PROJECT_THREAD, region="normandie", mentioned=True)
    assert is_allowed(adviser, Action.COMMENT_PROJECT, region="normandie", mentioned=True)
    assert not is_allowed(adviser, Action.VIEW_PROJECT_THREAD, region="normandie")
    assert not is_allowed(adviser, Action.COMMENT_PROJECT, region="normandie")
    # The rest of the record stays closed: a mention is not a reach of the confidential fields.
    assert not is_allowed(adviser, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", mentioned=True)
    partner = Principal(subject="p", role=Role.PARTNER, display_name="Partenaire", organisation="bpifrance")
    assert not is_allowed(partner, Action.VIEW_PROJECT_THREAD, region="normandie", mentioned=True)


def test_lists_of_people_come_from_the_rules() -> None:
    assert roles_allowed(Action.UPDATE_MILESTONE, Reach.OWN_REGION) == {Role.ADVISER, Role.REGIONAL_ADMIN}
    assert roles_allowed(Action.RECEIVE_MENTION, Reach.OTHER_REGION) == {
        Role.ADVISER,
        Role.REGIONAL_ADMIN,
        Role.NATIONAL,
    }
    assert roles_allowed(Action.ANSWER_SOURCING_REQUEST, Reach.ADDRESSED) == {Role.ADVISER, Role.REGIONAL_ADMIN}
    assert roles_allowed(Action.FOLLOW_PROJECT, Reach.OWN_REGION) == {Role.ADVISER}


def test_the_gate_lets_through_whoever_may_act_somewhere() -> None:
    for action in Action:
        for role in Role:
            principal = Principal(subject="x", role=role, display_name="", region="here")
            anywhere = any(
                is_allowed(
                    principal,
                    action,
                    region=region,
                    grant=grant,
                    addressed=addressed,
                    attached=attached,
                    invited=invited,
                )
                for region in ("here", "there", None)
                for grant in (None, *GrantScope)
                for addressed in (False, True)
                for attached in (False, True)
                for invited in (False, True)
            )
            assert may_attempt(principal, action) == anywhere, (action, role)
    assert not any(may_attempt(None, action) for action in Action)


def test_who_manages_whom() -> None:
    operator = Principal(subject="o", role=Role.PLATFORM_ADMIN, display_name="Exploitant")
    head = Principal(subject="h", role=Role.REGIONAL_ADMIN, display_name="Responsable", region="normandie")
    for role in Role:
        for region in ("normandie", "bretagne", None):
            assert may_manage_account(operator, role=role, region=region)
    assert may_manage_account(head, role=Role.ADVISER, region="normandie")
    assert not may_manage_account(head, role=Role.ADVISER, region="bretagne")
    for role in set(Role) - {Role.ADVISER}:  # never a role above their own, nor their own
        assert not may_manage_account(head, role=role, region="normandie")
        assert not may_manage_account(head, role=role, region=None)
    assert managed_roles(head) == {Role.ADVISER}
    for role in set(Role) - {Role.PLATFORM_ADMIN, Role.REGIONAL_ADMIN}:
        someone = Principal(subject="s", role=role, display_name="Quelqu'un", region="normandie")
        assert managed_roles(someone) == set()
        assert not may_manage_account(someone, role=Role.ADVISER, region="normandie")
    assert not may_manage_account(None, role=Role.ADVISER, region="normandie")


def test_a_membership_opens_its_project_and_nothing_else() -> None:
    coach = Principal(subject="c", role=Role.COACH, display_name="Coach")
    student = Principal(subject="s", role=Role.STUDENT, display_name="Étudiant")
    expert = Principal(subject="e", role=Role.EXPERT, display_name="Expert")
    for member in (coach, student, expert):
        assert is_allowed(member, Action.VIEW_PROJECT_SUMMARY, region="normandie", attached=True)
        assert not is_allowed(member, Action.VIEW_PROJECT_SUMMARY, region="normandie")
        assert not is_allowed(member, Action.VIEW_PROJECT_NOTES, region="normandie", attached=True)
        for closed in (Action.VIEW_ORGANISATION, Action.SEARCH_SUPPLIERS, Action.VIEW_COHORT, Action.VIEW_USER):
            assert not may_attempt(member, closed), (member.role, closed)
        assert not may_attach_member(member, role=Role.COACH, region="normandie")
    assert is_allowed(coach, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", attached=True)
    assert not is_allowed(expert, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", attached=True)
    assert not is_allowed(student, Action.VIEW_PROJECT_CONFIDENTIAL, region="normandie", attached=True)
    assert is_allowed(student, Action.EDIT_MARKET_STUDY, region="normandie", attached=True)
    assert not is_allowed(student, Action.COMMENT_PROJECT, region="normandie", attached=True)
    assert is_allowed(expert, Action.COMMENT_PROJECT, region="normandie", attached=True)
    # The CCI's own readers are unchanged: an adviser of the region reads the notes, and attaches people.
    adviser = Principal(subject="a", role=Role.ADVISER, display_name="Conseiller", region="normandie")
    assert is_allowed(adviser, Action.VIEW_PROJECT_NOTES, region="normandie")
    assert may_attach_member(adviser, role=Role.STUDENT, region="normandie")
    assert not may_attach_member(adviser, role=Role.ADVISER, region="normandie")
    assert not may_attach_member(adviser, role=Role.COACH, region="bretagne")
