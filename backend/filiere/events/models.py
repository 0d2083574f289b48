"""The event day (regional database of its host region): the event, its co-organising regions, its programme
and the public's registrations.

An event co-organised by several regions lives once, in its host region's database. The co-organisers are
named by their region slug (`event_co_organisers`), and a pitch names its project by region slug and id: a
reference, never a copy, so each project stays in its own region's database and is read from there.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import SortKey, UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class Event(Timestamped, Versioned, RegionalBase):
    """A cohort's J0: conferences, meet-up workshops, the hackathon, the pitches and the jury's prizes."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("edition_year", "name"),
        CheckConstraint("pitch_seconds > 0", name="pitch_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The public page's address, `/evenements/<slug>`: unique across regions (the slug starts with the year).
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    edition_year: Mapped[int]
    # The host region's cohort whose J0 this is (null for the editions before the platform).
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="SET NULL"))
    # Most recent edition first, then by name: `text.newest_first_key`.
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    venue: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # The published registration form is open until this instant (null: closed).
    registration_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pitch_seconds: Mapped[int] = mapped_column(default=180)
    # The national method version whose scoring grid the jury uses (national id: no foreign key).
    method_version_id: Mapped[int | None]
    # Tables for the B2B meetings.
    meeting_tables: Mapped[int] = mapped_column(default=0)
    results_locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    results_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Figures published after the editions before the platform (counts of products); null otherwise.
    products_presented: Mapped[int | None]
    produced_in_france: Mapped[int | None]
    advanced_relocation: Mapped[int | None]
    research_studies: Mapped[int | None]


class EventCoOrganiser(RegionalBase):
    """Another region whose staff run the event with the host's and whose projects pitch there."""

    __tablename__ = "event_co_organisers"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    region: Mapped[str] = mapped_column(String(64), primary_key=True)
    # That region's cohort (in its own database: no foreign key).
    cohort_id: Mapped[int | None]


class SessionKind(StrEnum):
    CONFERENCE = "conference"
    ROUND_TABLE = "round_table"
    WORKSHOP = "workshop"  # a 20-minute meet-up on one of the method's themes
    HACKATHON = "hackathon"
    PITCH_PREPARATION = "pitch_preparation"
    PITCHES = "pitches"
    PRIZE_CEREMONY = "prize_ceremony"
    MEETINGS = "meetings"  # B2B meetings: its time is cut into meeting slots
    BREAK = "break"


class EventSession(Timestamped, Versioned, RegionalBase):
    __tablename__ = "event_sessions"
    __table_args__ = (
        Index("ix_event_sessions_event", "event_id", "starts_at", "id"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    kind: Mapped[SessionKind] = mapped_column(enum_type(SessionKind, "event_session_kind"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # A workshop's theme: the key of a meet-up theme of the event's method version.
    theme_key: Mapped[str | None] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    room: Mapped[str] = mapped_column(String(120), default="")
    capacity: Mapped[int | None]  # null: no registration limit
    # The public may register (never the hackathon nor the pitch preparation, kept for accelerated companies).
    open_to_public: Mapped[bool] = mapped_column(default=True)


class SessionSpeaker(RegionalBase):
    __tablename__ = "event_session_speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("event_sessions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200), default="")  # function: « cofondateur »
    organisation: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int]


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"


class Registration(Timestamped, Versioned, RegionalBase):
    """A person of the public registered for the event (no account): their personal link carries a token whose
    hash only is stored."""

    __tablename__ = "event_registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "email"),
        Index("ix_event_registrations_name", "event_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(SortKey)  # the folded name, for check-in search and lists
    email: Mapped[str] = mapped_column(String(254))
    company: Mapped[str] = mapped_column(String(200))
    siret: Mapped[str | None] = mapped_column(String(14))
    function: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[RegistrationStatus] = mapped_column(enum_type(RegistrationStatus, "registration_status"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    consented_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Registered on the day by an organiser, at the door.
    walk_in: Mapped[bool] = mapped_column(default=False)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SeatStatus(StrEnum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"  # the session is full: moved up, in order of asking, when a seat frees


class SessionSeat(RegionalBase):
    """A registration's place in one session (a workshop with a capacity, a conference…)."""

    __tablename__ = "event_session_seats"
    __table_args__ = (Index("ix_event_session_seats_session", "session_id", "status", "requested_at"),)

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("event_registrations.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[int] = mapped_column(ForeignKey("event_sessions.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[SeatStatus] = mapped_column(enum_type(SeatStatus, "seat_status"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
