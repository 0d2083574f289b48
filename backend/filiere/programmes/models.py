from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from filiere.db_types import SortKey, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class ProjectKind(StrEnum):
    RELOCATION = "relocation"
    NEW_PRODUCTION = "new_production"
    DIVERSIFICATION = "diversification"


class ProjectStatus(StrEnum):
    CANDIDATE = "candidate"
    SELECTED = "selected"
    ACCELERATING = "accelerating"
    PITCHED = "pitched"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class ProjectNeed(StrEnum):
    MARKET_STUDY = "market_study"
    RESEARCH_DEVELOPMENT = "research_development"
    CONSULTING = "consulting"
    PRODUCTION_SOURCING = "production_sourcing"
    DISTRIBUTION_SOURCING = "distribution_sourcing"
    FINANCING = "financing"


class Sector(StrEnum):
    """Filières industrielles; French labels live in the SPA's translations."""

    AGRIFOOD = "agrifood"
    TEXTILE = "textile"
    MOBILITY = "mobility"
    HEALTH = "health"
    ENERGY = "energy"
    CONSTRUCTION = "construction"
    CHEMICALS = "chemicals"
    ELECTRONICS = "electronics"
    MECHANICS = "mechanics"
    WOOD_FURNITURE = "wood_furniture"
    FOOD_SERVICE = "food_service"
    SPORTS_LEISURE = "sports_leisure"
    COSMETICS = "cosmetics"
    AEROSPACE = "aerospace"


class Company(Timestamped, RegionalBase):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    siren: Mapped[str] = mapped_column(String(9), unique=True)
    # Demo data never invents a real company's identifiers: generated ones are flagged.
    siren_is_demo: Mapped[bool] = mapped_column(default=False)
    naf_code: Mapped[str | None] = mapped_column(String(6))
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(120))
    departement: Mapped[str] = mapped_column(String(3))


class Project(Timestamped, Versioned, RegionalBase):
    __tablename__ = "projects"
    __table_args__ = (
        UniqueConstraint("company_id", "name"),
        Index("ix_projects_sort", "sort_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # fold(name): the list's order and keyset cursor (see filiere.text).
    sort_key: Mapped[str] = mapped_column(SortKey)
    # fold(name + company + summary): accent- and case-insensitive text filter.
    search_text: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ProjectKind] = mapped_column(enum_type(ProjectKind, "project_kind"))
    sector: Mapped[Sector] = mapped_column(enum_type(Sector, "project_sector"), index=True)
    status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus, "project_status"), index=True)
    # National users.id (another database: no foreign key).
    adviser_id: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")  # confidential

    needs: Mapped[list[ProjectNeedRow]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectNeedRow.need", lazy="raise"
    )


class ProjectNeedRow(RegionalBase):
    __tablename__ = "project_needs"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    need: Mapped[ProjectNeed] = mapped_column(enum_type(ProjectNeed, "project_need"), primary_key=True)
