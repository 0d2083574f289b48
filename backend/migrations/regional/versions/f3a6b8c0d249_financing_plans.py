"""financing plans: investment lines, financing sources, earlier de minimis aid

Revision ID: f3a6b8c0d249
Revises: e4b7c1d9f2a6
Create Date: 2026-12-07 12:15:48.666649

A project's investment and financing plans, and its company's earlier de minimis aid. A source names its
national scheme by id (another database: no foreign key).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f3a6b8c0d249"
down_revision: str | None = "e4b7c1d9f2a6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "earlier_de_minimis_aid",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("changed_by_name", sa.String(length=120), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0 AND amount <= 1000000000", name=op.f("ck_earlier_de_minimis_aid_amount_range")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_earlier_de_minimis_aid_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_earlier_de_minimis_aid")),
    )
    with op.batch_alter_table("earlier_de_minimis_aid", schema=None) as batch_op:
        batch_op.create_index("ix_earlier_de_minimis_aid_company", ["company_id", "granted_on"], unique=False)

    op.create_table(
        "financing_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "own_funds",
                "partners_equity",
                "bank_loan",
                "bpifrance",
                "regional_aid",
                "state_call",
                "european_funds",
                "tax_credit",
                "crowdfunding",
                "other",
                name="financing_source_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "to_apply",
                "applied",
                "obtained",
                "refused",
                "abandoned",
                name="financing_source_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("scheme_id", sa.Integer(), nullable=True),
        sa.Column("de_minimis", sa.Boolean(), nullable=False),
        sa.Column("aid_equivalent_eur", sa.BigInteger(), nullable=True),
        sa.Column("decision_document_id", sa.Integer(), nullable=True),
        sa.Column("changed_by_name", sa.String(length=120), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "aid_equivalent_eur IS NULL OR (aid_equivalent_eur >= 0 AND aid_equivalent_eur <= 1000000000)",
            name=op.f("ck_financing_sources_aid_equivalent_range"),
        ),
        sa.CheckConstraint("amount >= 0 AND amount <= 1000000000", name=op.f("ck_financing_sources_amount_range")),
        sa.CheckConstraint("year >= 2000 AND year <= 2100", name=op.f("ck_financing_sources_year_range")),
        sa.ForeignKeyConstraint(
            ["decision_document_id"],
            ["documents.id"],
            name=op.f("fk_financing_sources_decision_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_financing_sources_project_id_projects"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financing_sources")),
    )
    with op.batch_alter_table("financing_sources", schema=None) as batch_op:
        batch_op.create_index("ix_financing_sources_project", ["project_id", "year", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_financing_sources_scheme_id"), ["scheme_id"], unique=False)

    op.create_table(
        "investment_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "machines",
                "building",
                "tooling",
                "research",
                "software",
                "recruitment",
                "certification",
                "working_capital",
                "other",
                name="investment_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "estimated",
                "quoted",
                "committed",
                "spent",
                name="investment_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("supplier_candidate_id", sa.Integer(), nullable=True),
        sa.Column("quote_document_id", sa.Integer(), nullable=True),
        sa.Column("changed_by_name", sa.String(length=120), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0 AND amount <= 1000000000", name=op.f("ck_investment_lines_amount_range")),
        sa.CheckConstraint(
            "quarter IS NULL OR (quarter >= 1 AND quarter <= 4)", name=op.f("ck_investment_lines_quarter_range")
        ),
        sa.CheckConstraint("year >= 2000 AND year <= 2100", name=op.f("ck_investment_lines_year_range")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_investment_lines_project_id_projects"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["quote_document_id"],
            ["documents.id"],
            name=op.f("fk_investment_lines_quote_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supplier_candidate_id"],
            ["supplier_candidates.id"],
            name=op.f("fk_investment_lines_supplier_candidate_id_supplier_candidates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investment_lines")),
    )
    with op.batch_alter_table("investment_lines", schema=None) as batch_op:
        batch_op.create_index("ix_investment_lines_project", ["project_id", "year", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("investment_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_investment_lines_project")

    op.drop_table("investment_lines")
    with op.batch_alter_table("financing_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_financing_sources_scheme_id"))
        batch_op.drop_index("ix_financing_sources_project")

    op.drop_table("financing_sources")
    with op.batch_alter_table("earlier_de_minimis_aid", schema=None) as batch_op:
        batch_op.drop_index("ix_earlier_de_minimis_aid_company")

    op.drop_table("earlier_de_minimis_aid")
