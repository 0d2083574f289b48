from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from filiere.db_types import SortKey, UTCDateTime, enum_type
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
    REJECTED = "rejected"  # not selected, with a reason
    ABANDONED = "abandoned"  # stopped by the company or the CCI, with a reason


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


class HeadcountBand(StrEnum):
    """INSEE's « tranche d'effectif salarié » (SIRENE codes as values); French labels in `labels.py`."""

    NON_EMPLOYER = "NN"
    NONE_AT_YEAR_END = "00"
    FROM_1_TO_2 = "01"
    FROM_3_TO_5 = "02"
    FROM_6_TO_9 = "03"
    FROM_10_TO_19 = "11"
    FROM_20_TO_49 = "12"
    FROM_50_TO_99 = "21"
    FROM_100_TO_199 = "22"
    FROM_200_TO_249 = "31"
    FROM_250_TO_499 = "32"
    FROM_500_TO_999 = "41"
    FROM_1000_TO_1999 = "42"
    FROM_2000_TO_4999 = "51"
    FROM_5000_TO_9999 = "52"
    FROM_10000 = "53"


class RevenueBand(StrEnum):
    """Annual turnover, cut at the thresholds of the company categories (décret 2008-1354: micro, PME, ETI)."""

    UNDER_2M = "under_2m"
    FROM_2M_TO_10M = "2m_10m"
    FROM_10M_TO_50M = "10m_50m"
    FROM_50M_TO_1500M = "50m_1500m"
    OVER_1500M = "over_1500m"


class Company(Timestamped, Versioned, RegionalBase):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    siren: Mapped[str] = mapped_column(String(9), unique=True)
    # Demo data never invents a real company's identifiers: generated ones are flagged.
    siren_is_demo: Mapped[bool] = mapped_column(default=False)
    siret: Mapped[str | None] = mapped_column(String(14))  # the establishment carrying the project
    naf_code: Mapped[str | None] = mapped_column(String(6))
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(120))
    departement: Mapped[str] = mapped_column(String(3))
    street: Mapped[str] = mapped_column(String(200), default="")  # « 12 rue des Tisserands »
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    headcount_band: Mapped[HeadcountBand | None] = mapped_column(enum_type(HeadcountBand, "company_headcount_band"))
    revenue_band: Mapped[RevenueBand | None] = mapped_column(enum_type(RevenueBand, "company_revenue_band"))
    # The company's contact person for the programme (personal data, confidential): first given with a
    # candidacy, then kept up to date by the region's advisers.
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_function: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")


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
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id"), index=True)

    needs: Mapped[list[ProjectNeedRow]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectNeedRow.need", lazy="raise"
    )


class ProjectProduct(RegionalBase):
    """A product the project brings (back) to France, as the company names it."""

    __tablename__ = "project_products"
    __table_args__ = (Index("ix_project_products_project", "project_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    # Customs nomenclature (SH4, SH6, NC8 or TARIC): digits only; lets imports be looked up.
    customs_code: Mapped[str | None] = mapped_column(String(10))
    # What the company imports today and would make in France instead, in euros a year.
    annual_import_value_eur: Mapped[int | None] = mapped_column(BigInteger)


class TeamRole(StrEnum):
    COACH = "coach"  # accompanies the company through the programme
    EXPERT = "expert"  # brings one skill: R&D, financing, industrialisation…


class ProjectTeamMember(RegionalBase):
    """A coach or an expert working on the project; the adviser and the student team are kept apart."""

    __tablename__ = "project_team_members"
    __table_args__ = (Index("ix_project_team_members_project", "project_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int]
    role: Mapped[TeamRole] = mapped_column(enum_type(TeamRole, "project_team_role"))
    name: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    expertise: Mapped[str] = mapped_column(String(200), default="")


class ProjectStatusChange(RegionalBase):
    """One step of a project's journey: who moved it, when, from where to where, and why."""

    __tablename__ = "project_status_changes"
    __table_args__ = (Index("ix_project_status_changes_project", "project_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    from_status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus, "project_status_change_from"))
    to_status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus, "project_status_change_to"))
    reason: Mapped[str] = mapped_column(Text, default="")  # confidential
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The person, as the audit trail names them (users live in the national database: no foreign key).
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str] = mapped_column(String(120))


class SelectionScore(RegionalBase):
    """One committee member's score of a candidate on the selection grid (rewritten when they re-score)."""

    __tablename__ = "selection_scores"
    __table_args__ = (UniqueConstraint("project_id", "scored_by_subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    scores: Mapped[dict[str, int]] = mapped_column(JSON)  # criterion key → 0..4
    total: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    scored_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The member, as the audit trail names them (users live in the national database: no foreign key).
    # None only for a score kept from the one-score-per-candidacy grid whose author the trail did not name.
    scored_by_subject: Mapped[str | None] = mapped_column(String(64))
    scored_by_name: Mapped[str] = mapped_column(String(120))


class ProjectComment(RegionalBase):
    """A note on a project's thread (confidential, like the project's notes)."""

    __tablename__ = "project_comments"
    __table_args__ = (
        Index("ix_project_comments_project", "project_id", "id"),
        Index("ix_project_comments_organisation", "project_id", "organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_subject: Mapped[str] = mapped_column(String(64))
    author_name: Mapped[str] = mapped_column(String(120))
    # The partner organisation whose question thread this belongs to (national organisations.id, no foreign
    # key across databases); null: the CCI's internal thread.
    organisation_id: Mapped[int | None]


class CommentMention(RegionalBase):
    """A person named in a comment: national users.id, possibly of another region (no foreign key)."""

    __tablename__ = "comment_mentions"

    comment_id: Mapped[int] = mapped_column(ForeignKey("project_comments.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(primary_key=True)


class ProjectNeedRow(RegionalBase):
    __tablename__ = "project_needs"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    need: Mapped[ProjectNeed] = mapped_column(enum_type(ProjectNeed, "project_need"), primary_key=True)
