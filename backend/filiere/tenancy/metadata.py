"""The two schemas of Filière: every table belongs to exactly one of them.

National tables hold what is shared by design (method, users, organisations, grants); regional tables
hold a region's own data and exist once per regional database. No foreign key crosses the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from filiere.db_types import UTCDateTime

# Stable constraint names: Alembic needs them to alter SQLite tables and to compare schemas.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class TenantKind(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"


class NationalBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION, info={"tenant_kind": TenantKind.NATIONAL})


class RegionalBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION, info={"tenant_kind": TenantKind.REGIONAL})


def metadata_kind(metadata: MetaData) -> TenantKind:
    kind: TenantKind = metadata.info["tenant_kind"]
    return kind


def _now() -> datetime:
    return datetime.now(UTC)


class Timestamped:
    """Creation and last-update instants. Set in Python (so they are known after a flush without a
    reload, which async sessions cannot do lazily); the server default covers raw SQL inserts."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, server_default=func.now(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=_now, onupdate=_now, server_default=func.now(), nullable=False
    )


class Versioned:
    """Optimistic concurrency: SQLAlchemy bumps `version` on every UPDATE and refuses to overwrite
    a row whose version changed since it was read; mutations also compare `expectedVersion`."""

    version: Mapped[int] = mapped_column(nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy declarative hook
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]
