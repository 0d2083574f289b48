"""`attachConsentDocument`, and `GrantConsent.document` lent to the sharing schema at assembly."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.documents import consent
from filiere.documents.loaders import DocumentsByProjectLoader
from filiere.documents.models import DocumentKind
from filiere.documents.schema.types import DocumentType
from filiere.graphql.hub_refs import load_project
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes.schema.sharing import GRANT_ERRORS, GrantSuccess, GrantType


async def consent_document(info: Info, region: str, project_id: int, document_id: int) -> DocumentType | None:
    """A grant's signed consent, read with the project's other documents (one batch per region)."""
    found = await info.context.loaders.get(DocumentsByProjectLoader, region).load(project_id)
    view = next((view for view in found if view.id == document_id and view.kind is DocumentKind.CONSENT), None)
    return DocumentType(view=view) if view else None


@strawberry.input(description="Joindre à un partage l'accord signé de l'entreprise, déposé sur le projet.")
class AttachConsentDocumentInput:
    grant_id: strawberry.ID
    document_id: strawberry.ID = strawberry.field(
        description="Un document du projet déposé comme accord (type CONSENT)."
    )


AttachConsentDocumentPayload = GRANT_ERRORS.payload("AttachConsentDocumentPayload", GrantSuccess)


@strawberry.type
class ConsentDocumentMutation:
    @mutation(
        requires=Action.SHARE_PROJECT,
        description="Joint l'accord signé de l'entreprise à un partage qui en enregistre un ; tracé dans l'audit.",
    )
    async def attach_consent_document(
        self,
        info: Info,
        input: AttachConsentDocumentInput,  # noqa: A002
    ) -> AttachConsentDocumentPayload:
        document = decode_id(input.document_id, expected_type="Document")
        attached = await consent.attach_consent_document(
            info.context.uow,
            info.context.principal,
            grant_id=decode_id(input.grant_id, expected_type="Grant").int_key,
            region=document.tenant,
            document_id=document.int_key,
            request_id=info.context.request_id,
        )
        grant = attached.grant
        return GrantSuccess(
            grant=GrantType(view=grant), project=await load_project(info, grant.region, grant.project_id)
        )
