"""Editions (national), cohorts and their milestones (regional): the retroplanning of the programme."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from filiere.db_types import SortKey, enum_type
from filiere.methodology.models import MilestoneOwner, MilestoneScope
from filiere.tenancy.metadata import NationalBase, RegionalBase, Timestamped, Versioned


class Edition(Timestamped, Versioned, NationalBase):
    """A national campaign of the programme: every region's cohort of it follows one method version."""

    __tablename__ = "editions"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sort_key: Mapped[str] = mapped_column(SortKey)  # `text.newest_first_key(year, name)`
    method_version_id: Mapped[int] = mapped_column(ForeignKey("method_versions.id"))
    regions: Mapped[list[str]] = mapped_column(JSON)  # slugs of the participating regions


class Cohort(Timestamped, Versioned, RegionalBase):
    """A region's run of an edition, planned backwards from its event day (J0)."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # National editions.id and method_versions.id (another database: no foreign key).
    edition_id: Mapped[int] = mapped_column(index=True)
    edition_year: Mapped[int]
    method_version_id: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    # Most recent edition first, then by name: `text.newest_first_key`.
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    event_date: Mapped[date | None]  # J0; unknown for some past editions
    event_end_date: Mapped[date | None]
    start_date: Mapped[date | None]
    venue: Mapped[str] = mapped_column(String(200), default="")
    school_partner: Mapped[str] = mapped_column(String(200), default="")


class MilestoneDependency(RegionalBase):
    __tablename__ = "milestone_dependencies"

    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestones.id", ondelete="CASCADE"), primary_key=True)
    depends_on_id: Mapped[int] = mapped_column(ForeignKey("milestones.id", ondelete="CASCADE"), primary_key=True)


class Milestone(Timestamped, Versioned, RegionalBase):
    """A milestone of a cohort, or of one project of the cohort. What comes from the method template is
    copied here: published versions never change, and the region's screens need no national lookup."""

    __tablename__ = "milestones"
    __table_args__ = (
        Index("ix_milestones_cohort_sort", "cohort_id", "sort_key"),
        Index("ix_milestones_assignee_sort", "assignee_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int]  # national milestone_templates.id
    template_key: Mapped[str] = mapped_column(String(64))
    phase_key: Mapped[str] = mapped_column(String(64))
    phase_name: Mapped[str] = mapped_column(String(200))
    phase_position: Mapped[int]
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    scope: Mapped[MilestoneScope] = mapped_column(enum_type(MilestoneScope, "milestone_instance_scope"))
    owner: Mapped[MilestoneOwner] = mapped_column(enum_type(MilestoneOwner, "milestone_instance_owner"))
    expected_deliverable: Mapped[str] = mapped_column(Text, default="")
    offset_working_days: Mapped[int]
    due_date: Mapped[date | None]
    # (due date, phase, position): the order of every milestone list; rewritten with the due date.
    sort_key: Mapped[str] = mapped_column(SortKey)
    pinned: Mapped[bool] = mapped_column(default=False)
    started_on: Mapped[date | None]
    done_on: Mapped[date | None]
    evidence: Mapped[str] = mapped_column(Text, default="")  # confidential
    evidence_url: Mapped[str] = mapped_column(String(500), default="")  # confidential
    assignee_id: Mapped[int | None]  # national users.id

    depends_on: Mapped[list[MilestoneDependency]] = relationship(
        foreign_keys=[MilestoneDependency.milestone_id], cascade="all, delete-orphan", lazy="raise"
    )
