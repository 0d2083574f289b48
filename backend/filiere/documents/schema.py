"""Documents in GraphQL: upload in two steps around the browser's POST to the store, download by link."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from filiere.documents import service
from filiere.documents.errors import DocumentErrorCode
from filiere.documents.models import DocumentKind
from filiere.documents.service import DocumentView, UploadTicket, VersionView
from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.types import Info, Node
from filiere.ids import decode_id, encode_id

DocumentKindType = strawberry.enum(DocumentKind, name="DocumentKind", description="Nature du document.")


@strawberry.type(name="DocumentVersion", description="Une version déposée d'un document.")
class DocumentVersionType:
    document: strawberry.Private[DocumentView]
    view: strawberry.Private[VersionView]

    @strawberry.field
    def number(self) -> int:
        return self.view.number

    @strawberry.field
    def file_name(self) -> str:
        return self.view.file_name

    @strawberry.field
    def content_type(self) -> str:
        return self.view.content_type

    @strawberry.field(description="Taille en octets, mesurée à la réception.")
    def size(self) -> int:
        return self.view.size

    @strawberry.field(description="Empreinte SHA-256 du contenu reçu (hexadécimal).")
    def sha256(self) -> str:
        return self.view.sha256

    @strawberry.field
    def uploaded_at(self) -> datetime:
        return self.view.uploaded_at

    @strawberry.field(description="Nom de la personne qui a déposé cette version.")
    def uploaded_by(self) -> str:
        return self.view.uploaded_by

    @strawberry.field(description="Lien de téléchargement à durée de vie courte (quelques minutes).")
    async def download_url(self, info: Info) -> str:
        return (await service.download_link(info.context.settings, self.document, self.view)).url


@strawberry.type(name="Document", description="Document d'un projet (livrable, étude…), avec ses versions.")
class DocumentType(Node):
    view: strawberry.Private[DocumentView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Document", self.view.region, self.view.id))

    @strawberry.field
    def kind(self) -> DocumentKindType:  # type: ignore[valid-type]
        return self.view.kind

    @strawberry.field
    def title(self) -> str:
        return self.view.title

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour déposer une nouvelle version.")
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="La dernière version déposée.")
    def current_version(self) -> DocumentVersionType:
        return DocumentVersionType(document=self.view, view=self.view.current)

    @strawberry.field(description="Toutes les versions, de la plus récente à la plus ancienne.")
    def versions(self) -> list[DocumentVersionType]:
        return [DocumentVersionType(document=self.view, view=version) for version in self.view.versions]


DOCUMENT_ERRORS = error_types("Document", DocumentErrorCode)
DocumentInvalid = DOCUMENT_ERRORS.invalid
DocumentConflict = DOCUMENT_ERRORS.conflict
DocumentNotAllowed = DOCUMENT_ERRORS.not_allowed


@strawberry.input(description="Demander un lien pour déposer un fichier sur un projet de sa région.")
class RequestDocumentUploadInput:
    project_id: strawberry.ID
    file_name: str
    content_type: str = strawberry.field(description="Type MIME annoncé, vérifié ensuite sur le contenu reçu.")
    size: int = strawberry.field(description="Taille en octets.")
    kind: DocumentKindType = DocumentKind.OTHER  # type: ignore[valid-type]
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


RequestDocumentUploadPayload = Annotated[
    RequestDocumentUploadSuccess | DocumentInvalid | DocumentConflict | DocumentNotAllowed,  # type: ignore[valid-type]
    strawberry.union("RequestDocumentUploadPayload"),
]
ConfirmDocumentUploadPayload = Annotated[
    ConfirmDocumentUploadSuccess | DocumentInvalid | DocumentConflict | DocumentNotAllowed,  # type: ignore[valid-type]
    strawberry.union("ConfirmDocumentUploadPayload"),
]


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
    @strawberry.mutation(
        description="Premier temps d'un dépôt : vérifie le fichier annoncé et répond un formulaire signé, "
        "valable quelques minutes, à envoyer directement au stockage."
    )
    async def request_document_upload(
        self,
        info: Info,
        input: RequestDocumentUploadInput,  # noqa: A002 - the GraphQL argument's name
    ) -> RequestDocumentUploadPayload:  # type: ignore[valid-type]
        async def work() -> tuple[str, UploadTicket]:
            target = decode_id(input.project_id, expected_type="Project")
            document_id = decode_id(input.document_id, expected_type="Document").int_key if input.document_id else None
            return target.tenant, await service.request_upload(
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

        return await run_mutation(info, work, lambda result: _ticket(*result), DOCUMENT_ERRORS)

    @strawberry.mutation(description="Second temps d'un dépôt : contrôle le fichier reçu (taille, type réel, SHA-256).")
    async def confirm_document_upload(
        self,
        info: Info,
        input: ConfirmDocumentUploadInput,  # noqa: A002 - the GraphQL argument's name
    ) -> ConfirmDocumentUploadPayload:  # type: ignore[valid-type]
        async def work() -> DocumentView:
            upload = decode_id(input.upload_id, expected_type="DocumentUpload")
            return await service.confirm_upload(
                info.context.uow,
                info.context.principal,
                info.context.settings,
                region=upload.tenant,
                version_id=upload.int_key,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: ConfirmDocumentUploadSuccess(document=DocumentType(view=view)), DOCUMENT_ERRORS
        )
