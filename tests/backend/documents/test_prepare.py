"""`prepare()` and `filiere documents prepare`: create what is missing, leave what is in place, and say
clearly why it cannot when the store is unreachable or refuses — against moto's S3 (with its IAM
enforced where the key pair's rights matter) and the local disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from botocore.exceptions import ClientError
from pydantic import SecretStr

from filiere.documents.errors import DocumentError
from filiere.documents.s3 import S3Storage, StoreSetupError
from filiere.settings import REPOSITORY_ROOT, Settings
from tests.backend.documents import samples
from tests.backend.documents.conftest import ADMIN_KEY, free_port, s3_settings
from tests.backend.documents.storage_helpers import declare, raw_client

REGIONS = ("normandie", "ile-de-france", "hauts-de-france", "bourgogne-franche-comte")
# The policy of docker-compose's application account (infra/minio/init.sh attaches it).
COMPOSE_POLICY = REPOSITORY_ROOT / "infra" / "minio" / "documents-policy.json"


def admin(endpoint: str, service: str = "s3") -> Any:
    return raw_client(endpoint, *ADMIN_KEY, service=service)


def account_limited_by(endpoint: str, name: str, policy: dict[str, Any]) -> tuple[str, str]:
    iam = admin(endpoint, "iam")
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="documents", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


def with_keys(settings: Settings, access_key_id: str, secret_access_key: str) -> Settings:
    return settings.model_copy(
        update={"s3_access_key_id": access_key_id, "s3_secret_access_key": SecretStr(secret_access_key)}
    )


def compose_policy_for(bucket: str) -> dict[str, Any]:
    policy: dict[str, Any] = json.loads(COMPOSE_POLICY.read_text(encoding="utf-8").replace("filiere-documents", bucket))
    return policy


@contextmanager
def iam_enforced(endpoint: str) -> Iterator[None]:
    """moto checks signatures and IAM policies while this lasts (for every test: keep it short)."""
    httpx.post(f"{endpoint}/moto-api/reset-auth", content=b"0").raise_for_status()
    try:
        yield
    finally:
        httpx.post(f"{endpoint}/moto-api/reset-auth", content=b"inf").raise_for_status()


# --- S3Storage.prepare_buckets --------------------------------------------------------------------


async def test_prepare_creates_then_leaves_what_is_in_place(tmp_path: Path, s3_endpoint: str) -> None:
    storage = S3Storage(s3_settings(tmp_path, s3_endpoint))
    prefix = storage.settings.s3_bucket_prefix
    first = await storage.prepare_buckets()
    assert [b.name for b in first] == sorted(f"{prefix}-{slug}" for slug in REGIONS)
    assert all(b.created and b.versioning_enabled_now and b.cors == "set" for b in first)
    again = await storage.prepare_buckets()
    assert all(not b.created and not b.versioning_enabled_now and b.cors == "set" for b in again)
    # Versioning suspended behind our back is turned on again.
    admin(s3_endpoint).put_bucket_versioning(
        Bucket=f"{prefix}-normandie", VersioningConfiguration={"Status": "Suspended"}
    )
    repaired = {b.name: b for b in await storage.prepare_buckets()}
    assert repaired[f"{prefix}-normandie"].versioning_enabled_now
    assert admin(s3_endpoint).get_bucket_versioning(Bucket=f"{prefix}-normandie")["Status"] == "Enabled"


async def test_the_compose_app_account_passes_once_the_bucket_exists(tmp_path: Path, s3_endpoint: str) -> None:
    """docker-compose: minio-init (root) creates the versioned bucket; the backend's account, limited by
    infra/minio/documents-policy.json, runs `filiere documents prepare` at each start. It must pass
    (only checking) and not be allowed to create buckets or change versioning."""
    settings = s3_settings(tmp_path, s3_endpoint, s3_layout="prefix")
    bucket = settings.s3_bucket_prefix
    key_id, secret = account_limited_by(s3_endpoint, f"{bucket}-app", compose_policy_for(bucket))
    app_settings = with_keys(settings, key_id, secret)

    with iam_enforced(s3_endpoint), pytest.raises(StoreSetupError, match=f"Accès refusé .*« {bucket} »"):
        await S3Storage(app_settings).prepare()  # no bucket yet, and no right to create it
    await S3Storage(settings).prepare()  # what minio-init does, with the root account
    with iam_enforced(s3_endpoint):
        (prepared,) = await S3Storage(app_settings).prepare_buckets()
    assert (prepared.name, prepared.created, prepared.versioning_enabled_now) == (bucket, False, False)
    assert prepared.cors == "denied"  # MinIO applies MINIO_API_CORS_ALLOW_ORIGIN; the CLI says so


async def test_the_compose_app_account_can_do_everything_the_backend_does(tmp_path: Path, s3_endpoint: str) -> None:
    """The policy of infra/minio/documents-policy.json covers every server-side call: confirm (read a
    version), list versions, delete a version (a refused upload, a removed document)."""
    settings = s3_settings(tmp_path, s3_endpoint, s3_layout="prefix")
    bucket = settings.s3_bucket_prefix
    await S3Storage(settings).prepare()
    key_id, secret = account_limited_by(s3_endpoint, f"{bucket}-app", compose_policy_for(bucket))
    storage = S3Storage(with_keys(settings, key_id, secret))
    good, bad = samples.pdf("bon"), samples.HTML
    for key, body in (("good", good), ("bad", bad)):
        admin(s3_endpoint).put_object(Bucket=bucket, Key=f"normandie/{key}", Body=body, ContentType="application/pdf")
    with iam_enforced(s3_endpoint):
        stored = await storage.confirm_upload(tenant="normandie", key="good", declared=declare("a.pdf", good))
        with pytest.raises(DocumentError):
            await storage.confirm_upload(tenant="normandie", key="bad", declared=declare("b.pdf", bad))
        assert await storage.versions(tenant="normandie", key="bad") == []
        assert [v.version_id for v in await storage.versions(tenant="normandie", key="good")] == [stored.version_id]
        await storage.delete(tenant="normandie", key="good", version_id=stored.version_id)
        assert await storage.versions(tenant="normandie", key="good") == []
        # …and nothing of another bucket.
        with pytest.raises(ClientError, match="AccessDenied"):
            storage.client(None).list_object_versions(Bucket=f"{bucket}-other")


async def test_a_suspended_versioning_the_key_cannot_restore_is_an_error(tmp_path: Path, s3_endpoint: str) -> None:
    settings = s3_settings(tmp_path, s3_endpoint, s3_layout="prefix")
    bucket = settings.s3_bucket_prefix
    await S3Storage(settings).prepare()
    admin(s3_endpoint).put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Suspended"})
    key_id, secret = account_limited_by(s3_endpoint, f"{bucket}-app", compose_policy_for(bucket))
    app_settings = with_keys(settings, key_id, secret)
    with iam_enforced(s3_endpoint), pytest.raises(StoreSetupError, match="PutBucketVersioning"):
        await S3Storage(app_settings).prepare()


async def test_unknown_keys_and_an_unreachable_store_are_explained(tmp_path: Path, s3_endpoint: str) -> None:
    unknown = s3_settings(tmp_path, s3_endpoint, s3_access_key_id="nobody", s3_secret_access_key="wrong")
    with iam_enforced(s3_endpoint), pytest.raises(StoreSetupError) as denied:
        await S3Storage(unknown).prepare()
    assert "Accès refusé par le stockage S3" in str(denied.value)
    assert "FILIERE_S3_ACCESS_KEY_ID" in str(denied.value)
    assert "wrong" not in str(denied.value)

    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreSetupError) as unreachable:
        await S3Storage(s3_settings(tmp_path, closed)).prepare()
    assert f"Stockage S3 injoignable ({closed})" in str(unreachable.value)
    assert "FILIERE_S3_ENDPOINT_URL" in str(unreachable.value)


# --- filiere documents prepare --------------------------------------------------------------------


def run_prepare(environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {name: value for name, value in os.environ.items() if not name.startswith("FILIERE_")}
    return subprocess.run(
        [sys.executable, "-m", "filiere.cli", "documents", "prepare"],
        env={**clean, "FILIERE_LOG_JSON": "false", **environment},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def s3_environment(settings: Settings) -> dict[str, str]:
    return {
        "FILIERE_VAR_DIR": str(settings.var_dir),
        "FILIERE_DOCUMENTS_BACKEND": "s3",
        "FILIERE_S3_ENDPOINT_URL": settings.s3_endpoint_url or "",
        "FILIERE_S3_BUCKET_PREFIX": settings.s3_bucket_prefix,
        "FILIERE_S3_LAYOUT": settings.s3_layout,
        "FILIERE_S3_ACCESS_KEY_ID": ADMIN_KEY[0],
        "FILIERE_S3_SECRET_ACCESS_KEY": ADMIN_KEY[1],
    }


def test_command_prepares_the_s3_buckets(tmp_path: Path, s3_endpoint: str) -> None:
    settings = s3_settings(tmp_path, s3_endpoint)
    first = run_prepare(s3_environment(settings))
    assert first.returncode == 0, first.stderr
    for slug in REGIONS:
        assert f"✓ seau {settings.s3_bucket_prefix}-{slug} (créé, versionnage activé)" in first.stderr
    assert f"Documents dans S3 ({s3_endpoint}) : un seau par région." in first.stderr
    buckets = {b["Name"] for b in admin(s3_endpoint).list_buckets()["Buckets"]}
    assert {f"{settings.s3_bucket_prefix}-{slug}" for slug in REGIONS} <= buckets
    again = run_prepare({**s3_environment(settings), "FILIERE_S3_LAYOUT": "prefix"})
    assert again.returncode == 0, again.stderr
    assert f"✓ seau {settings.s3_bucket_prefix} (créé, versionnage activé)" in again.stderr
    assert "un seau, un préfixe par région" in again.stderr


def test_command_fails_clearly_when_the_store_cannot_be_used(tmp_path: Path, s3_endpoint: str) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    unreachable = run_prepare(s3_environment(s3_settings(tmp_path, closed)))
    assert unreachable.returncode == 1
    assert f"✗ Stockage S3 injoignable ({closed})" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr

    environment = {**s3_environment(s3_settings(tmp_path, s3_endpoint)), "FILIERE_S3_SECRET_ACCESS_KEY": "wrong"}
    environment["FILIERE_S3_ACCESS_KEY_ID"] = "nobody"
    with iam_enforced(s3_endpoint):
        denied = run_prepare(environment)
    assert denied.returncode == 1
    assert "✗ Accès refusé par le stockage S3" in denied.stderr
    assert "Traceback" not in denied.stderr and "wrong" not in denied.stderr


def test_command_prepares_the_local_directories(tmp_path: Path) -> None:
    result = run_prepare({"FILIERE_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    for slug in REGIONS:
        assert (tmp_path / "documents" / slug).is_dir()
        assert f"✓ {slug} : {tmp_path / 'documents' / slug}" in result.stderr
    assert run_prepare({"FILIERE_VAR_DIR": str(tmp_path)}).returncode == 0  # idempotent

    not_a_directory = tmp_path / "var-file"
    not_a_directory.write_text("")
    failed = run_prepare({"FILIERE_VAR_DIR": str(not_a_directory)})
    assert failed.returncode == 1
    assert "✗ Impossible de créer les dossiers des documents" in failed.stderr
    assert "FILIERE_VAR_DIR" in failed.stderr and "Traceback" not in failed.stderr
