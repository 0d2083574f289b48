"""Benchmarks reuse the backend's deployments (SQLite and PostgreSQL)."""

from tests.backend.conftest import session_world, world  # noqa: F401 - fixtures re-exported
