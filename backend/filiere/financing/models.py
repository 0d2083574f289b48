"""A project's investment plan and financing plan, and its company's earlier de minimis aid, in the
project's regional database. A source names its scheme by its national id (another database: no foreign
key); amounts are whole euros excluding VAT."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned

# What the database itself refuses, beneath the services' French checks: no negative or absurd amount
# (above a billion euros a typing slip, never a relocation), no year outside the century.
MAX_AMOUNT_EUR = 1_000_000_000
_AMOUNT = f"amount >= 0 AND amount <= {MAX_AMOUNT_EUR}"
_YEAR = "year >= 2000 AND year <= 2100"


class InvestmentCategory(StrEnum):
    MACHINES = "machines"  # machines and equipment
    BUILDING = "building"  # building and fit-out
    TOOLING = "tooling"
    RESEARCH = "research"  # R&D and prototypes
    SOFTWARE = "software"
    RECRUITMENT = "recruitment"  # recruitment and training
    CERTIFICATION = "certification"
    WORKING_CAPITAL = "working_capital"
    OTHER = "other"


class InvestmentStatus(StrEnum):
    ESTIMATED = "estimated"
    QUOTED = "quoted"
    COMMITTED = "committed"
    SPENT = "spent"


class InvestmentLine(Timestamped, Versioned, RegionalBase):
    __tablename__ = "investment_lines"
    __table_args__ = (
        Index("ix_investment_lines_project", "project_id", "year", "id"),
        CheckConstraint(_AMOUNT, name="amount_range"),
        CheckConstraint(_YEAR, name="year_range"),
        CheckConstraint("quarter IS NULL OR (quarter >= 1 AND quarter <= 4)", name="quarter_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    category: Mapped[InvestmentCategory] = mapped_column(enum_type(InvestmentCategory, "investment_category"))
    label: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(BigInteger)  # euros excluding VAT
    year: Mapped[int]
    quarter: Mapped[int | None]
    status: Mapped[InvestmentStatus] = mapped_column(enum_type(InvestmentStatus, "investment_status"))
    # The machine comes from a supplier sourced in the project's supply chain.
    supplier_candidate_id: Mapped[int | None] = mapped_column(ForeignKey("supplier_candidates.id", ondelete="SET NULL"))
    quote_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    changed_by_name: Mapped[str] = mapped_column(String(120))


class SourceKind(StrEnum):
    OWN_FUNDS = "own_funds"
    PARTNERS_EQUITY = "partners_equity"
    BANK_LOAN = "bank_loan"
    BPIFRANCE = "bpifrance"  # Bpifrance loan or guarantee
    REGIONAL_AID = "regional_aid"  # regional subsidy or repayable advance
    STATE_CALL = "state_call"  # France 2030 or another State call
    EUROPEAN_FUNDS = "european_funds"
    TAX_CREDIT = "tax_credit"
    CROWDFUNDING = "crowdfunding"
    OTHER = "other"


class SourceStatus(StrEnum):
    TO_APPLY = "to_apply"
    APPLIED = "applied"
    OBTAINED = "obtained"
    REFUSED = "refused"
    ABANDONED = "abandoned"


class FinancingSource(Timestamped, Versioned, RegionalBase):
    __tablename__ = "financing_sources"
    __table_args__ = (
        Index("ix_financing_sources_project", "project_id", "year", "id"),
        CheckConstraint(_AMOUNT, name="amount_range"),
        CheckConstraint(_YEAR, name="year_range"),
        CheckConstraint(
            f"aid_equivalent_eur IS NULL OR (aid_equivalent_eur >= 0 AND aid_equivalent_eur <= {MAX_AMOUNT_EUR})",
            name="aid_equivalent_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    kind: Mapped[SourceKind] = mapped_column(enum_type(SourceKind, "financing_source_kind"))
    label: Mapped[str] = mapped_column(String(200), default="")  # « Prêt d'équipement, banque X »
    amount: Mapped[int] = mapped_column(BigInteger)
    year: Mapped[int]
    status: Mapped[SourceStatus] = mapped_column(enum_type(SourceStatus, "financing_source_status"))
    applied_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    # National financing_schemes.id (another database: no foreign key).
    scheme_id: Mapped[int | None] = mapped_column(index=True)
    de_minimis: Mapped[bool] = mapped_column(default=False)
    # The gross grant equivalent of a subsidised loan or guarantee, as the financer states it.
    aid_equivalent_eur: Mapped[int | None] = mapped_column(BigInteger)
    decision_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    changed_by_name: Mapped[str] = mapped_column(String(120))


class EarlierDeMinimisAid(Timestamped, Versioned, RegionalBase):
    """De minimis aid the company received before or outside the programme, entered once on the company
    record: it counts towards the ceiling of every one of its projects."""

    __tablename__ = "earlier_de_minimis_aid"
    __table_args__ = (
        Index("ix_earlier_de_minimis_aid_company", "company_id", "granted_on"),
        CheckConstraint(_AMOUNT, name="amount_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    granted_on: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)  # gross grant equivalent, euros
    granted_by: Mapped[str] = mapped_column(String(200))  # « Région Normandie, Impulsion Export »
    changed_by_name: Mapped[str] = mapped_column(String(120))
