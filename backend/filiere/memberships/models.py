"""Which projects a coach, an expert or a student works on: the one source of their rights."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime
from filiere.tenancy.metadata import NationalBase


class ProjectMembership(NationalBase):
    """An account attached to a project. The project lives in a regional database, so it is referenced by
    region slug and id, without a foreign key. Detaching keeps the row (`detached_at`): attaching the same
    person again reopens it."""

    __tablename__ = "project_memberships"
    __table_args__ = (UniqueConstraint("region", "project_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    region: Mapped[str] = mapped_column(String(64))
    project_id: Mapped[int]
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Who attached them last (a token's `sub`).
    attached_by_subject: Mapped[str] = mapped_column(String(64))
    detached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
