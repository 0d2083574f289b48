"""Tenants: configuration, migrations of every tenant, concurrent fan-out and its failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError

from filiere import migrations
from filiere.app import create_app
from filiere.settings import DEFAULT_TENANTS
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant, TenantRegistry
from tests.backend.world import (
    PUBLIC_URL,
    World,
    create_postgres_databases,
    drop_postgres_databases,
    settings_for,
)

BRETAGNE = {
    "slug": "bretagne",
    "label": "Bretagne",
    "insee_code": "53",
    "departements": ["22", "29", "35", "56"],
}
FIVE_REGIONS = [*(t.model_dump() for t in DEFAULT_TENANTS), BRETAGNE]


async def tables_of(tenant: Tenant) -> set[str]:
    async with tenant.engine.connect() as connection:
        return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))


def test_a_fifth_region_is_configuration_plus_db_upgrade(tmp_path: Path) -> None:
    env = {**os.environ, "FILIERE_VAR_DIR": str(tmp_path), "FILIERE_TENANTS": json.dumps(FIVE_REGIONS)}
    result = subprocess.run(
        [sys.executable, "-m", "filiere.cli", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "bretagne : à jour" in result.stderr
    assert (tmp_path / "bretagne.db").is_file()


async def test_a_fifth_region_is_served_like_the_others(session_world: World, tmp_path: Path) -> None:
    settings = settings_for(session_world.backend, tmp_path, f"ft{os.getpid()}x", tenants=FIVE_REGIONS)
    databases = await create_postgres_databases(settings) if session_world.backend == "postgresql" else []
    app = create_app(settings)
    registry: TenantRegistry = app.state.registry
    try:
        for tenant in registry.all():
            await migrations.upgrade(tenant)
        assert "projects" in await tables_of(registry.region("bretagne"))
        assert await migrations.drift(registry.region("bretagne")) == []
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
        ready = (await client.get("/readyz")).json()
        assert ready["tenants"]["bretagne"] == "ok"
        await client.aclose()
    finally:
        await registry.dispose()
        if databases:
            await drop_postgres_databases(databases)


async def test_migrations_round_trip_without_drift(session_world: World, tmp_path: Path) -> None:
    settings = settings_for(session_world.backend, tmp_path, f"ft{os.getpid()}m")
    databases = await create_postgres_databases(settings) if session_world.backend == "postgresql" else []
    registry = TenantRegistry(settings)
    try:
        for tenant in (registry.national, registry.region("normandie")):
            await migrations.upgrade(tenant)
            assert await migrations.drift(tenant) == []
            head = await migrations.current_revision(tenant)
            await migrations.downgrade(tenant, "base")
            assert await tables_of(tenant) <= {"alembic_version"}
            assert await migrations.current_revision(tenant) is None
            await migrations.upgrade(tenant)
            assert await migrations.current_revision(tenant) == head
            assert await migrations.drift(tenant) == []
    finally:
        await registry.dispose()
        if databases:
            await drop_postgres_databases(databases)


async def test_fan_out_keeps_results_and_names_failures(session_world: World) -> None:
    regions = session_world.registry.regions

    async def work(tenant: Tenant) -> str:
        if tenant.slug == "ile-de-france":
            raise OperationalError("SELECT 1", {}, ConnectionRefusedError())
        return tenant.slug.upper()

    result = await fan_out(regions, work, timeout_per_tenant=5)
    assert result.results == {
        "normandie": "NORMANDIE",
        "hauts-de-france": "HAUTS-DE-FRANCE",
        "bourgogne-franche-comte": "BOURGOGNE-FRANCHE-COMTE",
    }
    assert [(f.slug, f.label) for f in result.failures] == [("ile-de-france", "Île-de-France")]


async def test_fan_out_does_not_hide_bugs(session_world: World) -> None:
    async def buggy(tenant: Tenant) -> None:
        raise KeyError("a bug is not an outage")

    with pytest.raises(KeyError):
        await fan_out(session_world.registry.regions, buggy, timeout_per_tenant=5)
