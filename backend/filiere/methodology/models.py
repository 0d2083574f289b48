"""The national method (national database): versions, phases and milestone templates.

A version is a draft until published; published versions never change (a cohort planned on one must
find it as it was); editing means creating the next draft from a published version.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from filiere.db_types import SortKey, UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, Timestamped, Versioned


class MethodStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


class MilestoneScope(StrEnum):
    COHORT = "cohort"  # once per cohort (selection committee, closing event…)
    PROJECT = "project"  # once per project of the cohort (diagnostic, pitch…)


class MilestoneOwner(StrEnum):
    ADVISER = "adviser"
    REGIONAL_ADMIN = "regional_admin"
    NATIONAL = "national"
    COACH = "coach"
    STUDENT_TEAM = "student_team"
    COMPANY = "company"


class EvidenceKind(StrEnum):
    """What proves a project's milestone done: one of the project's documents of a kind, or its market
    study's synthesis (interviews recorded). The project page says when it is missing."""

    QUESTIONNAIRE_DOCUMENT = "questionnaire_document"
    SYNTHESIS_DOCUMENT = "synthesis_document"
    PERSONA_DOCUMENT = "persona_document"
    REPORT_DOCUMENT = "report_document"
    MARKET_STUDY = "market_study"


template_dependencies = Table(
    "milestone_template_dependencies",
    NationalBase.metadata,
    Column("template_id", ForeignKey("milestone_templates.id", ondelete="CASCADE"), primary_key=True),
    Column("depends_on_id", ForeignKey("milestone_templates.id", ondelete="CASCADE"), primary_key=True),
)


class MethodVersion(Timestamped, Versioned, NationalBase):
    __tablename__ = "method_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    sort_key: Mapped[str] = mapped_column(SortKey)  # newest first: `text.newest_first_key(number)`
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[MethodStatus] = mapped_column(enum_type(MethodStatus, "method_status"))
    # Length of the programme: offsets stay within this many months of working days around J0.
    duration_months: Mapped[int]
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("method_versions.id"))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    phases: Mapped[list[Phase]] = relationship(
        back_populates="method_version", cascade="all, delete-orphan", order_by="Phase.position", lazy="raise"
    )
    templates: Mapped[list[MilestoneTemplate]] = relationship(
        back_populates="method_version", cascade="all, delete-orphan", lazy="raise"
    )
    scoring_criteria: Mapped[list[ScoringCriterion]] = relationship(
        cascade="all, delete-orphan", order_by="ScoringCriterion.position", lazy="raise"
    )
    meetup_themes: Mapped[list[MeetupTheme]] = relationship(
        cascade="all, delete-orphan", order_by="MeetupTheme.position", lazy="raise"
    )


class Phase(NationalBase):
    __tablename__ = "method_phases"
    __table_args__ = (UniqueConstraint("method_version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    method_version_id: Mapped[int] = mapped_column(ForeignKey("method_versions.id", ondelete="CASCADE"), index=True)
    # Stable across versions (copied into each draft), so migrations can compare versions.
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int]

    method_version: Mapped[MethodVersion] = relationship(back_populates="phases", lazy="raise")


class MilestoneTemplate(NationalBase):
    __tablename__ = "milestone_templates"
    __table_args__ = (UniqueConstraint("method_version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    method_version_id: Mapped[int] = mapped_column(ForeignKey("method_versions.id", ondelete="CASCADE"), index=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("method_phases.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))  # stable across versions, like Phase.key
    title: Mapped[str] = mapped_column(String(200))
    scope: Mapped[MilestoneScope] = mapped_column(enum_type(MilestoneScope, "milestone_scope"))
    offset_working_days: Mapped[int]
    owner: Mapped[MilestoneOwner] = mapped_column(enum_type(MilestoneOwner, "milestone_owner"))
    expected_deliverable: Mapped[str] = mapped_column(Text, default="")
    # None: the method asks for no evidence the platform can find (a meeting, a decision…).
    required_evidence: Mapped[EvidenceKind | None] = mapped_column(enum_type(EvidenceKind, "evidence_kind"))
    position: Mapped[int]  # order within its phase

    method_version: Mapped[MethodVersion] = relationship(back_populates="templates", lazy="raise")
    phase: Mapped[Phase] = relationship(lazy="raise")
    depends_on: Mapped[list[MilestoneTemplate]] = relationship(
        secondary=template_dependencies,
        primaryjoin=lambda: MilestoneTemplate.id == template_dependencies.c.template_id,
        secondaryjoin=lambda: MilestoneTemplate.id == template_dependencies.c.depends_on_id,
        lazy="raise",
    )


class ScoringCriterion(NationalBase):
    """A criterion of the jury's scoring grid: every region's jurors score the pitches of an edition on the
    grid of its method version, so that results compare across regions."""

    __tablename__ = "scoring_criteria"
    __table_args__ = (
        UniqueConstraint("method_version_id", "key"),
        CheckConstraint("weight > 0 AND weight <= 100", name="weight_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    method_version_id: Mapped[int] = mapped_column(ForeignKey("method_versions.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))  # stable across versions, like Phase.key
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int]  # relative to the other criteria of the grid
    position: Mapped[int]


class MeetupTheme(NationalBase):
    """A theme of the 20-minute « meet-up » workshops of the event day, the same list in every region."""

    __tablename__ = "meetup_themes"
    __table_args__ = (UniqueConstraint("method_version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    method_version_id: Mapped[int] = mapped_column(ForeignKey("method_versions.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int]
