"""The pitches of an event, its jury and their scorecards, and the prizes (host region's database).

A pitch names its project by region and id (the project stays in its region's database); a juror is a
national account id. Scores are stored per criterion, on the grid of the event's method version.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class Pitch(RegionalBase):
    """A project's 3 minutes in the running order."""

    __tablename__ = "event_pitches"
    __table_args__ = (
        UniqueConstraint("event_id", "project_region", "project_id"),
        Index("ix_event_pitches_order", "event_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    project_region: Mapped[str] = mapped_column(String(64))
    project_id: Mapped[int]  # in `project_region`'s database: no foreign key
    position: Mapped[int]  # 1-based running order


class Juror(RegionalBase):
    """A juror account (a partner's person) invited to score one event's pitches."""

    __tablename__ = "event_jurors"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(primary_key=True, index=True)  # national users.id
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Scorecard(Timestamped, RegionalBase):
    """One juror's card for one pitch: a score per criterion (`CriterionScore`), or an abstention."""

    __tablename__ = "jury_scorecards"
    __table_args__ = (UniqueConstraint("pitch_id", "juror_id"), Index("ix_jury_scorecards_juror", "juror_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("event_pitches.id", ondelete="CASCADE"))
    juror_id: Mapped[int]  # national users.id
    abstained: Mapped[bool] = mapped_column(default=False)
    comment: Mapped[str] = mapped_column(Text, default="")


class CriterionScore(RegionalBase):
    __tablename__ = "jury_scores"
    __table_args__ = (CheckConstraint("value >= 0 AND value <= 10", name="value_range"),)

    scorecard_id: Mapped[int] = mapped_column(ForeignKey("jury_scorecards.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(primary_key=True)  # national scoring_criteria.id
    value: Mapped[Decimal] = mapped_column(Numeric(3, 1))


class Prize(Timestamped, Versioned, RegionalBase):
    """A prize a partner awards at the event (« Prix Bpifrance »), and the pitch that won it."""

    __tablename__ = "event_prizes"
    __table_args__ = (
        Index("ix_event_prizes_event", "event_id", "position"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None]  # national organisations.id: the sponsoring partner
    nature: Mapped[str] = mapped_column(String(300), default="")  # « 6 mois d'accompagnement »
    amount: Mapped[int | None] = mapped_column(BigInteger)  # euros
    winner_pitch_id: Mapped[int | None] = mapped_column(ForeignKey("event_pitches.id", ondelete="SET NULL"))
    position: Mapped[int]


class HackathonTeam(Timestamped, Versioned, RegionalBase):
    """The team working on one accelerated project's challenges during the hackathon."""

    __tablename__ = "hackathon_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("event_pitches.id", ondelete="CASCADE"), unique=True)
    challenges: Mapped[str] = mapped_column(Text, default="")  # one per line


class HackathonRole(StrEnum):
    COMPANY = "company"
    STUDENT = "student"
    EXPERT = "expert"
    COACH = "coach"


class HackathonTeamMember(RegionalBase):
    __tablename__ = "hackathon_team_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("hackathon_teams.id", ondelete="CASCADE"), index=True)
    role: Mapped[HackathonRole] = mapped_column(enum_type(HackathonRole, "hackathon_role"))
    user_id: Mapped[int | None]  # national users.id when the person has an account
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
