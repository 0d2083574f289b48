"""The company's signed consent to sharing its project, kept with the grant it allowed.

A grant beyond the summary card records who at the company agreed and when (`programmes.sharing`); the
signed paper, when there is one, is a project document of kind `CONSENT` — read only by the readers of the
project's grants — that the sharing adviser joins to the grant, when sharing or once it comes back signed.
It lives here because it needs both the documents and the grants, which the programmes domain cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass

from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.documents.models import DocumentKind
from filiere.documents.service import DocumentView, documents_of
from filiere.errors import ForbiddenError, InvalidInputError, NotFoundError
from filiere.partners import grants
from filiere.partners.errors import GrantErrorCode
from filiere.partners.grants import GrantView
from filiere.partners.service import organisations_by_id
from filiere.programmes.service import get_project
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class ConsentAttached:
    grant: GrantView
    document: DocumentView


async def attach_consent_document(
    uow: UnitOfWork, principal: Principal | None, *, grant_id: int, region: str, document_id: int, request_id: str
) -> ConsentAttached:
    """Join a consent document of the grant's project to the grant; another kind or project is refused."""
    adviser = require_principal(principal)
    grant = await grants.get_grant(uow.national(), grant_id)
    if not uow.registry.has_region(grant.region) or not is_allowed(
        adviser, Action.VIEW_PROJECT_GRANTS, region=grant.region
    ):
        raise NotFoundError(field="grantId")  # the grants of a project the caller does not oversee: unseen
    project = await get_project(uow, adviser, grant.region, grant.project_id)
    if not is_allowed(adviser, Action.SHARE_PROJECT, region=grant.region):
        raise ForbiddenError("Seuls les conseillers de la région du projet y joignent l'accord de l'entreprise.")
    session = uow.region(grant.region)
    found = (await documents_of(session, grant.region, [grant.project_id]))[grant.project_id]
    document = next((view for view in found if view.id == document_id and region == grant.region), None)
    if document is None:
        raise NotFoundError("Ce document n'existe pas dans ce projet.", field="documentId")
    if document.kind is not DocumentKind.CONSENT:
        raise InvalidInputError(
            "Ce document n'est pas déposé comme accord de l'entreprise : déposez l'accord signé depuis le partage.",
            field="documentId",
            code=GrantErrorCode.NOT_A_CONSENT,
        )
    attached = await grants.attach_consent_document(uow.national(), grant.id, document.id)
    organisation = (await organisations_by_id(uow.national(), [grant.organisation_id]))[grant.organisation_id]
    record_change(
        session,
        adviser,
        request_id=request_id,
        action="project.consent_document_attached",
        entity_type="Project",
        entity_id=project.card.id,
        before={"organisation": organisation.name},
        after={"organisation": organisation.name, "consentDocument": document.title},
    )
    return ConsentAttached(grant=attached, document=document)
