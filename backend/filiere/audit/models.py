from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from filiere.auth.principal import Role
from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, RegionalBase


class AuditFields:
    """One change (or one partner read of confidential data), written in the same transaction as the
    change itself: a failed mutation leaves no audit row either. Each database keeps its own trail."""

    __tablename__ = "audit_events"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, Index]:  # noqa: N805 - SQLAlchemy declarative hook
        return (
            Index("ix_audit_events_entity", "entity_type", "entity_id"),
            Index("ix_audit_events_sort", "sort_key", "id"),
        )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # `text.newest_first_time_key(occurred_at)`: the trail reads newest first, merged across databases.
    sort_key: Mapped[str] = mapped_column(String(17))
    actor_subject: Mapped[str] = mapped_column(String(64), index=True)
    actor_name: Mapped[str] = mapped_column(String(120))
    # None: someone without an account (a company applying through the public form).
    actor_role: Mapped[Role | None] = mapped_column(enum_type(Role, "audit_actor_role"))
    actor_region: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    request_id: Mapped[str] = mapped_column(String(64))


class AuditEvent(AuditFields, RegionalBase):
    """Changes to a region's data."""


class NationalAuditEvent(AuditFields, NationalBase):
    """Changes to national data: the method, editions."""
