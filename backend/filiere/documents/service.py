"""Documents of a project: ask for an upload link, confirm what arrived, list and download.

Uploading is two mutations around the browser's own POST to the store: `request_upload` checks the
declared file and the caller's right, records a *pending* version and answers a presigned form;
`confirm_upload` lets the store check what arrived (size, real type, SHA-256) and makes the version
*available*. A pending version is never listed nor served; one whose upload never comes stays pending,
invisible (the store's lifecycle rules may purge its object).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.documents.backends import storage_for
from filiere.documents.models import Document, DocumentKind, DocumentVersion, VersionState
from filiere.documents.storage import DeclaredFile, PresignedDownload, PresignedUpload, Storage, check_declared_file
from filiere.documents.storage import new_object_key as new_storage_key
from filiere.errors import ForbiddenError, NotFoundError
from filiere.programmes.service import get_project
from filiere.programmes.views import ProjectView
from filiere.settings import Settings
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

# What a conflict names, in the words of the page that edits it.
_DOCUMENT_FIELD_LABELS = {
    "version": "nouvelle version",
    "fileName": "fichier",
}

_STORES: dict[int, Storage] = {}


def shared_storage(settings: Settings) -> Storage:
    """One store per process and configuration: the S3 backend keeps its clients."""
    key = id(settings)
    if key not in _STORES:
        _STORES[key] = storage_for(settings)
    return _STORES[key]


@dataclass(frozen=True, kw_only=True)
class VersionView:
    id: int
    number: int
    file_name: str
    content_type: str
    size: int
    sha256: str
    storage_version_id: str
    uploaded_at: datetime
    uploaded_by: str

    @classmethod
    def of(cls, row: DocumentVersion) -> VersionView:
        assert row.state is VersionState.AVAILABLE and row.uploaded_at and row.sha256 and row.size is not None
        return cls(
            id=row.id,
            number=row.number,
            file_name=row.file_name,
            content_type=row.content_type,
            size=row.size,
            sha256=row.sha256,
            storage_version_id=row.storage_version_id or "",
            uploaded_at=row.uploaded_at,
            uploaded_by=row.uploaded_by_name,
        )


@dataclass(frozen=True, kw_only=True)
class DocumentView:
    region: str
    id: int
    project_id: int
    kind: DocumentKind
    title: str
    storage_key: str
    version: int
    versions: tuple[VersionView, ...]  # available ones, newest first

    @property
    def current(self) -> VersionView:
        return self.versions[0]


@dataclass(frozen=True)
class UploadTicket:
    document: Document
    version: DocumentVersion
    upload: PresignedUpload


# The market study's deliverables: part of the study, read by whoever reads the study (its students).
STUDY_KINDS = frozenset({DocumentKind.QUESTIONNAIRE, DocumentKind.SYNTHESIS, DocumentKind.PERSONA, DocumentKind.REPORT})


def readable_kinds(principal: Principal | None, project: ProjectView) -> frozenset[DocumentKind]:
    """The kinds of the project's documents the caller reads: every kind for its region, CCI France, a
    partner it shared its documents with, its coach; the study's deliverables for the study's readers; the
    company's signed consents to sharing for the readers of its grants only."""
    card = project.card

    def may(action: Action) -> bool:
        return is_allowed(principal, action, region=card.region, grant=project.grant, attached=project.attached)

    kinds = frozenset(DocumentKind) - {DocumentKind.CONSENT} if may(Action.VIEW_PROJECT_DOCUMENTS) else frozenset()
    if may(Action.VIEW_MARKET_STUDY):
        kinds |= STUDY_KINDS
    # Whom a project is shared with is its sharers' business: its consents go with its grants.
    return kinds | {DocumentKind.CONSENT} if may(Action.VIEW_PROJECT_GRANTS) else kinds


def may_read_documents(principal: Principal | None, project: ProjectView) -> bool:
    return bool(readable_kinds(principal, project))


def _check_may_upload(principal: Principal, project: ProjectView, kind: DocumentKind) -> None:
    """One adds documents of the kinds one reads (a student: the study's deliverables only)."""
    card = project.card
    if not is_allowed(principal, Action.UPLOAD_PROJECT_DOCUMENT, region=card.region, attached=project.attached):
        raise ForbiddenError(
            "Seuls les conseillers de la région du projet, son coach et ses étudiants y déposent des documents."
        )
    if kind is DocumentKind.CONSENT and not is_allowed(principal, Action.SHARE_PROJECT, region=card.region):
        raise ForbiddenError("Seuls ceux qui partagent le projet y joignent l'accord de l'entreprise.", field="kind")
    if kind not in readable_kinds(principal, project):
        raise ForbiddenError("Vous ne pouvez déposer que les livrables de l'étude de marché.", field="kind")


async def request_upload(
    uow: UnitOfWork,
    principal: Principal | None,
    settings: Settings,
    *,
    region: str,
    project_id: int,
    file_name: str,
    content_type: str,
    size: int,
    kind: DocumentKind,
    document_id: int | None,
    expected_version: int | None,
    request_id: str,
) -> UploadTicket:
    """A presigned form for a new document of the project, or for a new version of one of its documents."""
    editor = require_principal(principal)
    project = await get_project(uow, editor, region, project_id)  # not readable: not found
    _check_may_upload(editor, project, kind)
    declared = check_declared_file(
        file_name=file_name, content_type=content_type, size=size, max_bytes=settings.documents_max_bytes
    )
    session = uow.region(region)
    if document_id is None:
        document = Document(project_id=project_id, kind=kind, title=declared.file_name, storage_key=new_storage_key())
        session.add(document)
        await session.flush()
        number = 1
    else:
        found = await session.get(Document, document_id)
        if found is None or found.project_id != project_id or found.kind not in readable_kinds(editor, project):
            raise NotFoundError(field="documentId")
        if expected_version is not None and found.version != expected_version:
            raise await stale_version_error(
                session, entity_type="Document", entity_id=found.id, field_labels=_DOCUMENT_FIELD_LABELS
            )
        document = found
        number = (
            await session.scalar(
                select(func.coalesce(func.max(DocumentVersion.number), 0)).where(
                    DocumentVersion.document_id == document.id
                )
            )
            or 0
        ) + 1
    version = DocumentVersion(
        document_id=document.id,
        number=number,
        state=VersionState.PENDING,
        file_name=declared.file_name,
        content_type=declared.content_type,
        declared_size=declared.size,
        requested_at=datetime.now(UTC),
        uploaded_by_subject=editor.subject,
        uploaded_by_name=editor.display_name,
    )
    session.add(version)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="document.upload_requested",
        entity_type="Document",
        entity_id=document.id,
        before=None,
        after={"version": number, "fileName": declared.file_name, "size": declared.size},
    )
    upload = await shared_storage(settings).presign_upload(tenant=region, key=document.storage_key, declared=declared)
    return UploadTicket(document=document, version=version, upload=upload)


async def confirm_upload(
    uow: UnitOfWork,
    principal: Principal | None,
    settings: Settings,
    *,
    region: str,
    version_id: int,
    request_id: str,
) -> DocumentView:
    """Check what arrived in the store and make the version available; a refused file is deleted."""
    editor = require_principal(principal)
    session = uow.region(region)
    version = await session.get(DocumentVersion, version_id)
    document = await session.get(Document, version.document_id) if version else None
    if version is None or document is None:
        raise NotFoundError(field="uploadId")
    _check_may_upload(editor, await get_project(uow, editor, region, document.project_id), document.kind)
    if version.state is VersionState.AVAILABLE:
        return (await documents_of(session, region, [document.project_id]))[document.project_id][0]
    declared = DeclaredFile(file_name=version.file_name, content_type=version.content_type, size=version.declared_size)
    stored = await shared_storage(settings).confirm_upload(tenant=region, key=document.storage_key, declared=declared)
    version.state, version.size, version.sha256 = VersionState.AVAILABLE, stored.size, stored.sha256
    version.storage_version_id, version.uploaded_at = stored.version_id, datetime.now(UTC)
    document.title = version.file_name
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="document.version_added",
        entity_type="Document",
        entity_id=document.id,
        before=None,
        after={"version": version.number, "fileName": version.file_name, "size": stored.size, "sha256": stored.sha256},
    )
    views = await documents_of(session, region, [document.project_id])
    return next(view for view in views[document.project_id] if view.id == document.id)


async def documents_of(
    session: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[DocumentView]]:
    """Batch read for loaders: each project's documents with an available version, newest first."""
    documents = list(
        await session.scalars(select(Document).where(Document.project_id.in_(project_ids)).order_by(Document.id.desc()))
    )
    versions = await session.scalars(
        select(DocumentVersion)
        .where(
            DocumentVersion.document_id.in_([d.id for d in documents]),
            DocumentVersion.state == VersionState.AVAILABLE,
        )
        .order_by(DocumentVersion.number.desc())
    )
    by_document: dict[int, list[VersionView]] = {}
    for row in versions:
        by_document.setdefault(row.document_id, []).append(VersionView.of(row))
    found: dict[int, list[DocumentView]] = {project_id: [] for project_id in project_ids}
    for document in documents:
        if document.id in by_document:
            found[document.project_id].append(
                DocumentView(
                    region=region,
                    id=document.id,
                    project_id=document.project_id,
                    kind=document.kind,
                    title=document.title,
                    storage_key=document.storage_key,
                    version=document.version,
                    versions=tuple(by_document[document.id]),
                )
            )
    return found


async def download_link(settings: Settings, document: DocumentView, version: VersionView) -> PresignedDownload:
    return await shared_storage(settings).presign_download(
        tenant=document.region,
        key=document.storage_key,
        version_id=version.storage_version_id,
        file_name=version.file_name,
        content_type=version.content_type,
    )
