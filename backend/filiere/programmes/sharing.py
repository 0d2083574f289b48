"""Sharing a project with a partner organisation (« Partager avec un partenaire », « Partagé avec »): an
adviser of the project's region shares it for a scope and until a day, with the company's consent beyond the
summary card; extends, narrows or revokes it. CCI France reads every grant and gives none.

The rows and their checks are the partners domain's (`partners.grants`); the permission, the audit in the
project's region, and the notices (the partner's users when a project is shared with them, the adviser a week
before it ends) are here, because they need the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from filiere import clock
from filiere.accounts.service import UserView, active_members, user_id_of
from filiere.audit.service import record_change
from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import ForbiddenError, InvalidInputError, NotFoundError
from filiere.notifications.inbox import Notice, notify
from filiere.notifications.models import InboxKind
from filiere.partners import grants
from filiere.partners.errors import GrantErrorCode
from filiere.partners.grants import GrantLimits, GrantTerms, GrantView
from filiere.partners.service import OrganisationView, organisations_by_id
from filiere.programmes.service import get_project, project_names
from filiere.programmes.views import ProjectView
from filiere.programmes.workflow import FINISHED
from filiere.settings import Settings
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import long_date

# What each scope opens, in the adviser's words (the choice in « Partager avec un partenaire »).
SCOPE_LABELS: dict[GrantScope, str] = {
    GrantScope.SUMMARY: "Fiche résumée : le nom du projet, son objectif, son secteur, ses besoins, son conseiller.",
    GrantScope.FINANCING: "Financement : la fiche résumée, les besoins et les produits concernés (plans "
    "d'investissement et de financement à venir).",
    GrantScope.DOCUMENTS: "Documents : la fiche résumée et les documents du projet (chaque téléchargement est tracé).",
    GrantScope.FULL: "Dossier complet : tout ce qu'un partenaire peut voir du projet, hors notes internes de la CCI.",
}


def grant_limits(settings: Settings) -> GrantLimits:
    return GrantLimits(
        today=clock.today(settings), default_days=settings.grant_default_days, max_days=settings.grant_max_days
    )


@dataclass(frozen=True, kw_only=True)
class Shared:
    grant: GrantView
    project: ProjectView
    organisation: OrganisationView
    # The partner's users told in their inbox, to tell by e-mail once the grant is stored.
    recipients: list[UserView]


async def _shareable(uow: UnitOfWork, adviser: Principal, region: str, project_id: int) -> ProjectView:
    project = await get_project(uow, adviser, region, project_id)  # not readable: not found
    if not is_allowed(adviser, Action.SHARE_PROJECT, region=region):
        raise ForbiddenError("Seuls les conseillers de la région du projet le partagent avec un partenaire.")
    return project


async def share_project(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    organisation_id: int,
    terms: GrantTerms,
    request_id: str,
) -> Shared:
    """Share a project under way with an organisation; refused with a typed error before anything is written."""
    adviser = require_principal(principal)
    project = await _shareable(uow, adviser, region, project_id)
    if project.card.status in FINISHED:
        raise InvalidInputError(
            "Ce projet est terminé : on ne le partage plus.", field="projectId", code=GrantErrorCode.PROJECT_CLOSED
        )
    national = uow.national()
    limits = grant_limits(uow.registry.settings)
    organisation = OrganisationView.of(await grants.checked_organisation(national, organisation_id))
    checked = grants.checked_terms(terms, limits)
    grant = await grants.open_grant(
        national,
        organisation_id=organisation.id,
        region=region,
        project_id=project_id,
        terms=checked,
        granted_by_id=await user_id_of(uow, adviser),
        today=limits.today,
    )
    _audit(
        uow,
        adviser,
        "project.shared",
        project=project,
        organisation=organisation,
        before=None,
        after=_terms_of(grant),
        request_id=request_id,
    )
    recipients = await active_members(national, organisation.id)
    notify(
        national,
        [person.id for person in recipients],
        Notice(
            kind=InboxKind.PROJECT_SHARED,
            actor_name=adviser.display_name,
            region=region,
            project_id=project_id,
            project_name=project.card.name,
            text=shared_text(grant),
        ),
    )
    return Shared(grant=grant, project=project, organisation=organisation, recipients=recipients)


def shared_text(grant: GrantView) -> str:
    """What the partner's notice says: the scope, until when, and the purpose the adviser gave."""
    scope = SCOPE_LABELS[grant.scope].split(" :")[0]
    until = f" jusqu'au {long_date(grant.expires_on)}" if grant.expires_on else ""
    return f"{scope}{until}." + (f" {grant.purpose}" if grant.purpose else "")


async def _changeable(uow: UnitOfWork, adviser: Principal, grant_id: int) -> tuple[GrantView, ProjectView]:
    grant = await grants.get_grant(uow.national(), grant_id)
    if not uow.registry.has_region(grant.region):
        raise NotFoundError(field="grantId")
    if not is_allowed(adviser, Action.VIEW_PROJECT_GRANTS, region=grant.region):
        raise NotFoundError(field="grantId")  # the grants of a project the caller does not oversee: unseen
    project = await _shareable(uow, adviser, grant.region, grant.project_id)
    return grant, project


async def update_grant(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    grant_id: int,
    scope: GrantScope,
    expires_on: date | None,
    request_id: str,
) -> GrantView:
    """Extend or narrow an active grant: the partner reads what it now allows from its next request."""
    adviser = require_principal(principal)
    before, project = await _changeable(uow, adviser, grant_id)
    national = uow.national()
    after = await grants.change_grant(
        national, grant_id, scope=scope, expires_on=expires_on, limits=grant_limits(uow.registry.settings)
    )
    organisation = (await organisations_by_id(national, [after.organisation_id]))[after.organisation_id]
    _audit(
        uow,
        adviser,
        "project.grant_changed",
        project=project,
        organisation=organisation,
        before=_terms_of(before),
        after=_terms_of(after),
        request_id=request_id,
    )
    return after


async def revoke_grant(uow: UnitOfWork, principal: Principal | None, *, grant_id: int, request_id: str) -> GrantView:
    """End a grant at once: the project is closed to the partner from its next request."""
    adviser = require_principal(principal)
    before, project = await _changeable(uow, adviser, grant_id)
    national = uow.national()
    after = await grants.end_grant(national, grant_id, now=datetime.now(UTC))
    if before.revoked_at is None:
        organisation = (await organisations_by_id(national, [after.organisation_id]))[after.organisation_id]
        terms = _terms_of(before)
        _audit(
            uow,
            adviser,
            "project.grant_revoked",
            project=project,
            organisation=organisation,
            before=terms,
            after=None,
            request_id=request_id,
        )
    return after


def _terms_of(grant: GrantView) -> dict[str, Any]:
    return {
        "scope": grant.scope.value,
        "expiresOn": grant.expires_on.isoformat() if grant.expires_on else None,
        "purpose": grant.purpose,
        "consentGivenBy": grant.consent.given_by if grant.consent else None,
        "consentGivenOn": grant.consent.given_on.isoformat() if grant.consent and grant.consent.given_on else None,
    }


def _audit(
    uow: UnitOfWork,
    adviser: Principal,
    action: str,
    *,
    project: ProjectView,
    organisation: OrganisationView,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    request_id: str,
) -> None:
    # In the project's region: its trail tells who was given access to it, how far, and when it ended.
    named = {"organisation": organisation.name}
    record_change(
        uow.region(project.card.region),
        adviser,
        request_id=request_id,
        action=action,
        entity_type="Project",
        entity_id=project.card.id,
        before=named | before if before is not None else None,
        after=named | after if after is not None else None,
    )


async def project_grants(
    national: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[GrantView]]:
    """Batch read for loaders; callers have checked that the projects' grants are visible to the reader."""
    return await grants.grants_by_project(national, region, project_ids)


async def viewer_grants(
    uow: UnitOfWork, principal: Principal | None, region: str, project_ids: Sequence[int]
) -> dict[int, GrantView]:
    """The caller's own organisation's active grant on each project (a partner: what it was shared, why and
    until when); nobody else's, and nothing for a caller without an organisation."""
    if principal is None or principal.organisation is None:
        return {}
    today = clock.today(uow.registry.settings)
    return await grants.active_grants_of(uow.national(), principal.organisation, region, project_ids, today)


@dataclass(frozen=True, kw_only=True)
class Reminded:
    grants: int
    advisers: int


async def remind_expiring_grants(uow: UnitOfWork, today: date) -> Reminded:
    """Tell each granting adviser, in their inbox, of their grants ending within a week (once per expiry
    day; the digest mails the notice). One national read, then one read of names per region concerned."""
    national = uow.national()
    due = await grants.grants_to_remind(national, today)
    if not due:
        return Reminded(grants=0, advisers=0)
    organisations = await organisations_by_id(national, sorted({grant.organisation_id for grant in due}))
    names: dict[tuple[str, int], str] = {}
    for region in sorted({grant.region for grant in due}):
        if uow.registry.has_region(region):
            found = await project_names(uow, region, [grant.project_id for grant in due if grant.region == region])
            names.update({(region, key): name for key, name in found.items()})
    for grant in due:
        assert grant.granted_by_id is not None and grant.expires_on is not None, "grants_to_remind's filter"
        name = names.get((grant.region, grant.project_id))
        if name is None:
            continue  # a region not configured any more, or a project gone: nothing to act on
        organisation = organisations[grant.organisation_id].name
        notify(
            national,
            [grant.granted_by_id],
            Notice(
                kind=InboxKind.GRANT_EXPIRING,
                actor_name="Filière",
                region=grant.region,
                project_id=grant.project_id,
                project_name=name,
                text=f"Le partage avec {organisation} prend fin le {long_date(grant.expires_on)} : prolongez-le "
                "si l'entreprise est d'accord.",
            ),
        )
    await grants.mark_reminded(national, [grant.id for grant in due], now=datetime.now(UTC))
    return Reminded(grants=len(due), advisers=len({grant.granted_by_id for grant in due}))
