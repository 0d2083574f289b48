from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime
from filiere.tenancy.metadata import NationalBase


class RateLimitWindow(NationalBase):
    """Hits of one key (« candidacy:ip:203.0.113.7 ») in one fixed window: every process and replica
    counts in the same row, so the limit holds however many of them serve the requests."""

    __tablename__ = "rate_limit_windows"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True, index=True)
    hits: Mapped[int]
