"""Helpers of the document store tests: a file as the browser declares it, a raw S3 client."""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config

from filiere.documents.storage import DeclaredFile, check_declared_file


def raw_client(endpoint: str, access_key: str, secret_key: str, service: str = "s3") -> Any:
    return boto3.session.Session().client(
        service,
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
    )


def declare(file_name: str, content: bytes, *, size: int | None = None) -> DeclaredFile:
    return check_declared_file(
        file_name=file_name, content_type="", size=len(content) if size is None else size, max_bytes=10**9
    )
