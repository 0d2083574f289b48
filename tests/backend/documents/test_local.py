"""Local-disk backend through its Starlette routes (httpx ASGI transport): the whole flow, versions,
and every way a link could be abused."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from filiere.app import create_app
from filiere.documents import tokens
from filiere.documents.backends import storage_for
from filiere.documents.errors import DocumentError, DocumentErrorCode
from filiere.documents.local import LocalStorage
from filiere.documents.routes import storage_routes
from filiere.documents.storage import DeclaredFile, check_declared_file, new_object_key
from tests.backend.documents import samples
from tests.backend.documents.conftest import make_settings

BASE = "http://filiere.test"


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def storage(tmp_path: Path, clock: Clock) -> LocalStorage:
    return LocalStorage(make_settings(tmp_path), clock=clock)


@pytest.fixture
async def client(storage: LocalStorage) -> AsyncIterator[httpx.AsyncClient]:
    app = Starlette(routes=storage_routes(storage))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as http:
        yield http


def declare(file_name: str, content: bytes, content_type: str = "") -> DeclaredFile:
    return check_declared_file(file_name=file_name, content_type=content_type, size=len(content), max_bytes=10**9)


async def upload(
    storage: LocalStorage, client: httpx.AsyncClient, tenant: str, key: str, *, declared: DeclaredFile, content: bytes
) -> httpx.Response:
    presigned = await storage.presign_upload(tenant=tenant, key=key, declared=declared)
    return await client.post(
        presigned.url, data=presigned.fields, files={"file": (declared.file_name, content, declared.content_type)}
    )


async def test_upload_confirm_and_download(storage: LocalStorage, client: httpx.AsyncClient, clock: Clock) -> None:
    content = samples.pdf("Plan de financement")
    declared = declare("Plan de financement (v1).pdf", content, "application/pdf")
    key = new_object_key()
    presigned = await storage.presign_upload(tenant="normandie", key=key, declared=declared)
    assert presigned.url.startswith("/files/upload/")  # same origin as the API: no CORS, CSP `connect-src 'self'`
    assert presigned.fields == {}
    assert presigned.max_bytes == len(content)
    assert presigned.expires_at.timestamp() == clock.now + 600

    sent = await client.post(presigned.url, files={"file": ("x.pdf", content, "application/pdf")})
    assert sent.status_code == 204, sent.text
    stored = await storage.confirm_upload(tenant="normandie", key=key, declared=declared)
    assert stored.version_id == sent.headers["x-version-id"]
    assert (stored.key, stored.size, stored.content_type) == (key, len(content), "application/pdf")
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert (storage.root / "normandie" / key / f"{stored.version_id}.bin").read_bytes() == content

    link = await storage.presign_download(
        tenant="normandie",
        key=key,
        version_id=stored.version_id,
        file_name=declared.file_name,
        content_type="application/pdf",
    )
    downloaded = await client.get(link.url)
    assert downloaded.status_code == 200
    assert downloaded.content == content
    assert downloaded.headers["content-type"] == "application/pdf"
    assert downloaded.headers["content-disposition"] == (
        "attachment; filename=\"Plan de financement (v1).pdf\"; filename*=UTF-8''Plan%20de%20financement%20%28v1%29.pdf"
    )
    assert downloaded.headers["cache-control"] == "private, no-store"
    assert "sandbox" in downloaded.headers["content-security-policy"]


async def test_each_upload_of_a_key_is_a_new_version(storage: LocalStorage, client: httpx.AsyncClient) -> None:
    key = new_object_key()
    first, second = samples.docx(), samples.docx(first=[("docProps/core.xml", b"<v2/>")])
    stored = []
    for content in (first, second):
        declared = declare("compte-rendu.docx", content)
        assert (await upload(storage, client, "normandie", key, declared=declared, content=content)).status_code == 204
        stored.append(await storage.confirm_upload(tenant="normandie", key=key, declared=declared))
    assert stored[0].version_id != stored[1].version_id
    versions = await storage.versions(tenant="normandie", key=key)
    assert [v.version_id for v in versions] == [stored[1].version_id, stored[0].version_id]
    for version, content in zip(stored, (first, second), strict=True):
        link = await storage.presign_download(
            tenant="normandie", key=key, version_id=version.version_id, file_name="cr.docx", content_type="x/y"
        )
        assert (await client.get(link.url)).content == content
    # Confirming an older version explicitly still works: nothing was overwritten.
    again = await storage.confirm_upload(
        tenant="normandie", key=key, declared=declare("cr.docx", first), version_id=stored[0].version_id
    )
    assert again.sha256 == hashlib.sha256(first).hexdigest()


async def test_expired_links_are_refused(storage: LocalStorage, client: httpx.AsyncClient, clock: Clock) -> None:
    content = samples.png()
    declared = declare("logo.png", content)
    key = new_object_key()
    presigned = await storage.presign_upload(tenant="normandie", key=key, declared=declared)
    clock.now += 601
    refused = await client.post(presigned.url, files={"file": ("logo.png", content, "image/png")})
    assert refused.status_code == 403
    assert refused.json() == {"code": "LINK_EXPIRED", "message": "Ce lien a expiré. Recommencez depuis l'application."}
    assert await storage.versions(tenant="normandie", key=key) == []

    assert (await upload(storage, client, "normandie", key, declared=declared, content=content)).status_code == 204
    stored = await storage.confirm_upload(tenant="normandie", key=key, declared=declared)
    link = await storage.presign_download(
        tenant="normandie", key=key, version_id=stored.version_id, file_name="logo.png", content_type="image/png"
    )
    clock.now += 301
    assert (await client.get(link.url)).status_code == 403


async def test_tampered_links_are_refused(storage: LocalStorage, client: httpx.AsyncClient) -> None:
    content = samples.pdf()
    declared = declare("a.pdf", content)
    presigned = await storage.presign_upload(tenant="normandie", key="k1", declared=declared)
    token = presigned.url.rsplit("/", 1)[1]
    payload, signature = token.split(".")
    bigger = tokens._b64encode(tokens._b64decode(payload).replace(b'"max_bytes":', b'"max_bytes":9')) + "." + signature
    for forged in (bigger, payload + "." + signature[:-2] + "AA", payload):
        response = await client.post(f"/files/upload/{forged}", files={"file": ("a.pdf", content, "application/pdf")})
        assert response.status_code == 403
        assert response.json()["code"] == "LINK_INVALID"
    # An upload link is not a download link, and the reverse.
    assert (await client.get(f"/files/download/{token}")).status_code == 403


async def test_a_region_link_never_reaches_another_region(
    storage: LocalStorage, client: httpx.AsyncClient, clock: Clock
) -> None:
    content = samples.pdf("confidentiel Normandie")
    declared = declare("a.pdf", content)
    assert (
        await upload(storage, client, "normandie", "shared-key", declared=declared, content=content)
    ).status_code == 204
    stored = await storage.confirm_upload(tenant="normandie", key="shared-key", declared=declared)

    # Same key in another region: nothing there, and nothing to confirm or download.
    assert await storage.versions(tenant="ile-de-france", key="shared-key") == []
    with pytest.raises(DocumentError) as missing:
        await storage.confirm_upload(tenant="ile-de-france", key="shared-key", declared=declared)
    assert missing.value.code == DocumentErrorCode.NOT_UPLOADED
    idf_link = await storage.presign_download(
        tenant="ile-de-france", key="shared-key", version_id=stored.version_id, file_name="a.pdf", content_type="x/y"
    )
    assert (await client.get(idf_link.url)).status_code == 404

    # Rewriting the region inside a Normandie link breaks its signature (the key is derived per region).
    link = await storage.presign_download(
        tenant="normandie", key="shared-key", version_id=stored.version_id, file_name="a.pdf", content_type="x/y"
    )
    payload, signature = link.url.rsplit("/", 1)[1].split(".")
    moved = tokens._b64decode(payload).replace(b'"tenant":"normandie"', b'"tenant":"ile-de-france"')
    assert (await client.get(f"/files/download/{tokens._b64encode(moved)}.{signature}")).status_code == 403

    # Even a genuinely signed link (a bug upstream) cannot climb out of its region's directory.
    secret = storage.settings.secret_key.get_secret_value().encode()
    for tenant, key in (
        ("normandie", "../ile-de-france/shared-key"),
        ("bretagne", "shared-key"),
        ("normandie", "/etc/passwd"),
    ):
        escaped = tokens.sign(
            tokens.LinkClaims(
                op="upload",
                tenant=tenant,
                key=key,
                expires=int(clock.now) + 60,
                content_type="application/pdf",
                max_bytes=99,
            ),
            secret=secret,
        )
        response = await client.post(f"/files/upload/{escaped}", files={"file": ("a.pdf", content, "application/pdf")})
        assert response.status_code == 403
    with pytest.raises(ValueError, match="invalid object key"):
        await storage.presign_upload(tenant="normandie", key="../ile-de-france/shared-key", declared=declared)
    with pytest.raises(ValueError, match="unknown tenant"):
        await storage.presign_upload(tenant="bretagne", key="k", declared=declared)
    assert sorted(p.name for p in storage.root.iterdir()) == ["normandie"]


async def test_oversize_uploads_are_cut_while_streaming(storage: LocalStorage, client: httpx.AsyncClient) -> None:
    declared = declare("gros.pdf", b"x" * 1000)
    presigned = await storage.presign_upload(tenant="normandie", key="big", declared=declared)
    boundary = "filiere-boundary"
    sent_chunks = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal sent_chunks
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="gros.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
        ).encode()
        for _ in range(1000):  # 64 MB if it were all read
            sent_chunks += 1
            yield b"x" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    # No Content-Length: the limit must hold while streaming.
    response = await client.post(
        presigned.url, content=body(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "TOO_LARGE"
    assert sent_chunks < 5
    assert list((storage.root / "normandie" / "big").iterdir()) == []  # no version, no partial file

    # An announced length far over the limit is refused before reading anything.
    huge = await client.post(
        presigned.url,
        content=b"",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(10**8)},
    )
    assert huge.status_code == 413

    # One byte over the declared size, with an honest Content-Length.
    over = await client.post(presigned.url, files={"file": ("gros.pdf", b"%PDF-" + b"x" * 996, "application/pdf")})
    assert over.status_code == 413
    exact = await client.post(presigned.url, files={"file": ("gros.pdf", b"%PDF-" + b"x" * 995, "application/pdf")})
    assert exact.status_code == 204


async def test_malformed_uploads_leave_nothing(storage: LocalStorage, client: httpx.AsyncClient) -> None:
    declared = declare("a.pdf", b"%PDF-1.4")
    presigned = await storage.presign_upload(tenant="normandie", key="k", declared=declared)
    empty = await client.post(presigned.url, files={"file": ("a.pdf", b"", "application/pdf")})
    assert (empty.status_code, empty.json()["code"]) == (400, "EMPTY")
    no_file = await client.post(presigned.url, files={"other": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert (no_file.status_code, no_file.json()["code"]) == (400, "NOT_UPLOADED")
    not_a_form = await client.post(presigned.url, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
    assert not_a_form.status_code == 400
    two_files = await client.post(
        presigned.url, files=[("file", ("a.pdf", b"%PDF", "application/pdf")), ("file", ("b.pdf", b"%PDF", "x/y"))]
    )
    assert two_files.status_code == 400
    assert list((storage.root / "normandie" / "k").iterdir()) == []
    with pytest.raises(DocumentError) as missing:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert missing.value.code == DocumentErrorCode.NOT_UPLOADED


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        pytest.param("rapport.pdf", samples.HTML, id="html-as-pdf"),
        pytest.param("rapport.pdf", samples.EXECUTABLE, id="exe-as-pdf"),
        pytest.param("budget.docx", samples.plain_zip(), id="zip-as-docx"),
        pytest.param("budget.xlsx", samples.docx(), id="word-as-excel"),
        pytest.param("photo.png", samples.jpeg(), id="jpeg-as-png"),
    ],
)
async def test_disguised_files_are_refused_and_deleted_at_confirmation(
    storage: LocalStorage, client: httpx.AsyncClient, file_name: str, content: bytes
) -> None:
    declared = declare(file_name, content)
    assert (await upload(storage, client, "normandie", "k", declared=declared, content=content)).status_code == 204
    with pytest.raises(DocumentError) as refused:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert refused.value.code == DocumentErrorCode.CONTENT_MISMATCH
    assert refused.value.field == "file"
    assert await storage.versions(tenant="normandie", key="k") == []


async def test_confirmation_checks_the_size_against_the_declaration(
    storage: LocalStorage, client: httpx.AsyncClient
) -> None:
    # A version larger than this declaration (uploaded with an earlier, larger link) is refused.
    big = samples.pdf("x" * 500)
    sent = await upload(storage, client, "normandie", "k", declared=declare("a.pdf", big), content=big)
    assert sent.status_code == 204
    with pytest.raises(DocumentError) as refused:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declare("a.pdf", b"%PDF-1.4"))
    assert refused.value.code == DocumentErrorCode.TOO_LARGE
    assert await storage.versions(tenant="normandie", key="k") == []


async def test_routes_are_mounted_only_for_the_local_backend(tmp_path: Path) -> None:
    local = create_app(make_settings(tmp_path))
    s3 = create_app(make_settings(tmp_path, documents_backend="s3"))
    paths = {getattr(route, "path", "") for route in local.routes}
    assert {"/files/upload/{token}", "/files/download/{token}"} <= paths
    assert not any(getattr(route, "path", "").startswith("/files") for route in s3.routes)
    assert isinstance(storage_for(make_settings(tmp_path)), LocalStorage)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=local), base_url=BASE) as http:
        response = await http.post("/files/upload/forged.token", files={"file": ("a.pdf", b"%PDF", "application/pdf")})
    assert response.status_code == 403
    assert response.headers["x-content-type-options"] == "nosniff"
