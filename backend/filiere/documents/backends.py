"""The configured document store. Build it once per process (app start-up, CLI command) and share it:
the S3 backend keeps one boto3 client per key pair."""

from __future__ import annotations

from filiere.documents.local import LocalStorage
from filiere.documents.s3 import S3Storage
from filiere.documents.storage import Storage
from filiere.settings import Settings


def storage_for(settings: Settings) -> Storage:
    if settings.documents_backend == "s3":
        return S3Storage(settings)
    return LocalStorage(settings)
