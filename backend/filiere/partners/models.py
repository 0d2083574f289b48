from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, UniqueConstraint
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
