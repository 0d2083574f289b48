"""Grants: a project shared with a partner organisation, for a scope and until a day (national table
`grants`). This module keeps their rows and checks their terms; who may share, the audit and the notices sit
above it (`programmes.sharing`), because they need the project.

A grant opens the project to the organisation's users until the end of its expiry day (Paris time), unless
it is revoked first; both take effect on the partner's next request, which reads the active grants afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, or_, select

from filiere.auth.grants import GrantScope
from filiere.clock import PARIS
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.partners.errors import GrantErrorCode
from filiere.partners.models import Grant, Organisation
from filiere.tenancy.session import TenantSession
from filiere.text import long_date

CONSENT_BY_MAX_LENGTH = 200  # the column's
PURPOSE_MAX_LENGTH = 2000
# The granting adviser is reminded this long before the grant ends.
REMINDER_NOTICE = timedelta(days=7)


class GrantStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


def start_of(day: date) -> datetime:
    """Midnight in Paris at the start of `day`, as a UTC instant."""
    return datetime.combine(day, time.min, tzinfo=PARIS).astimezone(UTC)


def expiry_instant(expires_on: date) -> datetime:
    """A grant valid through `expires_on` ends at the next midnight in Paris."""
    return start_of(expires_on + timedelta(days=1))


def last_day(expires_at: datetime) -> date:
    return (expires_at - timedelta(microseconds=1)).astimezone(PARIS).date()


def is_active_condition(today: date) -> ColumnElement[bool]:
    """SQL: the grant opens its project today (not revoked, not past its expiry day)."""
    return and_(Grant.revoked_at.is_(None), or_(Grant.expires_at.is_(None), Grant.expires_at > start_of(today)))


@dataclass(frozen=True, kw_only=True)
class Consent:
    """Who at the company agreed to share beyond the summary card, and when."""

    given_by: str
    given_on: date | None  # None only in what a person typed: refused
    document_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class GrantView:
    id: int
    organisation_id: int
    region: str
    project_id: int
    scope: GrantScope
    expires_at: datetime | None
    purpose: str
    consent: Consent | None
    granted_by_id: int | None
    granted_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: Grant) -> GrantView:
        consent = (
            Consent(given_by=row.consent_given_by, given_on=row.consent_given_on, document_id=row.consent_document_id)
            if row.consent_given_by and row.consent_given_on
            else None
        )
        return cls(
            id=row.id,
            organisation_id=row.organisation_id,
            region=row.region,
            project_id=row.project_id,
            scope=row.scope,
            expires_at=row.expires_at,
            purpose=row.purpose,
            consent=consent,
            granted_by_id=row.granted_by_id,
            granted_at=row.created_at,
            revoked_at=row.revoked_at,
        )

    @property
    def expires_on(self) -> date | None:
        """The last day the grant opens the project (None: a grant from before expiries were required)."""
        return last_day(self.expires_at) if self.expires_at else None

    def status(self, today: date) -> GrantStatus:
        if self.revoked_at is not None:
            return GrantStatus.REVOKED
        if self.expires_at is not None and self.expires_at <= start_of(today):
            return GrantStatus.EXPIRED
        return GrantStatus.ACTIVE


@dataclass(frozen=True, kw_only=True)
class GrantTerms:
    """What the adviser chooses: scope, last day, purpose shown to the partner, the company's consent."""

    scope: GrantScope
    expires_on: date | None
    purpose: str = ""
    consent: Consent | None = None


@dataclass(frozen=True, kw_only=True)
class GrantLimits:
    """The expiry proposed by default and the latest allowed, in days from today (settings)."""

    today: date
    default_days: int
    max_days: int

    @property
    def default_expires_on(self) -> date:
        return self.today + timedelta(days=self.default_days)

    @property
    def max_expires_on(self) -> date:
        return self.today + timedelta(days=self.max_days)


def checked_expiry(expires_on: date | None, limits: GrantLimits) -> date:
    if expires_on is None:
        raise InvalidInputError(
            "Indiquez jusqu'à quel jour le projet est partagé.", field="expiresOn", code=CommonErrorCode.REQUIRED
        )
    if expires_on <= limits.today:
        raise InvalidInputError(
            "La date de fin du partage doit être postérieure à aujourd'hui.",
            field="expiresOn",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    if expires_on > limits.max_expires_on:
        raise InvalidInputError(
            f"Un partage dure au plus {limits.max_days} jours : jusqu'au {long_date(limits.max_expires_on)}.",
            field="expiresOn",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    return expires_on


def _consent_required() -> InvalidInputError:
    return InvalidInputError(
        "Au-delà de la fiche résumée, le partage demande l'accord de l'entreprise : indiquez qui l'a donné et quand.",
        field="consent",
        code=GrantErrorCode.CONSENT_REQUIRED,
    )


def checked_consent(consent: Consent | None, limits: GrantLimits) -> Consent | None:
    """The consent as recorded (trimmed); None when nothing was typed."""
    if consent is None:
        return None
    given_by = " ".join(consent.given_by.split())
    if not given_by:
        raise InvalidInputError(
            "Indiquez qui, dans l'entreprise, a donné son accord.",
            field="consent.givenBy",
            code=GrantErrorCode.CONSENT_REQUIRED,
        )
    if len(given_by) > CONSENT_BY_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom de la personne qui a donné son accord compte {CONSENT_BY_MAX_LENGTH} caractères au plus.",
            field="consent.givenBy",
            code=CommonErrorCode.TOO_LONG,
        )
    if consent.given_on is None:
        raise InvalidInputError(
            "Indiquez le jour où l'entreprise a donné son accord.",
            field="consent.givenOn",
            code=GrantErrorCode.CONSENT_REQUIRED,
        )
    if consent.given_on > limits.today:
        raise InvalidInputError(
            "L'accord de l'entreprise ne peut pas être daté d'un jour à venir.",
            field="consent.givenOn",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    return replace(consent, given_by=given_by)


def checked_terms(terms: GrantTerms, limits: GrantLimits) -> GrantTerms:
    """The terms as stored, or a typed French error before anything is written."""
    expires_on = checked_expiry(terms.expires_on, limits)
    purpose = terms.purpose.strip()
    if len(purpose) > PURPOSE_MAX_LENGTH:
        raise InvalidInputError(
            f"L'objet du partage compte {PURPOSE_MAX_LENGTH} caractères au plus.",
            field="purpose",
            code=CommonErrorCode.TOO_LONG,
        )
    consent = checked_consent(terms.consent, limits)
    if terms.scope is not GrantScope.SUMMARY and consent is None:
        raise _consent_required()
    return GrantTerms(scope=terms.scope, expires_on=expires_on, purpose=purpose, consent=consent)


async def checked_organisation(national: TenantSession, organisation_id: int) -> Organisation:
    organisation: Organisation | None = await national.get(Organisation, organisation_id)
    if organisation is None:
        raise InvalidInputError(
            "Cette organisation partenaire n'existe pas.",
            field="organisationId",
            code=GrantErrorCode.UNKNOWN_ORGANISATION,
        )
    return organisation


async def get_grant(national: TenantSession, grant_id: int) -> GrantView:
    row = await national.get(Grant, grant_id)
    if row is None:
        raise NotFoundError(field="grantId")
    return GrantView.of(row)


async def open_grant(
    national: TenantSession,
    *,
    organisation_id: int,
    region: str,
    project_id: int,
    terms: GrantTerms,
    granted_by_id: int | None,
    today: date,
) -> GrantView:
    """Share the project (checked terms): a new grant, or a revoked or expired one opened again (one row per
    organisation and project). An active grant is refused: it is changed with `change_grant`."""
    assert terms.expires_on is not None, "checked terms"
    row = await national.scalar(
        select(Grant).where(
            Grant.organisation_id == organisation_id, Grant.region == region, Grant.project_id == project_id
        )
    )
    if row is not None and GrantView.of(row).status(today) is GrantStatus.ACTIVE:
        raise InvalidInputError(
            "Ce projet est déjà partagé avec cette organisation : modifiez ce partage plutôt que d'en créer un autre.",
            field="organisationId",
            code=GrantErrorCode.ALREADY_SHARED,
        )
    if row is None:
        row = Grant(organisation_id=organisation_id, region=region, project_id=project_id)
        national.add(row)
    consent = terms.consent
    row.scope = terms.scope
    row.expires_at = expiry_instant(terms.expires_on)
    row.purpose = terms.purpose
    row.consent_given_by = consent.given_by if consent else None
    row.consent_given_on = consent.given_on if consent else None
    row.consent_document_id = consent.document_id if consent else None
    row.granted_by_id = granted_by_id
    row.created_at = datetime.now(UTC)  # granted now, even when a former grant's row is opened again
    row.revoked_at = None
    row.expiry_reminded_at = None
    await national.flush()
    return GrantView.of(row)


async def change_grant(
    national: TenantSession, grant_id: int, *, scope: GrantScope, expires_on: date | None, limits: GrantLimits
) -> GrantView:
    """Extend or narrow an active grant (scope and last day). Widening beyond the summary needs the company's
    consent on record."""
    row = await national.get(Grant, grant_id)
    if row is None:
        raise NotFoundError(field="grantId")
    if GrantView.of(row).status(limits.today) is not GrantStatus.ACTIVE:
        raise InvalidInputError(
            "Ce partage est terminé (révoqué ou expiré) : partagez de nouveau le projet.",
            field="grantId",
            code=GrantErrorCode.GRANT_ENDED,
        )
    ends = expiry_instant(checked_expiry(expires_on, limits))
    if scope is not GrantScope.SUMMARY and not (row.consent_given_by and row.consent_given_on):
        raise _consent_required()
    if ends != row.expires_at:
        row.expiry_reminded_at = None  # a new expiry gets its own reminder
    row.scope = scope
    row.expires_at = ends
    await national.flush()
    return GrantView.of(row)


async def attach_consent_document(national: TenantSession, grant_id: int, document_id: int) -> GrantView:
    """Keep the company's signed consent with a grant that records one (the caller checked the document)."""
    row = await national.get(Grant, grant_id)
    if row is None:
        raise NotFoundError(field="grantId")
    if not (row.consent_given_by and row.consent_given_on):
        raise InvalidInputError(
            "Ce partage se limite à la fiche résumée : il ne demande pas l'accord de l'entreprise.",
            field="grantId",
            code=GrantErrorCode.CONSENT_REQUIRED,
        )
    row.consent_document_id = document_id
    await national.flush()
    return GrantView.of(row)


async def end_grant(national: TenantSession, grant_id: int, *, now: datetime) -> GrantView:
    """Revoke a grant: the partner loses the project on its next request. Revoking twice changes nothing."""
    row = await national.get(Grant, grant_id)
    if row is None:
        raise NotFoundError(field="grantId")
    if row.revoked_at is None:
        row.revoked_at = now
        await national.flush()
    return GrantView.of(row)


async def grants_by_project(
    national: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[GrantView]]:
    """Every grant of these projects (ended ones too), newest first: one statement for a whole list."""
    rows = await national.scalars(
        select(Grant)
        .where(Grant.region == region, Grant.project_id.in_(project_ids))
        .order_by(Grant.created_at.desc(), Grant.id.desc())
    )
    found: dict[int, list[GrantView]] = {}
    for row in rows:
        found.setdefault(row.project_id, []).append(GrantView.of(row))
    return found


async def active_grants_of(
    national: TenantSession, organisation_slug: str, region: str, project_ids: Sequence[int], today: date
) -> dict[int, GrantView]:
    """The organisation's active grant on each of these projects, if any: one statement."""
    rows = await national.scalars(
        select(Grant)
        .join(Organisation, Organisation.id == Grant.organisation_id)
        .where(
            Organisation.slug == organisation_slug,
            Grant.region == region,
            Grant.project_id.in_(project_ids),
            is_active_condition(today),
        )
    )
    return {row.project_id: GrantView.of(row) for row in rows}


async def grants_to_remind(national: TenantSession, today: date) -> list[GrantView]:
    """Active grants ending within `REMINDER_NOTICE` whose adviser was not told yet about this expiry."""
    rows = await national.scalars(
        select(Grant)
        .where(
            is_active_condition(today),
            Grant.expires_at <= expiry_instant(today + REMINDER_NOTICE),
            Grant.expiry_reminded_at.is_(None),
            Grant.granted_by_id.is_not(None),
        )
        .order_by(Grant.region, Grant.id)
    )
    return [GrantView.of(row) for row in rows]


async def mark_reminded(national: TenantSession, grant_ids: Sequence[int], *, now: datetime) -> None:
    for row in await national.scalars(select(Grant).where(Grant.id.in_(grant_ids))):
        row.expiry_reminded_at = now
    await national.flush()
