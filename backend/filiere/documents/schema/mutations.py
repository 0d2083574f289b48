"""Uploading a document in two steps around the browser's POST to the store."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.documents import service
from filiere.documents.errors import DocumentErrorCode
from filiere.documents.models import DocumentKind
from filiere.documents.schema.types import DocumentKindType, DocumentType
from filiere.documents.service import UploadTicket
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id

DOCUMENT_ERRORS = error_types("Document", DocumentErrorCode)


@strawberry.input(description="Demander un lien pour déposer un fichier sur un projet de sa région.")
class RequestDocumentUploadInput:
    project_id: strawberry.ID
    file_name: str
    content_type: str = strawberry.field(description="Type MIME annoncé, vérifié ensuite sur le contenu reçu.")
    size: int = strawberry.field(description="Taille en octets.")
    kind: DocumentKindType = DocumentKind.OTHER
    document_id: strawberry.ID | None = strawberry.field(
        default=None, description="Pour déposer une nouvelle version d'un document existant."
    )
    expected_version: int | None = strawberry.field(
        default=None, description="Version lue du document existant ; refusé s'il a changé depuis."
    )


@strawberry.type(description="Un champ à envoyer tel quel dans le formulaire de dépôt.")
class UploadFormField:
    name: str
    value: str


@strawberry.type
class RequestDocumentUploadSuccess:
    upload_id: strawberry.ID = strawberry.field(
        description="À renvoyer à confirmDocumentUpload une fois le fichier envoyé."
    )
    url: str = strawberry.field(description="Adresse où envoyer le formulaire (POST multipart).")
    fields: list[UploadFormField] = strawberry.field(description="Champs à envoyer avant le fichier (« file »).")
    expires_at: datetime
    max_bytes: int


@strawberry.input(description="Confirmer qu'un fichier a été envoyé : il est alors vérifié et enregistré.")
class ConfirmDocumentUploadInput:
    upload_id: strawberry.ID


@strawberry.type
class ConfirmDocumentUploadSuccess:
    document: DocumentType


RequestDocumentUploadPayload = DOCUMENT_ERRORS.payload("RequestDocumentUploadPayload", RequestDocumentUploadSuccess)
ConfirmDocumentUploadPayload = DOCUMENT_ERRORS.payload("ConfirmDocumentUploadPayload", ConfirmDocumentUploadSuccess)


def _ticket(region: str, ticket: UploadTicket) -> RequestDocumentUploadSuccess:
    return RequestDocumentUploadSuccess(
        upload_id=strawberry.ID(encode_id("DocumentUpload", region, ticket.version.id)),
        url=ticket.upload.url,
        fields=[UploadFormField(name=name, value=value) for name, value in ticket.upload.fields.items()],
        expires_at=ticket.upload.expires_at,
        max_bytes=ticket.upload.max_bytes,
    )


@strawberry.type
class DocumentsMutation:
    @mutation(
        requires=Action.UPLOAD_PROJECT_DOCUMENT,
        description="Premier temps d'un dépôt : vérifie le fichier annoncé et répond un formulaire signé, "
        "valable quelques minutes, à envoyer directement au stockage.",
    )
    async def request_document_upload(
        self,
        info: Info,
        input: RequestDocumentUploadInput,  # noqa: A002 - the GraphQL argument's name
    ) -> RequestDocumentUploadPayload:
        target = decode_id(input.project_id, expected_type="Project")
        document_id = decode_id(input.document_id, expected_type="Document").int_key if input.document_id else None
        ticket = await service.request_upload(
            info.context.uow,
            info.context.principal,
            info.context.settings,
            region=target.tenant,
            project_id=target.int_key,
            file_name=input.file_name,
            content_type=input.content_type,
            size=input.size,
            kind=input.kind,
            document_id=document_id,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return _ticket(target.tenant, ticket)

    @mutation(
        requires=Action.UPLOAD_PROJECT_DOCUMENT,
        description="Second temps d'un dépôt : contrôle le fichier reçu (taille, type réel, SHA-256).",
    )
    async def confirm_document_upload(
        self,
        info: Info,
        input: ConfirmDocumentUploadInput,  # noqa: A002 - the GraphQL argument's name
    ) -> ConfirmDocumentUploadPayload:
        upload = decode_id(input.upload_id, expected_type="DocumentUpload")
        view = await service.confirm_upload(
            info.context.uow,
            info.context.principal,
            info.context.settings,
            region=upload.tenant,
            version_id=upload.int_key,
            request_id=info.context.request_id,
        )
        return ConfirmDocumentUploadSuccess(document=DocumentType(view=view))
