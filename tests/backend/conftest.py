"""Backend fixtures: every test that takes `world` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.backend.mail import Inbox, running_smtp
from tests.backend.world import (
    POSTGRES_ADMIN_URL,
    World,
    build_world,
    create_postgres_databases,
    drop_postgres_databases,
    settings_for,
)
from tests.conftest import ALLOW_NO_POSTGRES

BACKENDS = ["sqlite", "postgresql"]


async def postgres_available() -> bool:
    engine = create_async_engine(POSTGRES_ADMIN_URL, connect_args={"timeout": 3})
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return True
    except OSError:
        return False
    finally:
        await engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
async def session_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[World]:
    backend: str = request.param
    prefix = f"ft{os.getpid()}"
    databases: list[str] = []
    if backend == "postgresql":
        if not await postgres_available():
            if ALLOW_NO_POSTGRES:
                pytest.skip("PostgreSQL unreachable and FILIERE_TESTS_WITHOUT_POSTGRES=1")
            pytest.fail(f"PostgreSQL is required for the test suite ({POSTGRES_ADMIN_URL})")
        databases = await create_postgres_databases(settings_for(backend, tmp_path_factory.mktemp("var"), prefix))
    world = await build_world(backend, tmp_path_factory.mktemp(f"var-{backend}"), prefix)
    try:
        yield world
    finally:
        world.stop_tracking()
        await world.client.aclose()
        await world.registry.dispose()
        if databases:
            await drop_postgres_databases(databases)


@pytest.fixture
async def world(session_world: World) -> World:
    """The session's deployment, reset to the demo data before the test."""
    await session_world.reset()
    return session_world


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server (aiosmtpd) receiving what the test sends: the inbox and its port."""
    yield from running_smtp()
