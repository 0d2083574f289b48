"""Apply the two Alembic trees to every configured tenant (Alembic cookbook: several environments in
one .ini file, sharing a connection through Config.attributes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection

from filiere.database import METADATA
from filiere.db_types import UTCDateTime
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import Tenant

BACKEND_DIR = Path(__file__).resolve().parents[1]
# Search structures each engine builds its own way (migrations "supplier search indexes"): not in the models.
SEARCH_OBJECTS = ("suppliers_fts", "ix_suppliers_search_")


def include_object(item: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave the engine-specific search structures out of autogenerate and drift checks."""
    return not (reflected and name is not None and name.startswith(SEARCH_OBJECTS))


def alembic_config(kind: TenantKind) -> Config:
    return Config(str(BACKEND_DIR / "alembic.ini"), ini_section=kind.value)


def run_migrations(context: Any, kind: TenantKind) -> None:
    """Body of both env.py files: online mode only, on the connection we were given."""
    connection: Connection | None = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations with `filiere db upgrade`, which supplies the connection")
    context.configure(
        connection=connection,
        target_metadata=METADATA[kind],
        # SQLite cannot ALTER most things: Alembic recreates the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def render_item(type_: str, item: Any, autogen_context: Any) -> str | Literal[False]:
    """Write our column types as plain SQLAlchemy ones, so migrations never import application code."""
    if type_ == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


async def upgrade(tenant: Tenant, revision: str = "head") -> None:
    await _run(tenant, command.upgrade, revision)


async def downgrade(tenant: Tenant, revision: str) -> None:
    await _run(tenant, command.downgrade, revision)


async def current_revision(tenant: Tenant) -> str | None:
    async with tenant.engine.connect() as connection:
        return await connection.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())


async def drift(tenant: Tenant) -> list[Any]:
    """Differences between the migrated database and the models (empty when in sync)."""

    def compare(sync: Connection) -> list[Any]:
        context = MigrationContext.configure(sync, opts={"compare_type": True, "include_object": include_object})
        return list(compare_metadata(context, METADATA[tenant.kind]))

    async with tenant.engine.connect() as connection:
        return await connection.run_sync(compare)


async def _run(tenant: Tenant, operation: Any, revision: str) -> None:
    config = alembic_config(tenant.kind)

    def apply(sync: Connection) -> None:
        config.attributes["connection"] = sync
        operation(config, revision)

    async with tenant.engine.begin() as connection:
        await connection.run_sync(apply)
