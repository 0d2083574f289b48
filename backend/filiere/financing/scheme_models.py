"""The catalogue of financing schemes: national data, read by every region.

CCI France manages the national catalogue (`owner_region` NULL), imported from Aides-territoires or typed
in; a region's CCI adds the schemes the catalogue lacks, private to it (`owner_region` = its slug). What a
scheme is for, who it is for and where it applies are rows of `financing_scheme_criteria` rather than JSON
lists, so that the catalogue's filters and the matching are plain SQL on PostgreSQL and SQLite alike.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from filiere.db_types import SortKey, UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, Timestamped, Versioned


class SchemeType(StrEnum):
    GRANT = "grant"
    REPAYABLE_ADVANCE = "repayable_advance"
    LOAN = "loan"
    GUARANTEE = "guarantee"
    EQUITY = "equity"
    TAX_CREDIT = "tax_credit"


class SchemePurpose(StrEnum):
    """What a scheme finances; an investment line's category maps to one of them (`financing.matching`)."""

    INVESTMENT = "investment"  # productive investment: machines, buildings, tooling, software
    INNOVATION = "innovation"  # R&D, prototypes, innovation
    RECRUITMENT = "recruitment"  # hiring and training
    EXPORT = "export"
    ECOLOGICAL_TRANSITION = "ecological_transition"
    CERTIFICATION = "certification"  # quality, labels, standards
    WORKING_CAPITAL = "working_capital"  # cash needs, stock
    CONSULTING = "consulting"  # studies and advice


class CompanySize(StrEnum):
    """Company categories of the décret 2008-1354 (micro-entreprise is called TPE in the programme)."""

    TPE = "tpe"
    PME = "pme"
    ETI = "eti"
    GE = "ge"


class CriterionDimension(StrEnum):
    PURPOSE = "purpose"  # `SchemePurpose` values
    COMPANY_SIZE = "company_size"  # `CompanySize` values
    NAF_SECTION = "naf_section"  # « A » … « U »
    PROJECT_KIND = "project_kind"  # `programmes.models.ProjectKind` values
    REGION = "region"  # INSEE région code: « 28 » for Normandie
    DEPARTEMENT = "departement"  # INSEE département code: « 76 », « 2A »


# Dimensions where no row means « any »; a scheme's perimeter is instead `nationwide` or its area rows.
AUDIENCE_DIMENSIONS = (CriterionDimension.COMPANY_SIZE, CriterionDimension.NAF_SECTION, CriterionDimension.PROJECT_KIND)
AREA_DIMENSIONS = (CriterionDimension.REGION, CriterionDimension.DEPARTEMENT)


class FinancingScheme(Timestamped, Versioned, NationalBase):
    __tablename__ = "financing_schemes"
    __table_args__ = (Index("ix_financing_schemes_sort", "sort_key", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # fold(name): the catalogue's order and keyset cursor.
    sort_key: Mapped[str] = mapped_column(SortKey)
    # The words of its name, financer and description, folded: an accent- and case-insensitive filter.
    search_text: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    # The financer as a partner organisation when it is one, and always as a label (« Bpifrance »).
    financer_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    financer_label: Mapped[str] = mapped_column(String(300))
    type: Mapped[SchemeType] = mapped_column(enum_type(SchemeType, "financing_scheme_type"), index=True)
    # France as a whole; otherwise the régions and départements of its criteria (at least one).
    nationwide: Mapped[bool]
    # Bounds when known: amounts in whole euros, rates in percent of the eligible expense.
    amount_min: Mapped[int | None] = mapped_column(BigInteger)
    amount_max: Mapped[int | None] = mapped_column(BigInteger)
    rate_min: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    rate_max: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    opens_on: Mapped[date | None]  # None: open since ever
    closes_on: Mapped[date | None]  # None: permanent scheme (« au fil de l'eau »)
    application_url: Mapped[str] = mapped_column(String(500), default="")
    source_url: Mapped[str] = mapped_column(String(500), default="")
    # The Aides-territoires aid this scheme was imported from (its numeric id): re-imports update it.
    aides_territoires_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    source_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # last update at the source
    de_minimis: Mapped[bool] = mapped_column(default=False)  # default of a financing source's flag
    # NULL: the national catalogue; a region slug: that region's CCI's own scheme, private to it.
    owner_region: Mapped[str | None] = mapped_column(String(64), index=True)
    changed_by_name: Mapped[str] = mapped_column(String(120), default="")

    criteria: Mapped[list[FinancingSchemeCriterion]] = relationship(
        cascade="all, delete-orphan",
        order_by=lambda: (FinancingSchemeCriterion.dimension, FinancingSchemeCriterion.value),
        lazy="raise",
    )


class FinancingSchemeCriterion(NationalBase):
    """One value of one dimension of a scheme: « purpose = investment », « region = 28 »."""

    __tablename__ = "financing_scheme_criteria"
    __table_args__ = (Index("ix_financing_scheme_criteria_value", "dimension", "value", "scheme_id"),)

    scheme_id: Mapped[int] = mapped_column(ForeignKey("financing_schemes.id", ondelete="CASCADE"), primary_key=True)
    dimension: Mapped[CriterionDimension] = mapped_column(
        enum_type(CriterionDimension, "financing_criterion_dimension"), primary_key=True
    )
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
