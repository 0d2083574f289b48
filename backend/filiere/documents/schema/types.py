"""A project's documents in GraphQL: their versions, download links, and the `Project.documents` field."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.audit.reads import DocumentRead
from filiere.documents import service
from filiere.documents.loaders import DocumentsByProjectLoader
from filiere.documents.models import DocumentKind
from filiere.documents.service import DocumentView, VersionView
from filiere.graphql.types import Info, Node
from filiere.ids import encode_id
from filiere.programmes.views import ProjectView

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

    @strawberry.field(
        description="Lien de téléchargement à durée de vie courte (quelques minutes) ; celui remis à un "
        "partenaire figure au journal des accès du projet."
    )
    async def download_url(self, info: Info) -> str:
        document = self.document
        info.context.confidential_reads.note_download(
            document.region,
            document.project_id,
            DocumentRead(id=document.id, title=document.title, version=self.view.number),
        )
        return (await service.download_link(info.context.settings, document, self.view)).url


@strawberry.type(name="Document", description="Document d'un projet (livrable, étude…), avec ses versions.")
class DocumentType(Node):
    view: strawberry.Private[DocumentView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Document", self.view.region, self.view.id))

    @strawberry.field
    def kind(self) -> DocumentKindType:
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


@strawberry.type
class ProjectDocumentFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Documents du projet, du plus récent au plus ancien ; null pour qui ne peut pas les voir "
        "(autre région, partenaire sans partage des documents). Ses étudiants n'y voient que les livrables de "
        "l'étude de marché."
    )
    async def documents(self, info: Info) -> list[DocumentType] | None:
        kinds = service.readable_kinds(info.context.principal, self.view)
        if not kinds:
            return None
        card = self.view.card
        info.context.confidential_reads.note(card.region, card.id, "documents")
        found = await info.context.loaders.get(DocumentsByProjectLoader, card.region).load(card.id)
        return [DocumentType(view=view) for view in found if view.kind in kinds]
