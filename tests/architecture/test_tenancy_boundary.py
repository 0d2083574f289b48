"""Every table belongs to exactly one schema, nothing links the two, and sessions enforce it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from filiere.accounts.models import User
from filiere.database import METADATA
from filiere.programmes.models import Project
from filiere.settings import Settings
from filiere.tenancy.boundary import TenantBoundaryError
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import TenantRegistry

ROOT = Path(__file__).resolve().parents[2]


# The same shape on purpose in both schemas: each database keeps the trail of its own changes, and the
# supplier directory of its establishments (the national one: regions with no tenant yet).
TWIN_TABLES = {"audit_events", "suppliers", "suppliers_stage", "supplier_imports", "commune_centres"}


def test_every_table_is_national_or_regional_never_both() -> None:
    national = set(METADATA[TenantKind.NATIONAL].tables)
    regional = set(METADATA[TenantKind.REGIONAL].tables)
    assert national and regional
    assert national & regional == TWIN_TABLES
    for name in TWIN_TABLES:
        national_table = METADATA[TenantKind.NATIONAL].tables[name]
        regional_table = METADATA[TenantKind.REGIONAL].tables[name]
        assert national_table is not regional_table
        assert [c.name for c in national_table.columns] == [c.name for c in regional_table.columns]


def test_no_foreign_key_crosses_the_two_schemas() -> None:
    for kind, metadata in METADATA.items():
        for table in metadata.tables.values():
            for key in table.foreign_keys:
                assert key.column.table.metadata is metadata, f"{table.name} → {key.column.table.name} ({kind})"


async def test_sessions_refuse_the_other_schema(tmp_path: Path) -> None:
    registry = TenantRegistry(Settings(var_dir=tmp_path))
    try:
        async with registry.national.sessions() as national:
            with pytest.raises(TenantBoundaryError, match="regional"):
                await national.execute(select(Project))
        async with registry.region("normandie").sessions() as regional:
            with pytest.raises(TenantBoundaryError, match="national"):
                await regional.execute(select(User.email))
            regional.add(User(email="x@example.fr", subject="x", display_name="X", role="adviser"))
            with pytest.raises(TenantBoundaryError):
                await regional.flush()
    finally:
        await registry.dispose()


def test_import_contracts_hold() -> None:
    """GraphQL never talks SQL; services never depend on GraphQL (pyproject.toml, import-linter)."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
