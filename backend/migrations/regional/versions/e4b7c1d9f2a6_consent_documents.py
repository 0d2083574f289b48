"""a project document may be the company's signed consent to sharing it with a partner

Revision ID: e4b7c1d9f2a6
Revises: d8e1f4a6b027
Create Date: 2026-12-07 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e4b7c1d9f2a6'
down_revision: str | None = 'd8e1f4a6b027'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = ('questionnaire', 'synthesis', 'persona', 'report', 'other')


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_documents_document_kind'), type_='check')
        batch_op.create_check_constraint('document_kind', sa.column('kind').in_((*KINDS, 'consent')))


def downgrade() -> None:
    op.execute("DELETE FROM documents WHERE kind = 'consent'")
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_documents_document_kind'), type_='check')
        batch_op.create_check_constraint('document_kind', sa.column('kind').in_(KINDS))
