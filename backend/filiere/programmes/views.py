"""What a reader receives of a project: frozen values, never ORM rows.

The split below is the single classification of project fields: everything on `ProjectCard` is a
*summary* field (any adviser of any region, national, granted partners, the people attached to the
project); everything on `ProjectConfidential` is *confidential* (the project's region, national, partners
with a full grant, its coach). `PROJECT_FIELDS` classes the rest, each class opened by one action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action
from filiere.programmes.models import (
    Company,
    HeadcountBand,
    Project,
    ProjectKind,
    ProjectNeed,
    ProjectStatus,
    ProjectStatusChange,
    RevenueBand,
    Sector,
)


class AccessLevel(StrEnum):
    FULL = "full"
    SUMMARY = "summary"


class RegionAccess(StrEnum):
    """What the caller may read of a region's projects."""

    FULL = "full"
    SUMMARY = "summary"
    NONE = "none"


@dataclass(frozen=True, kw_only=True)
class CompanyContact:
    """The company's contact person for the programme: personal data, read like a project's confidential
    fields (`programmes.company.may_read_company_contact`)."""

    name: str
    function: str
    email: str
    phone: str


@dataclass(frozen=True, kw_only=True)
class CompanyCard:
    region: str
    id: int
    name: str
    siren: str
    siren_is_demo: bool
    siret: str | None
    naf_code: str | None
    commune_code: str
    commune_name: str
    departement: str
    street: str
    postal_code: str
    website: str
    headcount_band: HeadcountBand | None
    revenue_band: RevenueBand | None
    contact: CompanyContact
    version: int

    @classmethod
    def of(cls, region: str, company: Company) -> CompanyCard:
        return cls(
            region=region,
            id=company.id,
            name=company.name,
            siren=company.siren,
            siren_is_demo=company.siren_is_demo,
            siret=company.siret,
            naf_code=company.naf_code,
            commune_code=company.commune_code,
            commune_name=company.commune_name,
            departement=company.departement,
            street=company.street,
            postal_code=company.postal_code,
            website=company.website,
            headcount_band=company.headcount_band,
            revenue_band=company.revenue_band,
            contact=CompanyContact(
                name=company.contact_name,
                function=company.contact_function,
                email=company.contact_email,
                phone=company.contact_phone,
            ),
            version=company.version,
        )


@dataclass(frozen=True, kw_only=True)
class ProjectCard:
    region: str
    id: int
    company_id: int
    name: str
    sort_key: str
    summary: str
    kind: ProjectKind
    sector: Sector
    status: ProjectStatus
    needs: tuple[ProjectNeed, ...]
    adviser_id: int | None
    cohort_id: int | None
    version: int
    created_at: datetime  # for a candidacy, when it was submitted
    updated_at: datetime

    @classmethod
    def of(cls, region: str, project: Project) -> ProjectCard:
        return cls(
            region=region,
            id=project.id,
            company_id=project.company_id,
            name=project.name,
            sort_key=project.sort_key,
            summary=project.summary,
            kind=project.kind,
            sector=project.sector,
            status=project.status,
            needs=tuple(row.need for row in project.needs),
            adviser_id=project.adviser_id,
            cohort_id=project.cohort_id,
            version=project.version,
            created_at=project.created_at,
            updated_at=project.updated_at,
        )


@dataclass(frozen=True, kw_only=True)
class ProjectConfidential:
    notes: str

    @classmethod
    def of(cls, project: Project) -> ProjectConfidential:
        return cls(notes=project.notes)


@dataclass(frozen=True, kw_only=True)
class StatusChangeView:
    """A step of the project's journey; confidential like its notes (reasons can be sensitive)."""

    id: int
    from_status: ProjectStatus
    to_status: ProjectStatus
    reason: str
    changed_at: datetime
    actor_name: str

    @classmethod
    def of(cls, row: ProjectStatusChange) -> StatusChangeView:
        return cls(
            id=row.id,
            from_status=row.from_status,
            to_status=row.to_status,
            reason=row.reason,
            changed_at=row.changed_at,
            actor_name=row.actor_name,
        )


class Visibility(StrEnum):
    SUMMARY = "summary"  # any adviser of any region, CCI France, partners with any grant, its members
    CONFIDENTIAL = "confidential"  # the project's region, CCI France, partners with a full grant, its coach
    NOTES = "notes"  # the project's region and CCI France: the CCI's own judgement (never a partner)
    # as confidential, and partners it shared its financing with: the products concerned (the needs are on
    # the card), the investment and financing plans
    FINANCING = "financing"
    THREAD = "thread"  # as confidential, and its coach and experts (and whoever the thread names)
    STUDY = "study"  # as confidential, and its students (their market study)
    DOCUMENTS = "documents"  # as confidential, partners it shared its documents with, its students (the study's)
    MEMBERS = "members"  # the project's region and CCI France: who is attached to it
    ACCESS_LOG = "access_log"  # the project's region and CCI France: which partner read what of it
    GRANTS = "grants"  # the project's region and CCI France: the partners it is shared with
    QUESTIONS = "questions"  # the project's region and CCI France: every partner organisation's questions
    VIEWER = "viewer"  # about the caller, not the project (what they may do)


# The action that opens each class of fields (the summary opens with the project itself).
VISIBILITY_ACTIONS: dict[Visibility, Action] = {
    Visibility.CONFIDENTIAL: Action.VIEW_PROJECT_CONFIDENTIAL,
    Visibility.NOTES: Action.VIEW_PROJECT_NOTES,
    Visibility.THREAD: Action.VIEW_PROJECT_THREAD,
    Visibility.STUDY: Action.VIEW_MARKET_STUDY,
    Visibility.DOCUMENTS: Action.VIEW_PROJECT_DOCUMENTS,
    Visibility.MEMBERS: Action.VIEW_PROJECT_MEMBERS,
    Visibility.ACCESS_LOG: Action.VIEW_ACCESS_LOG,
    Visibility.FINANCING: Action.VIEW_PROJECT_FINANCING,
    Visibility.GRANTS: Action.VIEW_PROJECT_GRANTS,
    Visibility.QUESTIONS: Action.VIEW_PARTNER_QUESTIONS,
}


@dataclass(frozen=True, kw_only=True)
class ProjectView:
    card: ProjectCard
    confidential: ProjectConfidential | None  # None: the reader may see the card only
    # The scope a partner's organisation was granted on this project (None for staff): what else it opens.
    grant: GrantScope | None = None
    # The reader is an active member of the project (coach, expert, student): what that opens.
    attached: bool = False
    # The classes of fields the reader may see (`PROJECT_FIELDS`).
    visible: frozenset[Visibility] = frozenset({Visibility.SUMMARY})

    @property
    def access(self) -> AccessLevel:
        return AccessLevel.SUMMARY if self.confidential is None else AccessLevel.FULL

    def shows(self, visibility: Visibility) -> bool:
        return visibility in self.visible


# Every field of the GraphQL `Project` type, classed once. The schema answers null for a confidential
# field to a summary reader, and `tests/backend/programmes/test_confidentiality.py` checks both that
# every field is classed here and that each reader gets exactly what its class allows.
PROJECT_FIELDS: dict[str, Visibility] = {
    "id": Visibility.SUMMARY,
    "name": Visibility.SUMMARY,
    "summary": Visibility.SUMMARY,
    "kind": Visibility.SUMMARY,
    "sector": Visibility.SUMMARY,
    "status": Visibility.SUMMARY,
    "needs": Visibility.SUMMARY,
    "version": Visibility.SUMMARY,
    "createdAt": Visibility.SUMMARY,
    "updatedAt": Visibility.SUMMARY,
    "region": Visibility.SUMMARY,
    "company": Visibility.SUMMARY,
    "cohort": Visibility.SUMMARY,
    "adviser": Visibility.SUMMARY,
    # Counts of milestones done and planned, never their content (`milestones`): a card's progress.
    "milestoneProgress": Visibility.SUMMARY,
    "notes": Visibility.NOTES,
    "contact": Visibility.CONFIDENTIAL,
    "statusHistory": Visibility.NOTES,
    "comments": Visibility.THREAD,
    "selectionReview": Visibility.NOTES,
    "marketStudy": Visibility.STUDY,
    "products": Visibility.FINANCING,
    "investmentPlan": Visibility.FINANCING,
    "financingPlan": Visibility.FINANCING,
    # The schemes proposed for its plan (what it invests in, where, its size): read as the plans are.
    "matchingSchemes": Visibility.FINANCING,
    "team": Visibility.CONFIDENTIAL,
    "supplyChain": Visibility.CONFIDENTIAL,
    "milestones": Visibility.CONFIDENTIAL,
    "nextMilestone": Visibility.CONFIDENTIAL,
    "documents": Visibility.DOCUMENTS,
    "members": Visibility.MEMBERS,
    "accessLog": Visibility.ACCESS_LOG,
    "grants": Visibility.GRANTS,
    "partnerQuestions": Visibility.QUESTIONS,
    # A partner's own organisation's questions: answered by the policy (ASK_PROJECT_QUESTION), like `viewerGrant`.
    "viewerQuestions": Visibility.VIEWER,
    "access": Visibility.VIEWER,
    "viewerCanEdit": Visibility.VIEWER,
    "viewerCanAssignAdviser": Visibility.VIEWER,
    "viewerCanEditFinancing": Visibility.VIEWER,
    "viewerCanReadFinancing": Visibility.VIEWER,
    "viewerCanReadSupplyChain": Visibility.VIEWER,
    "nextSteps": Visibility.VIEWER,
    "viewerGrant": Visibility.VIEWER,
    # Its published results at events (rank, prizes): published results are public, like the event.
    "eventAwards": Visibility.SUMMARY,
}
