"""`/files/upload/<token>` and `/files/download/<token>`: the local backend's presigned URLs.

Mounted only when `FILIERE_DOCUMENTS_BACKEND=local`. No bearer token (the browser posts the form
straight, like to S3): the signed token is the credential, and it names the region, the key, the size
limit and the expiry. The upload is a multipart form like S3's presigned POST (fields, then `file`);
it is streamed to a partial file and refused with 413 as soon as it passes the limit, before the rest
is read. The path never reaches the logs (the access log names the route, not the path).
"""

from __future__ import annotations

import asyncio
from io import BufferedWriter
from pathlib import Path

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from filiere.documents.errors import MESSAGES, DocumentError, DocumentErrorCode
from filiere.documents.local import LocalStorage
from filiere.documents.storage import content_disposition
from filiere.documents.tokens import LinkClaims
from filiere.settings import Settings

NO_STORE = {"Cache-Control": "no-store"}
# Room for the multipart envelope and small fields around the file in the Content-Length pre-check.
FORM_OVERHEAD_BYTES = 64 * 1024
FILE_FIELD = "file"


def error_response(code: DocumentErrorCode, status: int, message: str | None = None) -> Response:
    return JSONResponse(
        {"code": code.value, "message": message or MESSAGES[code]}, status_code=status, headers=NO_STORE
    )


def _token_error(error: DocumentError) -> Response:
    status = 403 if error.document_code in (DocumentErrorCode.LINK_EXPIRED, DocumentErrorCode.LINK_INVALID) else 400
    return error_response(error.document_code, status, error.message)


class UploadRefusedError(Exception):
    def __init__(self, code: DocumentErrorCode, status: int, message: str | None = None) -> None:
        super().__init__(code)
        self.response = error_response(code, status, message)


def _too_large() -> UploadRefusedError:
    return UploadRefusedError(DocumentErrorCode.TOO_LARGE, 413)


class _UploadForm:
    """Callbacks of python-multipart's streaming parser: the `file` part goes to `pending`, the rest is dropped."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.pending: list[bytes] = []
        self.received = 0
        self.files = 0
        self.other_bytes = 0
        self._header_field = b""
        self._header_value = b""
        self._disposition = b""
        self._in_file = False

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field_data,
            "on_header_value": self._header_value_data,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
        }

    def _part_begin(self) -> None:
        self._disposition = b""
        self._in_file = False

    def _header_field_data(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        if self._header_field.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_field = self._header_value = b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        self._in_file = options.get(b"name") == FILE_FIELD.encode()
        if self._in_file:
            self.files += 1

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._in_file:
            if self.files > 1:
                raise UploadRefusedError(DocumentErrorCode.NOT_UPLOADED, 400, "Un seul fichier par envoi.")
            self.received += end - start
            if self.received > self.max_bytes:
                raise _too_large()
            self.pending.append(data[start:end])
        else:
            self.other_bytes += end - start
            if self.other_bytes > FORM_OVERHEAD_BYTES:
                raise _too_large()

    def take(self) -> bytes:
        data = b"".join(self.pending)
        self.pending.clear()
        return data


def document_routes(settings: Settings) -> list[BaseRoute]:
    """The routes of the local backend; none when documents live in S3."""
    if settings.documents_backend != "local":
        return []
    storage = LocalStorage(settings)
    return storage_routes(storage)


def storage_routes(storage: LocalStorage) -> list[BaseRoute]:
    async def upload(request: Request) -> Response:
        try:
            claims = storage.verify(request.path_params["token"], "upload")
            boundary = _check_envelope(request, claims.max_bytes)
            version_id = await _receive(storage, claims, request, boundary)
        except DocumentError as error:
            return _token_error(error)
        except UploadRefusedError as refused:
            return refused.response
        except ClientDisconnect:
            return Response(status_code=400)
        # Like S3's POST: 204 and the version id (the API still confirms before recording anything).
        return Response(status_code=204, headers={**NO_STORE, "X-Version-Id": version_id})

    async def download(request: Request) -> Response:
        try:
            claims = storage.verify(request.path_params["token"], "download")
            path = storage.version_path(claims.tenant, claims.key, claims.version_id)
        except DocumentError as error:
            return _token_error(error)
        if not await asyncio.to_thread(path.is_file):
            return Response(status_code=404, headers=NO_STORE)
        return FileResponse(
            path,
            media_type=claims.content_type,
            headers={
                "Content-Disposition": content_disposition(claims.file_name),
                "Cache-Control": "private, no-store",
                # Served as an attachment; if a browser renders it anyway, it runs nothing.
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )

    return [
        Route("/files/upload/{token}", upload, methods=["POST"]),
        Route("/files/download/{token}", download, methods=["GET"]),
    ]


def _check_envelope(request: Request, max_bytes: int) -> bytes:
    """The multipart boundary; an announced body far over the limit is refused before reading a byte."""
    media_type, options = parse_options_header(request.headers.get("content-type"))
    boundary = options.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise UploadRefusedError(
            DocumentErrorCode.NOT_UPLOADED, 400, "Envoyez le fichier dans un formulaire multipart."
        )
    declared_length = request.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > max_bytes + FORM_OVERHEAD_BYTES:
        raise _too_large()
    return boundary


async def _receive(storage: LocalStorage, claims: LinkClaims, request: Request, boundary: bytes) -> str:
    """Stream the `file` part to a partial file, counting; it becomes a new version only when complete."""
    form = _UploadForm(claims.max_bytes)
    parser = MultipartParser(boundary, form.callbacks())  # type: ignore[arg-type] # TypedDict of callbacks
    partial, file = await asyncio.to_thread(_open_partial, storage, claims.tenant, claims.key)
    try:
        try:
            async for chunk in request.stream():
                parser.write(chunk)
                if form.pending:
                    await asyncio.to_thread(file.write, form.take())
            parser.finalize()
        except ValueError as error:  # python-multipart's parse errors
            raise UploadRefusedError(DocumentErrorCode.NOT_UPLOADED, 400, "Formulaire d'envoi illisible.") from error
        finally:
            await asyncio.to_thread(file.close)
        if form.files != 1:
            raise UploadRefusedError(DocumentErrorCode.NOT_UPLOADED, 400, "Le formulaire ne contient pas de fichier.")
        if form.received == 0:
            raise UploadRefusedError(DocumentErrorCode.EMPTY, 400)
        return await asyncio.to_thread(storage.commit_partial, claims.tenant, claims.key, partial)
    finally:
        # Whatever was not committed (refused, cut short, failed) leaves nothing behind.
        await asyncio.to_thread(partial.unlink, missing_ok=True)


def _open_partial(storage: LocalStorage, tenant: str, key: str) -> tuple[Path, BufferedWriter]:
    path = storage.partial_path(tenant, key)
    return path, path.open("xb")
