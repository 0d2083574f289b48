"""S3 backend through boto3: AWS, MinIO (docker-compose) or any S3-compatible store.

One versioned bucket per region by default (`<prefix>-<slug>`), or one bucket with a `<slug>/` prefix
per region. A region may have its own key pair (`FILIERE_S3_CREDENTIALS__<SLUG>__…`) whose policy
reaches only its bucket or prefix: then even a bug in our code could not read another region's files
with its links. Buckets are created by `prepare()` (CLI, tests), never at request time.

The backend and the browser may reach the store at different addresses (docker-compose: `minio:9000`
inside the network, `localhost:9000` on the host). SigV4 signs the host, so presigned URLs come from a
second client configured with `s3_public_endpoint_url` (`presigner()`); every server-side call goes
through `client()` and `s3_endpoint_url`.

boto3 is synchronous: every call runs in a worker thread (`asyncio.to_thread`). Its clients are
thread-safe once built; they are built lazily, once per key pair and endpoint, under a lock.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    HTTPClientError,
    NoCredentialsError,
)
from botocore.exceptions import ConnectionError as BotoConnectionError

from filiere.documents.content import normalise_content_type
from filiere.documents.errors import DocumentError, DocumentErrorCode
from filiere.documents.storage import (
    CHUNK_BYTES,
    DeclaredFile,
    ObjectVersion,
    PresignedDownload,
    PresignedUpload,
    Storage,
    StoredObject,
    content_disposition,
)
from filiere.settings import Settings

_MISSING = {"404", "NoSuchKey", "NoSuchVersion", "InvalidArgument", "400"}
_UNSUPPORTED = {"NotImplemented", "XNotImplemented", "MethodNotAllowed"}
_ABSENT_BUCKET = {"404", "NoSuchBucket"}
_DENIED = {
    "403",
    "AccessDenied",
    "AllAccessDisabled",
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "InvalidToken",
    "ExpiredToken",
    "AccountProblem",
}


def _error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


class StoreSetupError(Exception):
    """`prepare()` could not set the store up; the message tells the operator what to check (French)."""


@dataclass(frozen=True, kw_only=True)
class PreparedBucket:
    """What `prepare()` found or did on one bucket."""

    name: str
    created: bool
    versioning_enabled_now: bool  # False: it was on already
    # "set": our rule is in place; "unsupported": the store has no per-bucket CORS (MinIO releases such as
    # compose's: MINIO_API_CORS_ALLOW_ORIGIN applies); "denied": the key pair may not set it (managed elsewhere?).
    cors: Literal["set", "unsupported", "denied"]


def bucket_name(settings: Settings, tenant: str) -> str:
    prefix = settings.s3_bucket_prefix
    return prefix if settings.s3_layout == "prefix" else f"{prefix}-{tenant}"


def _new_client(settings: Settings, endpoint_url: str | None, access_key: str | None, secret_key: str | None) -> Any:
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=settings.s3_region,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(
            # SigV4 always: with us-east-1 boto3 would otherwise presign with SigV2.
            signature_version="s3v4",
            s3={"addressing_style": settings.s3_addressing_style},
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 3, "mode": "standard"},
        ),
    )


def presigned_url_origins(settings: Settings) -> list[str]:
    """The origins of the presigned URLs the browser opens, for the CSP's `connect-src`.

    Read from URLs presigned exactly as `presigner()` does (same endpoint, region and addressing style)
    with a throwaway key pair: no request is sent. Path-style addressing gives the endpoint's origin;
    virtual-host addressing one origin per bucket (`<bucket>.<host>`), named rather than a wildcard.
    """
    endpoint = settings.s3_public_endpoint_url or settings.s3_endpoint_url
    client = _new_client(settings, endpoint, "csp-origins-only", "csp-origins-only")
    buckets = sorted({bucket_name(settings, tenant.slug) for tenant in settings.tenants})
    origins: dict[str, None] = {}
    for bucket in buckets:
        url = urlsplit(str(client.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "k"})))
        origins[f"{url.scheme}://{url.netloc}"] = None
    return list(origins)


class S3Storage(Storage):
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(settings)
        self._clock = clock
        self._clients: dict[tuple[str, str | None], Any] = {}
        self._lock = threading.Lock()

    # --- naming and clients -----------------------------------------------------------------------

    def bucket(self, tenant: str) -> str:
        return bucket_name(self.settings, tenant)

    def object_key(self, tenant: str, key: str) -> str:
        self.check_scope(tenant, key)
        return f"{tenant}/{key}" if self.settings.s3_layout == "prefix" else key

    def client(self, tenant: str | None) -> Any:
        """The boto3 client of a region's key pair (its own if configured); None = the default pair.

        Server-side calls: it reaches the store at `s3_endpoint_url`.
        """
        return self._client(tenant, self.settings.s3_endpoint_url)

    def presigner(self, tenant: str | None) -> Any:
        """The client that signs the browser's URLs: the same key pair, the browser-facing endpoint.

        SigV4 signs the host, so a URL signed for `http://minio:9000` cannot be rewritten to
        `http://localhost:9000`: it must be signed for the public endpoint. Without one, `client(tenant)`.
        """
        if self.settings.s3_public_endpoint_url is None:
            return self.client(tenant)
        return self._client(tenant, self.settings.s3_public_endpoint_url)

    def _client(self, tenant: str | None, endpoint_url: str | None) -> Any:
        credentials = self.settings.s3_credentials.get(tenant) if tenant else None
        name = tenant if credentials is not None and tenant else ""
        with self._lock:
            if (name, endpoint_url) not in self._clients:
                if credentials is not None:
                    access_key: str | None = credentials.access_key_id
                    secret_key: str | None = credentials.secret_access_key.get_secret_value()
                else:
                    access_key = self.settings.s3_access_key_id
                    secret = self.settings.s3_secret_access_key
                    secret_key = secret.get_secret_value() if secret else None
                self._clients[(name, endpoint_url)] = _new_client(self.settings, endpoint_url, access_key, secret_key)
            return self._clients[(name, endpoint_url)]

    def _expiry(self, seconds: int) -> datetime:
        return datetime.fromtimestamp(int(self._clock()) + seconds, tz=UTC)

    # --- Storage ----------------------------------------------------------------------------------

    async def prepare(self) -> None:
        await self.prepare_buckets()

    async def prepare_buckets(self) -> list[PreparedBucket]:
        """`prepare()`, reporting what it found and did on each bucket (the CLI prints it)."""
        return await asyncio.to_thread(self.ensure_buckets)

    def ensure_buckets(self) -> list[PreparedBucket]:
        """Create the missing buckets, turn versioning on, set CORS for the SPA (blocking; idempotent).

        Looks before it writes, so that a key pair limited to existing buckets (docker-compose's app
        account: the bucket is made by infra/minio/init.sh) passes when all is in place already.
        Raises `StoreSetupError` with what to check when the store is unreachable or refuses.
        """
        client = self.client(None)
        prepared = []
        for bucket in sorted({self.bucket(tenant) for tenant in self._tenants}):
            try:
                created, versioning_enabled_now = self._ensure_bucket(client, bucket)
                cors = self._put_cors(client, bucket)
            except (BotoCoreError, ClientError) as error:
                raise StoreSetupError(self._explain(error, bucket)) from error
            prepared.append(
                PreparedBucket(name=bucket, created=created, versioning_enabled_now=versioning_enabled_now, cors=cors)
            )
        return prepared

    def _ensure_bucket(self, client: Any, bucket: str) -> tuple[bool, bool]:
        """(created, versioning turned on now). Reading the versioning status also tells whether the
        bucket exists, with a right the application needs anyway (no HeadBucket, no ListAllMyBuckets)."""
        try:
            status = client.get_bucket_versioning(Bucket=bucket).get("Status")
        except ClientError as error:
            if _error_code(error) not in _ABSENT_BUCKET:
                raise
            arguments: dict[str, Any] = {"Bucket": bucket}
            if self.settings.s3_region != "us-east-1":
                arguments["CreateBucketConfiguration"] = {"LocationConstraint": self.settings.s3_region}
            try:
                client.create_bucket(**arguments)
            except ClientError as race:
                if _error_code(race) != "BucketAlreadyOwnedByYou":
                    raise
            created, status = True, None
        else:
            created = False
        if status == "Enabled":
            return created, False
        client.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
        return created, True

    def _put_cors(self, client: Any, bucket: str) -> Literal["set", "unsupported", "denied"]:
        # The browser posts straight to the store from the SPA's origin. Many MinIO releases have no
        # per-bucket CORS (MINIO_API_CORS_ALLOW_ORIGIN applies instead): "not implemented" is no error.
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.settings.public_url))
        rules = [
            {
                "AllowedOrigins": [origin],
                "AllowedMethods": ["POST", "GET", "HEAD"],
                "AllowedHeaders": ["*"],
                "ExposeHeaders": ["ETag", "x-amz-version-id"],
                "MaxAgeSeconds": 3600,
            }
        ]
        try:
            client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": rules})
        except ClientError as error:
            code = _error_code(error)
            if code in _UNSUPPORTED:
                return "unsupported"
            if code in _DENIED:
                # CORS may be managed outside the application (Terraform, the store's console): the CLI
                # says so and goes on; the rest of the set-up does not depend on it.
                return "denied"
            raise
        return "set"

    def _explain(self, error: BotoCoreError | ClientError, bucket: str) -> str:
        endpoint = self.settings.s3_endpoint_url or f"AWS, région {self.settings.s3_region}"
        keys = "FILIERE_S3_ACCESS_KEY_ID / FILIERE_S3_SECRET_ACCESS_KEY"
        if isinstance(error, NoCredentialsError):
            return f"Aucune clé d'accès S3 : définissez {keys} (ou donnez un rôle à la machine)."
        if isinstance(error, BotoConnectionError | HTTPClientError):
            return (
                f"Stockage S3 injoignable ({endpoint}) : {error}. "
                "Vérifiez FILIERE_S3_ENDPOINT_URL et que le service répond."
            )
        if isinstance(error, BotoCoreError):
            return f"Erreur du client S3 ({endpoint}) : {error}"
        code = _error_code(error)
        message = error.response.get("Error", {}).get("Message") or ""
        operation = error.operation_name
        if code in _DENIED:
            return (
                f"Accès refusé par le stockage S3 ({endpoint}) : {operation} sur le seau « {bucket} » "
                f"({code}{' : ' + message if message else ''}). Vérifiez {keys} et les droits de ce compte "
                "sur le seau (création, versionnage)."
            )
        return f"Le stockage S3 ({endpoint}) refuse {operation} sur le seau « {bucket} » : {code} {message}".rstrip()

    async def presign_upload(self, *, tenant: str, key: str, declared: DeclaredFile) -> PresignedUpload:
        object_key = self.object_key(tenant, key)
        max_bytes = min(declared.size, self.settings.documents_max_bytes)
        expiry = self.settings.documents_upload_expiry_seconds
        content_type = declared.content_type

        def presign() -> dict[str, Any]:
            return cast(
                dict[str, Any],
                self.presigner(tenant).generate_presigned_post(
                    Bucket=self.bucket(tenant),
                    Key=object_key,
                    Fields={"Content-Type": content_type},
                    Conditions=[{"Content-Type": content_type}, ["content-length-range", 1, max_bytes]],
                    ExpiresIn=expiry,
                ),
            )

        post = await asyncio.to_thread(presign)
        return PresignedUpload(
            url=str(post["url"]),
            fields={str(name): str(value) for name, value in post["fields"].items()},
            expires_at=self._expiry(expiry),
            max_bytes=max_bytes,
        )

    async def confirm_upload(
        self, *, tenant: str, key: str, declared: DeclaredFile, version_id: str | None = None
    ) -> StoredObject:
        bucket, object_key = self.bucket(tenant), self.object_key(tenant, key)

        def check() -> StoredObject:
            client = self.client(tenant)
            address: dict[str, Any] = {"Bucket": bucket, "Key": object_key}
            if version_id is not None:
                address["VersionId"] = version_id
            try:
                head = client.head_object(**address)
            except ClientError as error:
                if _error_code(error) in _MISSING:
                    raise DocumentError(DocumentErrorCode.NOT_UPLOADED) from error
                raise
            stored_version = head.get("VersionId")
            if stored_version:
                address["VersionId"] = stored_version
            size = int(head["ContentLength"])
            sha256, kind = "", None
            # The policy fixes Content-Type and the size range; a store that does not enforce policies
            # (moto) or a tampered form still ends here, refused.
            same_type = normalise_content_type(str(head.get("ContentType", ""))) == declared.content_type
            if self.check_received(declared, size) is None and same_type:
                body = client.get_object(**address)["Body"]
                try:
                    sha256, size, kind = self.inspect(declared, body.iter_chunks(CHUNK_BYTES))
                finally:
                    body.close()
            refusal = self.refusal(declared, size, kind)
            if refusal is not None:
                client.delete_object(**address)
                raise refusal
            return StoredObject(
                key=key,
                version_id=str(stored_version or "null"),
                size=size,
                sha256=sha256,
                content_type=declared.content_type,
            )

        return await asyncio.to_thread(check)

    async def presign_download(
        self, *, tenant: str, key: str, version_id: str, file_name: str, content_type: str
    ) -> PresignedDownload:
        bucket, object_key = self.bucket(tenant), self.object_key(tenant, key)
        expiry = self.settings.documents_download_expiry_seconds
        params: dict[str, Any] = {
            "Bucket": bucket,
            "Key": object_key,
            "ResponseContentDisposition": content_disposition(file_name),
            "ResponseContentType": content_type,
            "ResponseCacheControl": "private, no-store",
        }
        if version_id != "null":
            params["VersionId"] = version_id

        def presign() -> str:
            return str(self.presigner(tenant).generate_presigned_url("get_object", Params=params, ExpiresIn=expiry))

        return PresignedDownload(url=await asyncio.to_thread(presign), expires_at=self._expiry(expiry))

    async def versions(self, *, tenant: str, key: str) -> list[ObjectVersion]:
        bucket, object_key = self.bucket(tenant), self.object_key(tenant, key)

        def listing() -> list[ObjectVersion]:
            paginator = self.client(tenant).get_paginator("list_object_versions")
            # S3 lists the versions of a key newest first.
            return [
                ObjectVersion(
                    key=key,
                    version_id=str(version.get("VersionId") or "null"),
                    size=int(version["Size"]),
                    last_modified=version["LastModified"],
                )
                for page in paginator.paginate(Bucket=bucket, Prefix=object_key)
                for version in page.get("Versions", [])
                if version["Key"] == object_key
            ]

        return await asyncio.to_thread(listing)

    async def delete(self, *, tenant: str, key: str, version_id: str) -> None:
        bucket, object_key = self.bucket(tenant), self.object_key(tenant, key)
        address: dict[str, Any] = {"Bucket": bucket, "Key": object_key}
        if version_id != "null":
            address["VersionId"] = version_id
        await asyncio.to_thread(lambda: self.client(tenant).delete_object(**address))
