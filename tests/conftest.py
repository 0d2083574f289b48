"""Options shared by every suite."""

from __future__ import annotations

import os
import zlib

import pytest

# The PostgreSQL suite must run in CI: refuse to silently skip it unless explicitly allowed.
ALLOW_NO_POSTGRES = os.environ.get("FILIERE_TESTS_WITHOUT_POSTGRES") == "1"

# With pytest-xdist (`make test` runs `--dist loadgroup`), tests that share a costly session fixture go to
# the same worker, so each worker builds only what it runs: the browser journeys share one server and one
# Chromium; a deployment (`session_world`, ~10 s to migrate and load the demo) serves a group of modules.
WORLD_GROUPS_PER_BACKEND = 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("session_world") if callspec else None
        if item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif backend is not None:
            share = zlib.crc32(item.nodeid.split("::")[0].encode()) % WORLD_GROUPS_PER_BACKEND
            item.add_marker(pytest.mark.xdist_group(f"{backend}-{share}"))
