"""Fixtures of the document store tests: a real S3-compatible server (moto's standalone server, in a
thread of this process) and settings on a temporary `var` directory. Independent of the database
fixtures of `tests/backend/conftest.py`."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from moto.server import ThreadedMotoServer

from filiere.settings import Settings

SECRET_KEY = "documents-test-secret-key-0123456789abcdef"
ADMIN_KEY = ("admin-key", "admin-secret")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def make_settings(var_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "var_dir": var_dir,
        "spa_dir": None,
        "secret_key": SECRET_KEY,
        "log_json": False,
        "documents_max_bytes": 8 * 1024 * 1024,
    }
    values.update(overrides)
    return Settings(**values)


def s3_settings(var_dir: Path, endpoint: str, **overrides: Any) -> Settings:
    # A fresh bucket prefix per test: moto's state lives as long as the server.
    values: dict[str, Any] = {
        "documents_backend": "s3",
        "s3_endpoint_url": endpoint,
        "s3_bucket_prefix": f"t{uuid.uuid4().hex[:10]}",
        "s3_access_key_id": ADMIN_KEY[0],
        "s3_secret_access_key": ADMIN_KEY[1],
    }
    values.update(overrides)
    return make_settings(var_dir, **values)
