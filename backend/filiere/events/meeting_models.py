"""B2B meetings at the event (host region's database): who asks whom, and where the accepted ones sit.

A participant is an accelerated project (by region and id) or a partner's person (national account id); the
meetings' slots are the 20-minute cuts of the event's « meetings » sessions, its tables numbered from 1.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class MeetingRequestStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class MeetingRequest(Timestamped, Versioned, RegionalBase):
    __tablename__ = "meeting_requests"
    __table_args__ = (
        Index("ix_meeting_requests_event", "event_id", "status"),
        UniqueConstraint("event_id", "slot_starts_at", "table_number"),
        CheckConstraint("table_number IS NULL OR table_number > 0", name="table_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    # The accelerated project's side.
    project_region: Mapped[str] = mapped_column(String(64))
    project_id: Mapped[int]
    # The partner's side: a person of a partner organisation (national ids).
    partner_user_id: Mapped[int]
    # Who asked: the project's side or the partner.
    asked_by_partner: Mapped[bool]
    message: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(default=0)
    status: Mapped[MeetingRequestStatus] = mapped_column(enum_type(MeetingRequestStatus, "meeting_request_status"))
    # Where it was placed, once accepted; `placed_by_hand` keeps it when the scheduler runs again.
    slot_starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    table_number: Mapped[int | None]
    placed_by_hand: Mapped[bool] = mapped_column(default=False)
