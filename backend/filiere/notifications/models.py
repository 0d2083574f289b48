"""The in-app inbox: what asks for a person's attention, wherever it happened (national database)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase


class InboxKind(StrEnum):
    MENTION = "mention"
    SOURCING_REQUEST = "sourcing_request"  # another region asks for suppliers
    SOURCING_ANSWER = "sourcing_answer"  # another region answered my request
    ASSIGNMENT = "assignment"  # I now follow a project as its adviser
    PROJECT_SHARED = "project_shared"  # a project was shared with my organisation (partners)
    GRANT_EXPIRING = "grant_expiring"  # a project I shared stops being shared within a week
    PARTNER_QUESTION = "partner_question"  # a partner organisation asks me, the project's adviser, a question
    PARTNER_ANSWER = "partner_answer"  # the project's team answered my organisation's question (partners)


class InboxItem(NationalBase):
    """One notice for one person. It copies what it must show (who, which project, an excerpt) so that
    reading the inbox never needs the regional databases, and points at the source by region and id."""

    __tablename__ = "inbox_items"
    __table_args__ = (Index("ix_inbox_items_user_sort", "user_id", "sort_key", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[InboxKind] = mapped_column(enum_type(InboxKind, "inbox_kind"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sort_key: Mapped[str] = mapped_column(String(17))  # text.newest_first_time_key(created_at)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actor_name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(64))
    project_id: Mapped[int]
    project_name: Mapped[str] = mapped_column(String(200))
    comment_id: Mapped[int | None]
    sourcing_request_id: Mapped[int | None]  # in the database of `region`
    excerpt: Mapped[str] = mapped_column(Text, default="")
