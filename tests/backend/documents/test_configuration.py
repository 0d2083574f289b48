"""Document settings fail fast: per-region key pairs from the environment, bucket names, pairs that go together."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from filiere.documents.backends import storage_for
from filiere.documents.s3 import S3Storage
from filiere.settings import Settings


def test_defaults_are_local_disk_and_fifty_megabytes() -> None:
    settings = Settings()
    assert settings.documents_backend == "local"
    assert settings.documents_max_bytes == 50 * 1024 * 1024
    assert settings.documents_upload_expiry_seconds == 600


def test_region_key_pairs_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILIERE_DOCUMENTS_BACKEND", "s3")
    monkeypatch.setenv("FILIERE_S3_CREDENTIALS__ILE_DE_FRANCE__ACCESS_KEY_ID", "idf-key")
    monkeypatch.setenv("FILIERE_S3_CREDENTIALS__ILE_DE_FRANCE__SECRET_ACCESS_KEY", "idf-secret")
    settings = Settings()
    assert settings.s3_credentials["ile-de-france"].access_key_id == "idf-key"
    assert "idf-secret" not in repr(settings)
    storage = storage_for(settings)
    assert isinstance(storage, S3Storage)
    assert storage.bucket("ile-de-france") == "filiere-documents-ile-de-france"
    monkeypatch.setenv("FILIERE_S3_CREDENTIALS__BRETAGNE__ACCESS_KEY_ID", "k")
    monkeypatch.setenv("FILIERE_S3_CREDENTIALS__BRETAGNE__SECRET_ACCESS_KEY", "s")
    with pytest.raises(ValidationError, match="unknown tenants"):
        Settings()


def test_inconsistent_s3_settings_are_refused() -> None:
    with pytest.raises(ValidationError, match="go together"):
        Settings(s3_access_key_id="key-without-secret")
    with pytest.raises(ValidationError, match="invalid S3 bucket names"):
        Settings(documents_backend="s3", s3_bucket_prefix="Filiere_Docs")
    with pytest.raises(ValidationError, match="invalid S3 bucket names"):
        Settings(documents_backend="s3", s3_bucket_prefix="x" * 50)  # + "-bourgogne-franche-comte" > 63
    assert Settings(documents_backend="s3", s3_layout="prefix", s3_bucket_prefix="x" * 50).s3_layout == "prefix"
    with pytest.raises(ValidationError):
        Settings(documents_max_bytes=0)


def test_endpoints_are_http_urls_and_the_browser_one_is_https_in_production() -> None:
    assert Settings(s3_public_endpoint_url="http://localhost:9000").s3_public_endpoint_url == "http://localhost:9000"
    for bad in ("localhost:9000", "ftp://files.example.org", "https://", "https://s3.example.org/?x=1"):
        with pytest.raises(ValidationError, match="must be an http"):
            Settings(s3_public_endpoint_url=bad)
        with pytest.raises(ValidationError, match="must be an http"):
            Settings(s3_endpoint_url=bad)

    production = {
        "environment": "production",
        "demo_mode": False,
        "secret_key": "p" * 40,
        "public_url": "https://filiere.example.org",
        "documents_backend": "s3",
    }
    # An https page cannot post to a plain-http store: the endpoint the browser uses must be https…
    with pytest.raises(ValidationError, match="S3 endpoint the browser uses"):
        Settings(**production, s3_endpoint_url="http://minio:9000")
    with pytest.raises(ValidationError, match="S3 endpoint the browser uses"):
        Settings(**production, s3_endpoint_url="https://s3.example.org", s3_public_endpoint_url="http://s3.example.org")
    # …the backend's own calls may stay inside the network.
    inside = Settings(
        **production, s3_endpoint_url="http://minio:9000", s3_public_endpoint_url="https://files.example.org"
    )
    assert inside.s3_public_endpoint_url == "https://files.example.org"
    assert Settings(**production).s3_endpoint_url is None  # AWS: https
    # Local documents: the S3 endpoints are not used.
    assert Settings(**{**production, "documents_backend": "local"}, s3_endpoint_url="http://minio:9000")
