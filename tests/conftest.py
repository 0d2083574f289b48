"""Options shared by every suite."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--benchmark",
        action="store_true",
        default=False,
        help="run the benchmarks of tests/perf (make bench)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--benchmark"):
        return
    skip = pytest.mark.skip(reason="benchmark: run with `make bench`")
    for item in items:
        if "perf" in item.keywords:
            item.add_marker(skip)


# The PostgreSQL suite must run in CI: refuse to silently skip it unless explicitly allowed.
ALLOW_NO_POSTGRES = os.environ.get("FILIERE_TESTS_WITHOUT_POSTGRES") == "1"
