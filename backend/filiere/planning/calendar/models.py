"""Secret calendar links (ICS) to a region's retroplanning."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase


class FeedKind(StrEnum):
    COHORT = "cohort"
    ASSIGNEE = "assignee"


class CalendarFeed(RegionalBase):
    """A secret calendar URL (ICS): of a cohort's retroplanning, or of one person's milestones."""

    __tablename__ = "calendar_feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[FeedKind] = mapped_column(enum_type(FeedKind, "calendar_feed_kind"))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    user_id: Mapped[int | None]  # national users.id, for ASSIGNEE feeds
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_subject: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
