"""The market study of a project, carried out by a team of business-school students.

Interviews keep no name of the person interviewed: a profile category, the channel and what was
learnt. Students are kept with their name and school e-mail only.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class RespondentProfile(StrEnum):
    CONSUMER = "consumer"
    PROFESSIONAL_BUYER = "professional_buyer"
    DISTRIBUTOR = "distributor"
    INDUSTRIAL_USER = "industrial_user"
    EXPERT = "expert"
    OTHER = "other"


class InterviewChannel(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    SURVEY = "survey"


class StudentTeam(Timestamped, Versioned, RegionalBase):
    __tablename__ = "student_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), unique=True)
    school: Mapped[str] = mapped_column(String(200))
    teacher_name: Mapped[str] = mapped_column(String(120))


class Student(RegionalBase):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("student_teams.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))


class Interview(RegionalBase):
    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_project", "project_id", "held_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    held_on: Mapped[date]
    respondent_profile: Mapped[RespondentProfile] = mapped_column(enum_type(RespondentProfile, "respondent_profile"))
    channel: Mapped[InterviewChannel] = mapped_column(enum_type(InterviewChannel, "interview_channel"))
    key_findings: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_name: Mapped[str] = mapped_column(String(120))
