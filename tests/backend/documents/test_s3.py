"""S3 backend against a real S3-compatible server (moto's standalone server): presigned POST upload,
confirmation, versioning, refusals, and region isolation — by bucket, by prefix and by credentials.

moto does not enforce POST policies (size range, fixed Content-Type) nor presigned signatures and
expiry: these tests show that confirmation refuses what a lax store lets through; the link logic we
own is tested on the local backend.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
import pytest
from botocore.exceptions import ClientError

from filiere.documents.backends import storage_for
from filiere.documents.errors import DocumentError, DocumentErrorCode
from filiere.documents.s3 import S3Storage
from filiere.documents.storage import DeclaredFile, new_object_key
from filiere.settings import S3Credentials
from tests.backend.documents import samples
from tests.backend.documents.conftest import ADMIN_KEY, s3_settings
from tests.backend.documents.storage_helpers import declare, raw_client


@pytest.fixture
async def storage(tmp_path: Path, s3_endpoint: str) -> S3Storage:
    store = storage_for(s3_settings(tmp_path, s3_endpoint))
    assert isinstance(store, S3Storage)
    await store.prepare()
    return store


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10) as client:
        yield client


async def post(
    storage: S3Storage, http: httpx.AsyncClient, tenant: str, key: str, *, declared: DeclaredFile, content: bytes
) -> httpx.Response:
    presigned = await storage.presign_upload(tenant=tenant, key=key, declared=declared)
    return await http.post(
        presigned.url, data=presigned.fields, files={"file": (declared.file_name, content, declared.content_type)}
    )


async def test_buckets_are_per_region_and_versioned(storage: S3Storage, s3_endpoint: str) -> None:
    admin = raw_client(s3_endpoint, *ADMIN_KEY)
    prefix = storage.settings.s3_bucket_prefix
    names = {bucket["Name"] for bucket in admin.list_buckets()["Buckets"] if bucket["Name"].startswith(prefix)}
    assert names == {
        f"{prefix}-{slug}" for slug in ("normandie", "ile-de-france", "hauts-de-france", "bourgogne-franche-comte")
    }
    for name in names:
        assert admin.get_bucket_versioning(Bucket=name)["Status"] == "Enabled"
    assert admin.get_bucket_cors(Bucket=f"{prefix}-normandie")["CORSRules"][0]["AllowedOrigins"] == [
        "http://127.0.0.1:8000"
    ]
    await storage.prepare()  # idempotent


async def test_presigned_upload_confirm_and_download(storage: S3Storage, http: httpx.AsyncClient) -> None:
    content = samples.xlsx()
    declared = declare("Plan de financement – Décathlon.xlsx", content)
    key = new_object_key()
    presigned = await storage.presign_upload(tenant="normandie", key=key, declared=declared)
    assert presigned.url.endswith(f"/{storage.settings.s3_bucket_prefix}-normandie")  # path-style, MinIO-ready
    assert presigned.fields["key"] == key
    assert presigned.fields["Content-Type"] == declared.content_type
    assert presigned.fields["x-amz-algorithm"] == "AWS4-HMAC-SHA256"
    policy = json.loads(base64.b64decode(presigned.fields["policy"]))
    assert ["content-length-range", 1, len(content)] in policy["conditions"]
    assert {"Content-Type": declared.content_type} in policy["conditions"]

    sent = await http.post(
        presigned.url, data=presigned.fields, files={"file": ("a.xlsx", content, declared.content_type)}
    )
    assert sent.status_code == 204, sent.text
    stored = await storage.confirm_upload(tenant="normandie", key=key, declared=declared)
    assert (stored.key, stored.size, stored.content_type) == (key, len(content), declared.content_type)
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert stored.version_id not in ("", "null")

    link = await storage.presign_download(
        tenant="normandie",
        key=key,
        version_id=stored.version_id,
        file_name=declared.file_name,
        content_type=declared.content_type,
    )
    assert "X-Amz-Expires=300" in link.url
    downloaded = await http.get(link.url)
    assert downloaded.status_code == 200
    assert downloaded.content == content
    assert downloaded.headers["content-type"] == declared.content_type
    assert downloaded.headers["content-disposition"].startswith("attachment; ")
    assert (
        "filename*=UTF-8''Plan%20de%20financement%20%E2%80%93%20D%C3%A9cathlon.xlsx"
        in (downloaded.headers["content-disposition"])
    )


async def test_large_office_files_are_checked_from_disk(storage: S3Storage, http: httpx.AsyncClient) -> None:
    # Over a megabyte, the object is spooled to a temporary file before its archive is opened.
    content = samples.docx(first=[("word/media/image1.png", os.urandom(3 * 1024 * 1024))])
    declared = declare("dossier.docx", content)
    assert (await post(storage, http, "normandie", "big", declared=declared, content=content)).status_code == 204
    stored = await storage.confirm_upload(tenant="normandie", key="big", declared=declared)
    assert stored.sha256 == hashlib.sha256(content).hexdigest()


async def test_a_second_upload_keeps_both_versions(storage: S3Storage, http: httpx.AsyncClient) -> None:
    key = new_object_key()
    contents = [samples.pdf("version 1"), samples.pdf("version 2, plus longue")]
    stored = []
    for content in contents:
        declared = declare("étude.pdf", content)
        assert (await post(storage, http, "normandie", key, declared=declared, content=content)).status_code == 204
        stored.append(await storage.confirm_upload(tenant="normandie", key=key, declared=declared))
    assert stored[0].version_id != stored[1].version_id
    versions = await storage.versions(tenant="normandie", key=key)
    assert [(v.version_id, v.size) for v in versions] == [
        (stored[1].version_id, len(contents[1])),
        (stored[0].version_id, len(contents[0])),
    ]
    for version, content in zip(stored, contents, strict=True):
        link = await storage.presign_download(
            tenant="normandie",
            key=key,
            version_id=version.version_id,
            file_name="étude.pdf",
            content_type="application/pdf",
        )
        assert (await http.get(link.url)).content == content
    await storage.delete(tenant="normandie", key=key, version_id=stored[0].version_id)
    assert [v.version_id for v in await storage.versions(tenant="normandie", key=key)] == [stored[1].version_id]


async def test_an_oversize_upload_is_refused(storage: S3Storage, http: httpx.AsyncClient) -> None:
    declared = declare("annexe.pdf", b"", size=100)
    oversize = samples.pdf("x" * 500)
    response = await post(storage, http, "normandie", "annexe", declared=declared, content=oversize)
    if response.status_code == 204:
        # moto ignores `content-length-range` (MinIO and AWS answer 400 EntityTooLarge): confirmation refuses it.
        with pytest.raises(DocumentError) as refused:
            await storage.confirm_upload(tenant="normandie", key="annexe", declared=declared)
        assert refused.value.code == DocumentErrorCode.TOO_LARGE
    else:
        assert response.status_code == 400
    assert await storage.versions(tenant="normandie", key="annexe") == []


async def test_the_configured_limit_holds_whatever_was_declared(
    tmp_path: Path, s3_endpoint: str, http: httpx.AsyncClient
) -> None:
    storage = S3Storage(s3_settings(tmp_path, s3_endpoint, documents_max_bytes=50))
    await storage.prepare()
    content = samples.pdf("x" * 100)
    declared = declare("a.pdf", content)  # a caller that skipped check_declared_file's limit
    presigned = await storage.presign_upload(tenant="normandie", key="k", declared=declared)
    assert presigned.max_bytes == 50
    await http.post(presigned.url, data=presigned.fields, files={"file": ("a.pdf", content, "application/pdf")})
    with pytest.raises(DocumentError) as refused:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert refused.value.code == DocumentErrorCode.TOO_LARGE


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        pytest.param("rapport.pdf", samples.HTML, id="html-as-pdf"),
        pytest.param("budget.docx", samples.plain_zip(), id="zip-as-docx"),
        pytest.param("budget.doc", samples.msi(), id="installer-as-doc"),
    ],
)
async def test_disguised_files_are_refused_and_deleted(
    storage: S3Storage, http: httpx.AsyncClient, file_name: str, content: bytes
) -> None:
    declared = declare(file_name, content)
    assert (await post(storage, http, "normandie", "k", declared=declared, content=content)).status_code == 204
    with pytest.raises(DocumentError) as refused:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert refused.value.code == DocumentErrorCode.CONTENT_MISMATCH
    assert await storage.versions(tenant="normandie", key="k") == []


async def test_a_tampered_content_type_field_is_refused(storage: S3Storage, http: httpx.AsyncClient) -> None:
    content = samples.pdf()
    declared = declare("a.pdf", content)
    presigned = await storage.presign_upload(tenant="normandie", key="k", declared=declared)
    fields = {**presigned.fields, "Content-Type": "text/html"}  # the policy forbids it; moto does not check
    await http.post(presigned.url, data=fields, files={"file": ("a.pdf", content, "text/html")})
    with pytest.raises(DocumentError) as refused:
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert refused.value.code == DocumentErrorCode.CONTENT_MISMATCH
    assert await storage.versions(tenant="normandie", key="k") == []


async def test_nothing_uploaded(storage: S3Storage) -> None:
    declared = declare("a.pdf", b"%PDF-1.4")
    for version_id in (None, "no-such-version"):
        with pytest.raises(DocumentError) as missing:
            await storage.confirm_upload(tenant="normandie", key="never", declared=declared, version_id=version_id)
        assert missing.value.code == DocumentErrorCode.NOT_UPLOADED


async def test_one_region_never_reaches_another_regions_bucket(storage: S3Storage, http: httpx.AsyncClient) -> None:
    content = samples.pdf("Normandie seulement")
    declared = declare("a.pdf", content)
    assert (await post(storage, http, "normandie", "shared", declared=declared, content=content)).status_code == 204
    stored = await storage.confirm_upload(tenant="normandie", key="shared", declared=declared)
    with pytest.raises(DocumentError) as missing:
        await storage.confirm_upload(tenant="ile-de-france", key="shared", declared=declared)
    assert missing.value.code == DocumentErrorCode.NOT_UPLOADED
    assert await storage.versions(tenant="ile-de-france", key="shared") == []
    link = await storage.presign_download(
        tenant="ile-de-france", key="shared", version_id=stored.version_id, file_name="a.pdf", content_type="x/y"
    )
    assert "-ile-de-france/shared" in link.url
    assert (await http.get(link.url)).status_code in (403, 404)
    with pytest.raises(ValueError, match="unknown tenant"):
        await storage.presign_upload(tenant="bretagne", key="shared", declared=declared)
    with pytest.raises(ValueError, match="invalid object key"):
        await storage.presign_upload(tenant="normandie", key="../shared", declared=declared)


async def test_prefix_layout_keeps_regions_apart_in_one_bucket(
    tmp_path: Path, s3_endpoint: str, http: httpx.AsyncClient
) -> None:
    storage = S3Storage(s3_settings(tmp_path, s3_endpoint, s3_layout="prefix"))
    assert await storage.prepare() is None
    content = samples.odt()
    declared = declare("compte-rendu.odt", content)
    presigned = await storage.presign_upload(tenant="hauts-de-france", key="k", declared=declared)
    assert presigned.fields["key"] == "hauts-de-france/k"
    await http.post(presigned.url, data=presigned.fields, files={"file": ("a.odt", content, declared.content_type)})
    stored = await storage.confirm_upload(tenant="hauts-de-france", key="k", declared=declared)
    assert stored.key == "k"
    with pytest.raises(DocumentError):
        await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert await storage.versions(tenant="normandie", key="k") == []


async def test_region_credentials_cannot_read_another_regions_bucket(tmp_path: Path, s3_endpoint: str) -> None:
    """With IAM enforced (moto checks header signatures and policies), each region's key pair reaches
    its own bucket only: the isolation does not rest on our code alone."""
    settings = s3_settings(tmp_path, s3_endpoint)
    prefix = settings.s3_bucket_prefix
    iam = raw_client(s3_endpoint, *ADMIN_KEY, service="iam")
    credentials: dict[str, S3Credentials] = {}
    for slug in ("normandie", "ile-de-france"):
        user = f"{prefix}-{slug}"
        iam.create_user(UserName=user)
        resources = [f"arn:aws:s3:::{prefix}-{slug}", f"arn:aws:s3:::{prefix}-{slug}/*"]
        statement = {"Effect": "Allow", "Action": "s3:*", "Resource": resources}
        iam.put_user_policy(
            UserName=user,
            PolicyName="own-bucket",
            PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [statement]}),
        )
        key = iam.create_access_key(UserName=user)["AccessKey"]
        credentials[slug] = S3Credentials(access_key_id=key["AccessKeyId"], secret_access_key=key["SecretAccessKey"])
    storage = S3Storage(settings.model_copy(update={"s3_credentials": credentials}))
    await storage.prepare()  # with the default (admin) key pair
    admin = raw_client(s3_endpoint, *ADMIN_KEY)
    content = samples.pdf("Normandie")
    for slug in ("normandie", "ile-de-france"):
        admin.put_object(Bucket=f"{prefix}-{slug}", Key="k", Body=content, ContentType="application/pdf")

    async with httpx.AsyncClient() as http:
        assert (await http.post(f"{s3_endpoint}/moto-api/reset-auth", content=b"0")).status_code == 200
    try:
        stored = await storage.confirm_upload(tenant="normandie", key="k", declared=declare("a.pdf", content))
        assert stored.sha256 == hashlib.sha256(content).hexdigest()
        normandie = credentials["normandie"]
        normandie_client = raw_client(
            s3_endpoint, normandie.access_key_id, normandie.secret_access_key.get_secret_value()
        )
        with pytest.raises(ClientError) as denied:
            normandie_client.get_object(Bucket=f"{prefix}-ile-de-france", Key="k")
        assert denied.value.response["Error"]["Code"] == "AccessDenied"
        with pytest.raises(ClientError):
            normandie_client.head_object(Bucket=f"{prefix}-ile-de-france", Key="k")
        # The storage object uses the region's own key pair, never the admin one.
        assert storage.client("normandie") is not storage.client("ile-de-france")
        assert storage.client("hauts-de-france") is storage.client(None)
    finally:
        async with httpx.AsyncClient() as http:
            await http.post(f"{s3_endpoint}/moto-api/reset-auth", content=b"inf")


# --- the browser-facing endpoint ----------------------------------------------------------------------


def sigv4_query_signature(url: str, *, host: str, secret_key: str) -> str:
    """The SigV4 signature of a presigned GET as a server reached at `host` computes it (moto does not check
    presigned signatures: this is the check AWS and MinIO make, written out independently of botocore)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    values = dict(query)
    canonical_query = "&".join(
        f"{quote(name, safe='-_.~')}={quote(value, safe='-_.~')}"
        for name, value in sorted(query)
        if name != "X-Amz-Signature"
    )
    assert values["X-Amz-SignedHeaders"] == "host"
    canonical_request = "\n".join(["GET", parts.path, canonical_query, f"host:{host}\n", "host", "UNSIGNED-PAYLOAD"])
    scope = values["X-Amz-Credential"].split("/", 1)[1]
    day, region, service, _ = scope.split("/")
    string_to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", values["X-Amz-Date"], scope, hashlib.sha256(canonical_request.encode()).hexdigest()]
    )
    key = f"AWS4{secret_key}".encode()
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()


def record_hosts(client: Any) -> list[str]:
    """Every host `client` sends a request to, from now on."""
    hosts: list[str] = []

    def before_send(request: Any, **_: Any) -> None:
        hosts.append(urlsplit(request.url).netloc)

    client.meta.events.register("before-send.s3", before_send)
    return hosts


async def test_presigned_urls_name_the_public_endpoint_and_server_calls_the_internal_one(
    tmp_path: Path, s3_endpoint: str, http: httpx.AsyncClient
) -> None:
    """The compose case: the backend reaches the store as `minio:9000`, the browser as `localhost:9000`.
    Here both names reach moto: 127.0.0.1 for the backend, localhost for the "browser"."""
    internal = urlsplit(s3_endpoint).netloc
    public_endpoint = s3_endpoint.replace("127.0.0.1", "localhost")
    public = urlsplit(public_endpoint).netloc
    storage = S3Storage(s3_settings(tmp_path, s3_endpoint, s3_layout="prefix", s3_public_endpoint_url=public_endpoint))
    assert storage.presigner("normandie") is not storage.client("normandie")
    assert storage.client("normandie").meta.endpoint_url == s3_endpoint
    assert storage.presigner("normandie").meta.endpoint_url == public_endpoint
    server_hosts = record_hosts(storage.client(None))
    presigner_hosts = record_hosts(storage.presigner(None))

    await storage.prepare()
    content = samples.pdf("par l'adresse publique")
    declared = declare("a.pdf", content)
    presigned = await storage.presign_upload(tenant="normandie", key="k", declared=declared)
    assert urlsplit(presigned.url).netloc == public
    sent = await http.post(presigned.url, data=presigned.fields, files={"file": ("a.pdf", content, "application/pdf")})
    assert sent.status_code == 204, sent.text
    stored = await storage.confirm_upload(tenant="normandie", key="k", declared=declared)
    assert [v.version_id for v in await storage.versions(tenant="normandie", key="k")] == [stored.version_id]
    link = await storage.presign_download(
        tenant="normandie", key="k", version_id=stored.version_id, file_name="a.pdf", content_type="application/pdf"
    )
    assert urlsplit(link.url).netloc == public
    assert (await http.get(link.url)).content == content

    # Signed for the host the browser sends; the same URL rewritten to the internal host would not verify.
    signature = dict(parse_qsl(urlsplit(link.url).query))["X-Amz-Signature"]
    assert sigv4_query_signature(link.url, host=public, secret_key=ADMIN_KEY[1]) == signature
    assert sigv4_query_signature(link.url, host=internal, secret_key=ADMIN_KEY[1]) != signature
    # Every server-side call went to the internal endpoint; the presigning client sent nothing.
    assert server_hosts and set(server_hosts) == {internal}
    assert presigner_hosts == []


async def test_a_public_endpoint_the_backend_cannot_reach_is_never_called(
    tmp_path: Path, s3_endpoint: str, http: httpx.AsyncClient
) -> None:
    """`files.invalid` resolves nowhere: set-up, confirmation and listings work, so none of them uses it.
    The browser's requests are sent to the internal endpoint instead, as a reverse proxy would."""
    storage = S3Storage(s3_settings(tmp_path, s3_endpoint, s3_public_endpoint_url="https://files.invalid:9443"))
    await storage.prepare()
    content = samples.png()
    declared = declare("plan.png", content)
    presigned = await storage.presign_upload(tenant="ile-de-france", key="k", declared=declared)
    url = urlsplit(presigned.url)
    assert (url.scheme, url.netloc) == ("https", "files.invalid:9443")
    # A POST policy signs the form, not the host: the same fields are valid wherever the form is sent.
    proxied = s3_endpoint + url.path
    sent = await http.post(proxied, data=presigned.fields, files={"file": ("plan.png", content, "image/png")})
    assert sent.status_code == 204, sent.text
    stored = await storage.confirm_upload(tenant="ile-de-france", key="k", declared=declared)
    link = await storage.presign_download(
        tenant="ile-de-france", key="k", version_id=stored.version_id, file_name="plan.png", content_type="image/png"
    )
    signature = dict(parse_qsl(urlsplit(link.url).query))["X-Amz-Signature"]
    assert sigv4_query_signature(link.url, host="files.invalid:9443", secret_key=ADMIN_KEY[1]) == signature
    assert (await http.get(s3_endpoint + urlsplit(link.url).path + "?" + urlsplit(link.url).query)).content == content
    await storage.delete(tenant="ile-de-france", key="k", version_id=stored.version_id)


async def test_without_a_public_endpoint_the_browser_uses_the_endpoint(storage: S3Storage) -> None:
    assert storage.presigner("normandie") is storage.client("normandie")
    declared = declare("a.pdf", samples.pdf())
    presigned = await storage.presign_upload(tenant="normandie", key="k", declared=declared)
    assert presigned.url.startswith(f"{storage.settings.s3_endpoint_url}/")
