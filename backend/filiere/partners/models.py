from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.auth.grants import GrantScope
from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, Timestamped


class OrganisationKind(StrEnum):
    FINANCER = "financer"
    CONSULTANCY = "consultancy"
    LABEL = "label"
    DISTRIBUTOR = "distributor"
    SCHOOL = "school"
    NETWORK = "network"  # associations, clusters, chambers
    PUBLIC_AUTHORITY = "public_authority"


class Organisation(Timestamped, NationalBase):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[OrganisationKind] = mapped_column(enum_type(OrganisationKind, "organisation_kind"))
    website: Mapped[str | None] = mapped_column(String(255))


class Grant(Timestamped, NationalBase):
    """A project shared with a partner organisation. The project lives in a regional database, so it
    is referenced by region slug and id, without a foreign key."""

    __tablename__ = "grants"
    __table_args__ = (UniqueConstraint("organisation_id", "region", "project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    region: Mapped[str] = mapped_column(String(64))
    project_id: Mapped[int]
    scope: Mapped[GrantScope] = mapped_column(enum_type(GrantScope, "grant_scope"))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    purpose: Mapped[str] = mapped_column(Text, default="", server_default="")  # shown to the partner
    # Who at the company agreed to share beyond the summary card, on which day, and the signed agreement
    # if any (a document of the project, in its regional database: its id only).
    consent_given_by: Mapped[str | None] = mapped_column(String(200))
    consent_given_on: Mapped[date | None]
    consent_document_id: Mapped[int | None]
    # When the granting adviser was told the grant ends within a week (reset when the expiry changes).
    expiry_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
