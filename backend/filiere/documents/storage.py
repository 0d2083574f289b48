"""The document store: one interface, two backends (local disk, S3), every call scoped to one region.

The flow the GraphQL layer builds on:

1. ``check_declared_file(file_name=…, content_type=…, size=…, max_bytes=…)`` validates what the browser
   declares and returns a `DeclaredFile` (canonical content type from the allow-list);
   ``new_object_key()`` names a new document (a new version of a document reuses its key).
2. ``await storage.presign_upload(tenant=…, key=…, declared=…)`` → `PresignedUpload`: the browser POSTs a
   multipart form (``fields`` first, then the file as ``file``) straight to ``url`` before ``expires_at``.
3. ``await storage.confirm_upload(tenant=…, key=…, declared=…)`` checks what arrived — size, the real
   type from the bytes, SHA-256 — and returns a `StoredObject` to record; a refused upload is deleted
   and raises `DocumentError`.
4. ``await storage.presign_download(tenant=…, key=…, version_id=…, file_name=…, content_type=…)`` →
   `PresignedDownload`, served as an attachment.

The tenant is always an argument and never read from a key: a region's objects live in its own bucket
(or prefix, or directory), reached with its own credentials (S3) or a link signed for it (local).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO
from urllib.parse import quote

from filiere.documents.content import (
    BY_CONTENT_TYPE,
    BY_EXTENSION,
    UNKNOWN_CONTENT_TYPES,
    AllowedType,
    FileKind,
    ascii_fallback,
    extension_of,
    identify,
    normalise_content_type,
)
from filiere.documents.errors import DocumentError, DocumentErrorCode, human_size
from filiere.settings import Settings

FILE_NAME_MAX_LENGTH = 200
# Keys are opaque names chosen by the server: segments of letters, digits, `_` and `-` (no dots, so
# no `..`, no extension games), joined by `/`, never absolute.
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,100}(/[A-Za-z0-9_-]{1,100}){0,7}$")
# Objects are read in chunks of this size to hash them and spooled to a temporary file beyond it.
CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class DeclaredFile:
    """What the browser announced, validated: a clean display name, the canonical type, the size."""

    file_name: str
    content_type: str
    size: int

    def __post_init__(self) -> None:
        # Rebuilt from a database row, it must still name an allowed type in its canonical form.
        if self.content_type not in BY_CONTENT_TYPE:
            raise ValueError(f"not an allowed content type: {self.content_type!r}")

    @property
    def kind(self) -> FileKind:
        return BY_CONTENT_TYPE[self.content_type].kind


@dataclass(frozen=True, kw_only=True)
class PresignedUpload:
    """POST a multipart form to `url`: every entry of `fields` first, then the file as `file`."""

    url: str
    fields: dict[str, str]
    expires_at: datetime
    max_bytes: int


@dataclass(frozen=True, kw_only=True)
class PresignedDownload:
    url: str
    expires_at: datetime


@dataclass(frozen=True, kw_only=True)
class StoredObject:
    """A confirmed upload: what the lead records as a `DocumentVersion`."""

    key: str
    version_id: str
    size: int
    sha256: str
    content_type: str


@dataclass(frozen=True, kw_only=True)
class ObjectVersion:
    key: str
    version_id: str
    size: int
    last_modified: datetime


class Storage(ABC):
    """Backends implement the I/O; the checks shared by both live here."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._tenants = frozenset(tenant.slug for tenant in settings.tenants)

    @abstractmethod
    async def prepare(self) -> None:
        """Create what the store needs (directories, versioned buckets): CLI and tests, never per request."""

    @abstractmethod
    async def presign_upload(self, *, tenant: str, key: str, declared: DeclaredFile) -> PresignedUpload: ...

    @abstractmethod
    async def confirm_upload(
        self, *, tenant: str, key: str, declared: DeclaredFile, version_id: str | None = None
    ) -> StoredObject:
        """Check the latest version of `key` (or `version_id`); refuse and delete it if it is not right."""

    @abstractmethod
    async def presign_download(
        self, *, tenant: str, key: str, version_id: str, file_name: str, content_type: str
    ) -> PresignedDownload: ...

    @abstractmethod
    async def versions(self, *, tenant: str, key: str) -> list[ObjectVersion]:
        """Every stored version of `key`, newest first (confirmed or not: the caller's records say)."""

    @abstractmethod
    async def delete(self, *, tenant: str, key: str, version_id: str) -> None:
        """Remove one version for good (other versions stay)."""

    # --- shared checks ----------------------------------------------------------------------------

    def check_scope(self, tenant: str, key: str) -> None:
        """Programming errors, not user errors: the caller always passes a configured region and our keys."""
        if tenant not in self._tenants:
            raise ValueError(f"unknown tenant {tenant!r}")
        check_key(key)

    def check_received(self, declared: DeclaredFile, size: int) -> DocumentErrorCode | None:
        """Size of what arrived against the declaration and the configured limit (S3 may not enforce it)."""
        if size == 0:
            return DocumentErrorCode.EMPTY
        if size > min(declared.size, self.settings.documents_max_bytes):
            return DocumentErrorCode.TOO_LARGE
        return None

    def inspect(self, declared: DeclaredFile, chunks: Iterable[bytes]) -> tuple[str, int, FileKind | None]:
        """SHA-256, size and real kind of a stream, spooled to disk beyond a megabyte (blocking: run in a thread).

        Stops at the first chunk past the limit: a stream longer than announced is refused too, unread.
        """
        limit = min(declared.size, self.settings.documents_max_bytes)
        digest = hashlib.sha256()
        size = 0
        with tempfile.SpooledTemporaryFile(max_size=CHUNK_BYTES) as spool:
            for chunk in chunks:
                size += len(chunk)
                if size > limit:
                    return "", size, None
                digest.update(chunk)
                spool.write(chunk)
            kind = identify(spool)  # type: ignore[arg-type] # SpooledTemporaryFile is a binary file
        return digest.hexdigest(), size, kind

    def refusal(self, declared: DeclaredFile, size: int, kind: FileKind | None) -> DocumentError | None:
        code = self.check_received(declared, size)
        if code is DocumentErrorCode.TOO_LARGE:
            limit = min(declared.size, self.settings.documents_max_bytes)
            return DocumentError(
                code,
                f"Le fichier reçu ({human_size(size)}) dépasse la taille annoncée ou autorisée ({human_size(limit)}).",
            )
        if code is not None:
            return DocumentError(code)
        if kind is not declared.kind:
            return DocumentError(DocumentErrorCode.CONTENT_MISMATCH)
        return None


def check_key(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"invalid object key {key!r}")
    return key


def new_object_key() -> str:
    """An unguessable, opaque key for a new document; its later versions reuse it."""
    return uuid.uuid4().hex


def clean_file_name(file_name: str) -> str:
    """The display name: last path component (browsers may send `C:\\fakepath\\…`), NFC, no control characters."""
    name = unicodedata.normalize("NFC", file_name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip().strip(".").strip()
    if not name or len(name) > FILE_NAME_MAX_LENGTH:
        raise DocumentError(DocumentErrorCode.INVALID_NAME, field="fileName")
    return name


def check_declared_file(*, file_name: str, content_type: str, size: int, max_bytes: int) -> DeclaredFile:
    """Validate the browser's announcement; the extension picks the type, the declared type must agree."""
    name = clean_file_name(file_name)
    allowed: AllowedType | None = BY_EXTENSION.get(extension_of(name))
    if allowed is None:
        raise DocumentError(DocumentErrorCode.TYPE_NOT_ALLOWED, field="fileName")
    declared_type = normalise_content_type(content_type)
    if declared_type not in UNKNOWN_CONTENT_TYPES and declared_type not in (allowed.content_type, *allowed.aliases):
        if declared_type in BY_CONTENT_TYPE:
            raise DocumentError(
                DocumentErrorCode.CONTENT_MISMATCH,
                "Le type du fichier ne correspond pas à son extension.",
                field="contentType",
            )
        raise DocumentError(DocumentErrorCode.TYPE_NOT_ALLOWED, field="contentType")
    if size <= 0:
        raise DocumentError(DocumentErrorCode.EMPTY, field="size")
    if size > max_bytes:
        raise DocumentError(
            DocumentErrorCode.TOO_LARGE,
            f"Le fichier dépasse la taille maximale autorisée ({human_size(max_bytes)}).",
            field="size",
        )
    return DeclaredFile(file_name=name, content_type=allowed.content_type, size=size)


def content_disposition(file_name: str) -> str:
    """`attachment` with an ASCII `filename` for old clients and the exact name in `filename*` (RFC 6266)."""
    return f"attachment; filename=\"{ascii_fallback(file_name)}\"; filename*=UTF-8''{quote(file_name, safe='')}"


def read_chunks(file: BinaryIO) -> Iterator[bytes]:
    while chunk := file.read(CHUNK_BYTES):
        yield chunk
