"""Every authorisation decision of Filière, as data.

A decision depends on the caller's role, the action, how the resource relates to the caller (their own
region, another region — possibly addressed to them —, national data) and, for partners, the grant a
project gave their organisation. `RULES` is the whole matrix: `tests/backend/auth/test_policy.py`
enumerates and asserts it. Services call `is_allowed` (object-level rules); GraphQL operations declare
their action (`filiere/graphql/permissions.py`) and are gated by `may_attempt`; lists filter with
`roles_allowed`. Nothing else compares roles (`tests/architecture/test_policy_boundary.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from filiere.auth.grants import GrantScope
from filiere.auth.principal import Principal, Role


class Action(StrEnum):
    VIEW_REGION = "region:view"
    VIEW_PROJECT_SUMMARY = "project:view_summary"
    VIEW_PROJECT_CONFIDENTIAL = "project:view_confidential"
    VIEW_PROJECT_NOTES = "project:view_notes"
    VIEW_PROJECT_ADVISER = "project:view_adviser"
    EDIT_PROJECT = "project:edit"
    ASSIGN_ADVISER = "project:assign_adviser"
    FOLLOW_PROJECT = "project:follow"
    REVIEW_CANDIDACY = "project:review_candidacy"
    VIEW_PROJECT_THREAD = "project:view_thread"
    COMMENT_PROJECT = "project:comment"
    ASK_PROJECT_QUESTION = "project:ask_question"
    VIEW_PARTNER_QUESTIONS = "project:view_partner_questions"
    ANSWER_PROJECT_QUESTION = "project:answer_question"
    RECEIVE_MENTION = "project:receive_mention"
    VIEW_MARKET_STUDY = "project:view_market_study"
    EDIT_MARKET_STUDY = "project:edit_market_study"
    UPLOAD_PROJECT_DOCUMENT = "project:upload_document"
    VIEW_PROJECT_MEMBERS = "project:view_members"
    ATTACH_PROJECT_MEMBER = "project:attach_member"
    VIEW_PROJECT_FINANCING = "project:view_financing"
    EDIT_FINANCING = "project:edit_financing"
    VIEW_FINANCING_INDICATORS = "financing:view_indicators"
    VIEW_PROJECT_GRANTS = "project:view_grants"
    SHARE_PROJECT = "project:share"
    VIEW_EVENT = "event:view"
    MANAGE_EVENT = "event:manage"
    SCORE_PITCH = "event:score_pitch"
    REQUEST_MEETING = "event:request_meeting"
    VIEW_ORGANISATION = "organisation:view"
    MANAGE_ORGANISATION = "organisation:manage"
    MANAGE_API_CLIENT = "api_client:manage"
    VIEW_USER = "user:view"
    MANAGE_USER = "user:manage"
    READ_INBOX = "inbox:read"
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
    VIEW_ACCESS_LOG = "project:view_access_log"
    VIEW_PROJECT_DOCUMENTS = "project:view_documents"
    SEARCH_SUPPLIERS = "supplier:search"
    ENRICH_SUPPLIERS = "supplier:enrich"
    VIEW_SOURCING_REQUEST = "sourcing_request:view"
    VIEW_SOURCING_ANSWERS = "sourcing_request:view_answers"
    POST_SOURCING_REQUEST = "sourcing_request:post"
    ANSWER_SOURCING_REQUEST = "sourcing_request:answer"
    MANAGE_OWN_SESSIONS = "session:manage_own"
    VIEW_FINANCING_SCHEMES = "financing_scheme:view"
    MANAGE_FINANCING_SCHEMES = "financing_scheme:manage"


class Reach(StrEnum):
    """How a resource relates to the caller."""

    OWN_REGION = "own_region"
    OTHER_REGION = "other_region"
    # Another region's resource that names the caller's region (a sourcing request sent to it): a
    # refinement of OTHER_REGION, so a rule allowing OTHER_REGION allows it too.
    ADDRESSED = "addressed"
    # Another region's project whose thread names the caller (@): a refinement of OTHER_REGION too.
    MENTIONED = "mentioned"
    # A project the caller is an active member of (coach, expert, student): whatever its region.
    ATTACHED = "attached"
    # An event whose jury the caller sits on: whatever its region.
    INVITED = "invited"
    NATIONAL = "national"


@dataclass(frozen=True)
class Rule:
    """Who may act: by reach (role-based), or through a grant of at least `grant` (partners)."""

    reaches: frozenset[Reach] = frozenset()
    grant: GrantScope | None = None


_REGIONAL = frozenset({Reach.OWN_REGION, Reach.OTHER_REGION})
_OWN = frozenset({Reach.OWN_REGION})
_NATIONAL = frozenset({Reach.NATIONAL})
_EVERYWHERE = frozenset({Reach.OWN_REGION, Reach.OTHER_REGION, Reach.NATIONAL})
# The programme's staff: the people who run cohorts and read each other's progress.
_STAFF = (Role.ADVISER, Role.REGIONAL_ADMIN, Role.NATIONAL)
# A region's own team: they write its projects, cohorts and supplier notes.
_REGION_TEAM = (Role.ADVISER, Role.REGIONAL_ADMIN)
_ATTACHED = frozenset({Reach.ATTACHED})
# The accounts an adviser attaches to a project: they reach nothing else.
ATTACHABLE_ROLES = frozenset({Role.COACH, Role.EXPERT, Role.STUDENT})

RULES: dict[Action, dict[Role, Rule]] = {
    Action.VIEW_REGION: {role: Rule(reaches=_EVERYWHERE) for role in Role},
    # Cross-region collaboration is the point of the programme: advisers read every region's cards.
    Action.VIEW_PROJECT_SUMMARY: {
        **{role: Rule(reaches=_REGIONAL) for role in _STAFF},
        Role.PARTNER: Rule(grant=GrantScope.SUMMARY),
        **{role: Rule(reaches=_ATTACHED) for role in ATTACHABLE_ROLES},
    },
    # The coach works on the whole record (company contact included), the CCI's judgement aside.
    Action.VIEW_PROJECT_CONFIDENTIAL: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.FULL),
        Role.COACH: Rule(reaches=_ATTACHED),
    },
    # The CCI's internal judgement (notes, status reasons, selection scores): never the people it coaches,
    # nor a partner, whatever its grant: a « full » share is everything the company agreed to show, and the
    # CCI's opinion of the company is not the company's to share.
    Action.VIEW_PROJECT_NOTES: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # What a financer studies (the products concerned, the investment and financing plans, the company's
    # earlier de minimis aid): the readers of the confidential record, and partners the project shared its
    # financing with (a full grant covers it).
    Action.VIEW_PROJECT_FINANCING: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.FINANCING),
        Role.COACH: Rule(reaches=_ATTACHED),
    },
    # The plans are built with the company: by its region's team and by its coach, who « evaluates the
    # investments and identifies the financing schemes » (the method); CCI France reads, never writes.
    Action.EDIT_FINANCING: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.COACH: Rule(reaches=_ATTACHED),
    },
    # What the accelerated projects invest and obtain, summed: CCI France for every region, a region's team
    # for its own (figures, never a project's plan).
    Action.VIEW_FINANCING_INDICATORS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # The CCI adviser who follows a project is its contact for whoever reads its card, partners included;
    # the directory of users itself stays closed to them (VIEW_USER).
    Action.VIEW_PROJECT_ADVISER: {
        **{role: Rule(reaches=_REGIONAL) for role in _STAFF},
        Role.PARTNER: Rule(grant=GrantScope.SUMMARY),
        **{role: Rule(reaches=_ATTACHED) for role in ATTACHABLE_ROLES},
    },
    # CCI France oversees; it never writes regional project data.
    Action.EDIT_PROJECT: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # The region's team picks who follows a project; CCI France oversees, as for any project write.
    Action.ASSIGN_ADVISER: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # Who may be named a project's adviser: an adviser of the project's region (its head runs the programme).
    Action.FOLLOW_PROJECT: {Role.ADVISER: Rule(reaches=_OWN)},
    # Who answers the region's candidacies: its head, whose home page lists those still waiting (the team
    # may score and decide too, EDIT_PROJECT; this says whose desk they land on).
    Action.REVIEW_CANDIDACY: {Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    # A thread is confidential like the notes, but a person of another region named in it reads it and
    # answers there: help across regions without opening the rest of the record. It holds the CCI's
    # internal exchanges, like the notes: no partner reads it, whatever its grant (a partner has its own
    # question thread, ASK_PROJECT_QUESTION).
    Action.VIEW_PROJECT_THREAD: {
        **{role: Rule(reaches=_OWN | {Reach.MENTIONED}) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        **{role: Rule(reaches=_ATTACHED) for role in (Role.COACH, Role.EXPERT)},
    },
    Action.COMMENT_PROJECT: {
        **{role: Rule(reaches=_OWN | {Reach.MENTIONED}) for role in _REGION_TEAM},
        **{role: Rule(reaches=_ATTACHED) for role in (Role.COACH, Role.EXPERT)},
    },
    # A partner organisation asks the project's adviser a question, on any project shared with it: it reads
    # and writes its own organisation's question thread only, never another organisation's.
    Action.ASK_PROJECT_QUESTION: {Role.PARTNER: Rule(grant=GrantScope.SUMMARY)},
    # Every organisation's questions: the project's region team answers them, CCI France reads them.
    Action.VIEW_PARTNER_QUESTIONS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    Action.ANSWER_PROJECT_QUESTION: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # Who can be named (@) in a project's thread: the people who run the programme, in any region.
    Action.RECEIVE_MENTION: {role: Rule(reaches=_EVERYWHERE) for role in _STAFF},
    # The market study (interviews, synthesis, its deliverables): the students' own work, which the
    # coach follows; the CCI's readers as for the rest of the record.
    Action.VIEW_MARKET_STUDY: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.FULL),
        **{role: Rule(reaches=_ATTACHED) for role in (Role.COACH, Role.STUDENT)},
    },
    Action.EDIT_MARKET_STUDY: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.STUDENT: Rule(reaches=_ATTACHED),
    },
    # Adding a document to a project: of a kind the uploader reads (a student: the study's deliverables).
    Action.UPLOAD_PROJECT_DOCUMENT: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        **{role: Rule(reaches=_ATTACHED) for role in (Role.COACH, Role.STUDENT)},
    },
    # Who works on a project (its « Équipe » tab): the region's team attaches them, CCI France reads it.
    Action.VIEW_PROJECT_MEMBERS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    Action.ATTACH_PROJECT_MEMBER: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # With whom a project is shared (« Partagé avec »): the region's team, and CCI France, which oversees
    # every grant but gives none; a partner reads its own organisation's grant only (`viewerGrant`).
    Action.VIEW_PROJECT_GRANTS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # Sharing a project with a partner (and extending, narrowing, revoking it): the region's team, which
    # records the company's consent.
    Action.SHARE_PROJECT: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    Action.VIEW_EVENT: {
        **{role: Rule(reaches=_REGIONAL) for role in _STAFF},
        Role.PARTNER: Rule(reaches=_REGIONAL),  # events and their results are public
    },
    # An event is run by its host region's team and by the teams of the regions co-organising it (the event
    # names them: ADDRESSED); CCI France reads every one (VIEW_EVENT) and runs none.
    Action.MANAGE_EVENT: {role: Rule(reaches=frozenset({Reach.OWN_REGION, Reach.ADDRESSED})) for role in _REGION_TEAM},
    # A juror scores the pitches of the events they are invited to, and sees nothing else of Filière.
    Action.SCORE_PITCH: {Role.JUROR: Rule(reaches=frozenset({Reach.INVITED}))},
    # B2B meetings at an event: a partner's person asks the projects of any event for a meeting and answers
    # those asked of them; the organisers (as for MANAGE_EVENT) act for the projects, which have no account.
    Action.REQUEST_MEETING: {
        **{role: Rule(reaches=frozenset({Reach.OWN_REGION, Reach.ADDRESSED})) for role in _REGION_TEAM},
        Role.PARTNER: Rule(reaches=_REGIONAL),
    },
    Action.VIEW_ORGANISATION: {
        role: Rule(reaches=_NATIONAL) for role in Role if role is not Role.JUROR and role not in ATTACHABLE_ROLES
    },
    # The partner organisations are national data the operators keep, as they keep the accounts.
    Action.MANAGE_ORGANISATION: {Role.PLATFORM_ADMIN: Rule(reaches=_NATIONAL)},
    # Partner API clients (client credentials acting for an organisation): operators create, rotate, revoke.
    Action.MANAGE_API_CLIENT: {Role.PLATFORM_ADMIN: Rule(reaches=_NATIONAL)},
    Action.VIEW_USER: {role: Rule(reaches=_NATIONAL) for role in (*_STAFF, Role.PLATFORM_ADMIN)},
    # Accounts: operators every one (national ones included), a region's head those of their region only;
    # which roles each may give is `MANAGED_ROLES`. A user's region is the reach (None: a national account).
    Action.MANAGE_USER: {Role.PLATFORM_ADMIN: Rule(reaches=_EVERYWHERE), Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    # Everyone reads their own notifications (national data about themselves).
    Action.READ_INBOX: {role: Rule(reaches=_NATIONAL) for role in Role},
    # One national method: CCI France owns it, the regions read it.
    Action.VIEW_METHOD: {role: Rule(reaches=_NATIONAL) for role in _STAFF},
    Action.EDIT_METHOD: {Role.NATIONAL: Rule(reaches=_NATIONAL)},
    Action.VIEW_EDITION: {role: Rule(reaches=_NATIONAL) for role in _STAFF},
    Action.MANAGE_EDITION: {Role.NATIONAL: Rule(reaches=_NATIONAL)},
    # Same rhythm: every region's staff sees where the others stand.
    Action.VIEW_COHORT: {role: Rule(reaches=_REGIONAL) for role in _STAFF},
    Action.MANAGE_COHORT: {Role.REGIONAL_ADMIN: Rule(reaches=_OWN)},
    Action.UPDATE_MILESTONE: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    Action.VIEW_MILESTONE_EVIDENCE: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # A secret calendar URL opens a region's plan to whoever holds it: only the region's own staff make one.
    Action.MANAGE_CALENDAR_FEED: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # Deliverables and studies: the project's region, CCI France, partners the project shared them with,
    # its coach. The study's own documents are also the market study's readers' (`documents.service`).
    Action.VIEW_PROJECT_DOCUMENTS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
        Role.PARTNER: Rule(grant=GrantScope.DOCUMENTS),
        Role.COACH: Rule(reaches=_ATTACHED),
    },
    # The directories are public data (SIRENE): the programme's staff search every region's, and the
    # national one (region None). Partners and jurors are not sourcing.
    Action.SEARCH_SUPPLIERS: {role: Rule(reaches=_EVERYWHERE) for role in _STAFF},
    # What a region's advisers learnt of a supplier (contacts, capacity) stays with them: own region only.
    Action.ENRICH_SUPPLIERS: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # A region asks the others for suppliers: its team reads its own requests and those sent to it;
    # CCI France reads them all.
    Action.VIEW_SOURCING_REQUEST: {
        **{role: Rule(reaches=frozenset({Reach.OWN_REGION, Reach.ADDRESSED})) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    # Every answer to a request: the asking region and CCI France; an answering region sees its own only.
    Action.VIEW_SOURCING_ANSWERS: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
    Action.POST_SOURCING_REQUEST: {role: Rule(reaches=_OWN) for role in _REGION_TEAM},
    # The regions a request is sent to answer it from their own directory.
    Action.ANSWER_SOURCING_REQUEST: {role: Rule(reaches=frozenset({Reach.ADDRESSED})) for role in _REGION_TEAM},
    # Everyone sees where they are signed in (embedded issuer) and signs out there: their own data only.
    Action.MANAGE_OWN_SESSIONS: {role: Rule(reaches=_NATIONAL) for role in Role},
    # The catalogue of financing schemes: the national one (region None) is national data every staff member,
    # coach and partner reads (its schemes are public aid; a financer sees how its own are described); a
    # region's own schemes (region = its slug) are its team's and CCI France's, never another region's.
    # Coaches reach them through the matching of a project they follow (`VIEW_PROJECT_FINANCING`).
    Action.VIEW_FINANCING_SCHEMES: {
        **{role: Rule(reaches=_NATIONAL | _OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_EVERYWHERE),
        Role.PARTNER: Rule(reaches=_NATIONAL),
        Role.COACH: Rule(reaches=_NATIONAL),
    },
    # CCI France keeps the national catalogue; a region's team adds and edits its own schemes only.
    Action.MANAGE_FINANCING_SCHEMES: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_NATIONAL),
    },
    # The trail holds before/after values of confidential fields: the region's head and CCI France only.
    Action.VIEW_AUDIT: {Role.REGIONAL_ADMIN: Rule(reaches=_OWN), Role.NATIONAL: Rule(reaches=_EVERYWHERE)},
    # Who read a project's confidential data through a grant: the team that shares it, and CCI France;
    # never the partners themselves, nor the people attached to the project.
    Action.VIEW_ACCESS_LOG: {
        **{role: Rule(reaches=_OWN) for role in _REGION_TEAM},
        Role.NATIONAL: Rule(reaches=_REGIONAL),
    },
}


# The roles of the accounts each manager invites, deactivates and renames: never one above their own.
MANAGED_ROLES: dict[Role, frozenset[Role]] = {
    Role.PLATFORM_ADMIN: frozenset(Role),
    Role.REGIONAL_ADMIN: frozenset({Role.ADVISER}),
}


def may_manage_account(principal: Principal | None, *, role: Role, region: str | None) -> bool:
    """May the caller invite, deactivate, reactivate or rename an account of `role` in `region` (None: a
    national account)?"""
    return (
        principal is not None
        and role in MANAGED_ROLES.get(principal.role, frozenset())
        and is_allowed(principal, Action.MANAGE_USER, region=region)
    )


def managed_roles(principal: Principal | None) -> frozenset[Role]:
    """The roles of the accounts the caller manages (somewhere): what a list of accounts shows them."""
    if principal is None or not may_attempt(principal, Action.MANAGE_USER):
        return frozenset()
    return MANAGED_ROLES.get(principal.role, frozenset())


def reaches_of(
    principal: Principal,
    region: str | None,
    *,
    addressed: bool = False,
    mentioned: bool = False,
    attached: bool = False,
    invited: bool = False,
) -> frozenset[Reach]:
    """How a resource of `region` (None: national data) relates to the caller; `addressed`: the resource
    names the caller's region, `mentioned`: its thread names the caller (only meaningful for another
    region's resource); `attached`: it is a project the caller is an active member of; `invited`: it is an
    event whose jury the caller sits on."""
    if region is None:
        return _NATIONAL
    membership = (_ATTACHED if attached else frozenset()) | ({Reach.INVITED} if invited else frozenset())
    if principal.region == region:
        return _OWN | membership
    refinements = {Reach.ADDRESSED} if addressed else set()
    if mentioned:
        refinements.add(Reach.MENTIONED)
    return frozenset({Reach.OTHER_REGION, *refinements}) | membership


def grant_covers(granted: GrantScope, required: GrantScope) -> bool:
    """`full` covers everything; any grant covers the summary; otherwise scopes must match."""
    return granted in (required, GrantScope.FULL) or required is GrantScope.SUMMARY


def is_allowed(
    principal: Principal | None,
    action: Action,
    *,
    region: str | None,
    grant: GrantScope | None = None,
    addressed: bool = False,
    mentioned: bool = False,
    attached: bool = False,
    invited: bool = False,
) -> bool:
    """May `principal` perform `action` on a resource of `region` (None: national data)?

    `grant` is the scope of the caller organisation's active grant on the resource, if any; `addressed`
    says the resource (of another region) names the caller's region, `mentioned` that its thread names
    the caller, `attached` that it is a project the caller is an active member of, `invited` that it is an
    event whose jury the caller sits on. Anonymous callers may do nothing.
    """
    if principal is None:
        return False
    rule = RULES[action].get(principal.role)
    if rule is None:
        return False
    reaches = reaches_of(
        principal, region, addressed=addressed, mentioned=mentioned, attached=attached, invited=invited
    )
    if reaches & rule.reaches:
        return True
    return rule.grant is not None and grant is not None and grant_covers(grant, rule.grant)


def may_attempt(principal: Principal | None, action: Action) -> bool:
    """Could the caller perform `action` anywhere at all (some region, national data, or a grant)? The gate
    of every GraphQL operation; the object-level decision is `is_allowed`, in the service."""
    return principal is not None and principal.role in RULES[action]


def may_need_grant(principal: Principal | None, action: Action) -> bool:
    """True when the caller's only way to `action` is a grant (lists then start from grants)."""
    if principal is None:
        return False
    rule = RULES[action].get(principal.role)
    return rule is not None and rule.grant is not None and not rule.reaches


def may_be_attached(principal: Principal | None, action: Action) -> bool:
    """True when the caller may `action` on projects they are attached to: their memberships are then worth
    loading (never for the other roles: no statement spent for them)."""
    if principal is None:
        return False
    rule = RULES[action].get(principal.role)
    return rule is not None and Reach.ATTACHED in rule.reaches


def may_attach_member(principal: Principal | None, *, role: Role, region: str) -> bool:
    """May the caller attach (or detach) an account of `role` to a project of `region`?"""
    return role in ATTACHABLE_ROLES and is_allowed(principal, Action.ATTACH_PROJECT_MEMBER, region=region)


def is_attachable(role: Role) -> bool:
    """Is an account of `role` one that is attached to projects (and reaches nothing else)?"""
    return role in ATTACHABLE_ROLES


def roles_allowed(action: Action, reach: Reach) -> frozenset[Role]:
    """The roles that may `action` at `reach` without a grant: lists of people (who can be mentioned, who
    is notified of a request) filter users with it."""
    return frozenset(role for role, rule in RULES[action].items() if reach in rule.reaches)


def reads_are_audited(principal: Principal | None) -> bool:
    """Partners read through grants, from outside the CCI network: their reads of confidential data are
    audited, not only their (absent) writes."""
    return principal is not None and principal.role is Role.PARTNER


@dataclass(frozen=True)
class Capability:
    """An action the caller may take, and where: in these regions, on national data, on other regions'
    resources addressed to theirs, on projects shared with their organisation by a grant of this scope, on
    the projects they are attached to, on the events whose jury they sit on."""

    action: Action
    regions: tuple[str, ...]
    national: bool
    addressed: bool
    grant: GrantScope | None
    attached: bool = False
    invited: bool = False


def capabilities(principal: Principal, regions: Sequence[str]) -> list[Capability]:
    """Every action the caller may take somewhere, in `Action` order: what the SPA shows and offers."""
    found = []
    for action in Action:
        rule = RULES[action].get(principal.role)
        if rule is None:
            continue
        where = tuple(slug for slug in regions if is_allowed(principal, action, region=slug))
        national = is_allowed(principal, action, region=None)
        addressed = Reach.ADDRESSED in rule.reaches and Reach.OTHER_REGION not in rule.reaches
        attached = Reach.ATTACHED in rule.reaches
        invited = Reach.INVITED in rule.reaches
        if where or national or addressed or attached or invited or rule.grant is not None:
            found.append(
                Capability(
                    action=action,
                    regions=where,
                    national=national,
                    addressed=addressed,
                    grant=rule.grant,
                    attached=attached,
                    invited=invited,
                )
            )
    return found


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
                region = {
                    Reach.OWN_REGION: "here",
                    Reach.OTHER_REGION: "there",
                    Reach.ADDRESSED: "there",
                    Reach.MENTIONED: "there",
                    Reach.ATTACHED: "there",
                    Reach.INVITED: "there",
                    Reach.NATIONAL: None,
                }[reach]
                for grant in (None, *GrantScope):
                    allowed = is_allowed(
                        principal,
                        action,
                        region=region,
                        grant=grant,
                        addressed=reach is Reach.ADDRESSED,
                        mentioned=reach is Reach.MENTIONED,
                        attached=reach is Reach.ATTACHED,
                        invited=reach is Reach.INVITED,
                    )
                    yield Decision(role, action, reach, grant, allowed)
