"""Local-disk backend (embedded default): `<var>/documents/<region>/<key>/<version>.bin`.

Every upload of a key is a new version file (ids sort by time); nothing is overwritten. "Presigned"
URLs are links to `/files/upload/<token>` and `/files/download/<token>` (`routes.py`) carrying a token
signed for one region (`tokens.py`). Single-host by nature: replicas need the S3 backend.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from filiere.documents import tokens
from filiere.documents.errors import DocumentError, DocumentErrorCode
from filiere.documents.storage import (
    DeclaredFile,
    ObjectVersion,
    PresignedDownload,
    PresignedUpload,
    Storage,
    StoredObject,
    read_chunks,
)
from filiere.settings import Settings

_VERSION = re.compile(r"^\d{20}-[0-9a-f]{8}$")
VERSION_SUFFIX = ".bin"
PARTIAL_SUFFIX = ".part"  # an upload being written; never listed as a version


class LocalStorage(Storage):
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(settings)
        self.root = settings.var_dir / "documents"
        self._secret = settings.secret_key.get_secret_value().encode()
        self._clock = clock  # tests move time to expire links

    # --- paths ------------------------------------------------------------------------------------

    def key_dir(self, tenant: str, key: str) -> Path:
        self.check_scope(tenant, key)
        tenant_root = (self.root / tenant).resolve()
        path = (tenant_root / key).resolve()
        if not path.is_relative_to(tenant_root):  # belt and braces: keys are validated already
            raise ValueError(f"key {key!r} escapes its region")
        return path

    def version_path(self, tenant: str, key: str, version_id: str) -> Path:
        if not _VERSION.match(version_id):
            raise DocumentError(DocumentErrorCode.NOT_UPLOADED)
        return self.key_dir(tenant, key) / f"{version_id}{VERSION_SUFFIX}"

    @staticmethod
    def new_version_id() -> str:
        return f"{time.time_ns():020d}-{secrets.token_hex(4)}"

    def _version_ids(self, tenant: str, key: str) -> list[str]:
        """Newest first."""
        directory = self.key_dir(tenant, key)
        if not directory.is_dir():
            return []
        names = (entry.name.removesuffix(VERSION_SUFFIX) for entry in directory.iterdir() if entry.is_file())
        return sorted((name for name in names if _VERSION.match(name)), reverse=True)

    # --- links ------------------------------------------------------------------------------------

    def _expiry(self, seconds: int) -> tuple[int, datetime]:
        expires = int(self._clock()) + seconds
        return expires, datetime.fromtimestamp(expires, tz=UTC)

    @staticmethod
    def _url(op: str, token: str) -> str:
        # Relative: the SPA posts to the origin that serves the API (no CORS, CSP `connect-src 'self'`).
        return f"/files/{op}/{token}"

    def verify(self, token: str, op: tokens.Operation) -> tokens.LinkClaims:
        claims = tokens.verify(token, secret=self._secret, op=op, now=self._clock())
        try:
            self.check_scope(claims.tenant, claims.key)
        except ValueError as error:
            raise DocumentError(DocumentErrorCode.LINK_INVALID, field=None) from error
        return claims

    # --- Storage ----------------------------------------------------------------------------------

    async def prepare(self) -> None:
        for tenant in sorted(self._tenants):
            await asyncio.to_thread((self.root / tenant).mkdir, parents=True, exist_ok=True)

    async def presign_upload(self, *, tenant: str, key: str, declared: DeclaredFile) -> PresignedUpload:
        self.check_scope(tenant, key)
        max_bytes = min(declared.size, self.settings.documents_max_bytes)
        expires, expires_at = self._expiry(self.settings.documents_upload_expiry_seconds)
        claims = tokens.LinkClaims(
            op="upload",
            tenant=tenant,
            key=key,
            expires=expires,
            content_type=declared.content_type,
            max_bytes=max_bytes,
        )
        token = tokens.sign(claims, secret=self._secret)
        return PresignedUpload(url=self._url("upload", token), fields={}, expires_at=expires_at, max_bytes=max_bytes)

    async def confirm_upload(
        self, *, tenant: str, key: str, declared: DeclaredFile, version_id: str | None = None
    ) -> StoredObject:
        if version_id is None:
            versions = await asyncio.to_thread(self._version_ids, tenant, key)
            if not versions:
                raise DocumentError(DocumentErrorCode.NOT_UPLOADED)
            version_id = versions[0]
        path = self.version_path(tenant, key, version_id)

        def check() -> StoredObject:
            try:
                size = path.stat().st_size
            except FileNotFoundError as error:
                raise DocumentError(DocumentErrorCode.NOT_UPLOADED) from error
            sha256, kind = "", None
            if self.check_received(declared, size) is None:
                with path.open("rb") as file:
                    sha256, size, kind = self.inspect(declared, read_chunks(file))
            refusal = self.refusal(declared, size, kind)
            if refusal is not None:
                path.unlink(missing_ok=True)
                raise refusal
            return StoredObject(
                key=key, version_id=version_id, size=size, sha256=sha256, content_type=declared.content_type
            )

        return await asyncio.to_thread(check)

    async def presign_download(
        self, *, tenant: str, key: str, version_id: str, file_name: str, content_type: str
    ) -> PresignedDownload:
        self.version_path(tenant, key, version_id)  # validates the scope and the version id
        expires, expires_at = self._expiry(self.settings.documents_download_expiry_seconds)
        claims = tokens.LinkClaims(
            op="download",
            tenant=tenant,
            key=key,
            expires=expires,
            content_type=content_type,
            version_id=version_id,
            file_name=file_name,
        )
        return PresignedDownload(
            url=self._url("download", tokens.sign(claims, secret=self._secret)), expires_at=expires_at
        )

    async def versions(self, *, tenant: str, key: str) -> list[ObjectVersion]:
        def listing() -> list[ObjectVersion]:
            result = []
            for version_id in self._version_ids(tenant, key):
                stat = self.version_path(tenant, key, version_id).stat()
                modified = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
                result.append(ObjectVersion(key=key, version_id=version_id, size=stat.st_size, last_modified=modified))
            return result

        return await asyncio.to_thread(listing)

    async def delete(self, *, tenant: str, key: str, version_id: str) -> None:
        path = self.version_path(tenant, key, version_id)
        await asyncio.to_thread(path.unlink, missing_ok=True)

    # --- used by the upload route -----------------------------------------------------------------

    def partial_path(self, tenant: str, key: str) -> Path:
        """Where an upload is written before it becomes a version (blocking: creates the directory)."""
        directory = self.key_dir(tenant, key)
        directory.mkdir(parents=True, exist_ok=True)
        return directory / f".{secrets.token_hex(8)}{PARTIAL_SUFFIX}"

    def commit_partial(self, tenant: str, key: str, partial: Path) -> str:
        version_id = self.new_version_id()
        os.replace(partial, self.version_path(tenant, key, version_id))
        return version_id
