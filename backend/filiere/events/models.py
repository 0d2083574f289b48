from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import SortKey
from filiere.tenancy.metadata import RegionalBase, Timestamped


class Event(Timestamped, RegionalBase):
    """A closing event of the programme (conferences, meet-ups, hackathon, pitches), with the results
    published afterwards when there are any."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("edition_year", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    edition_year: Mapped[int]
    # Most recent edition first, then by name: `text.newest_first_key`.
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    venue: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Published results (counts of products); all null until published.
    products_presented: Mapped[int | None]
    produced_in_france: Mapped[int | None]
    advanced_relocation: Mapped[int | None]
    research_studies: Mapped[int | None]
