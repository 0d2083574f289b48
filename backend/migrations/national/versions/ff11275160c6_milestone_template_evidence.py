"""milestone template evidence

Revision ID: ff11275160c6
Revises: c4a7e2d91f03
Create Date: 2026-12-07 06:38:20.910271
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'ff11275160c6'
down_revision: str | None = 'c4a7e2d91f03'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Published versions never change: their templates keep asking no evidence; the next draft sets it.
    with op.batch_alter_table('milestone_templates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('required_evidence', sa.Enum('questionnaire_document', 'synthesis_document', 'persona_document', 'report_document', 'market_study', name='evidence_kind', native_enum=False, create_constraint=True), nullable=True))


def downgrade() -> None:
    # SQLite rebuilds the table: the enum's CHECK goes first, or it would name a missing column.
    with op.batch_alter_table('milestone_templates', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_milestone_templates_evidence_kind'), type_='check')
        batch_op.drop_column('required_evidence')
