"""partner questions: a comment may belong to a partner organisation's question thread

Revision ID: d8e1f4a6b027
Revises: c4a7e2d9f150
Create Date: 2026-12-07 11:30:00.000000

A partner organisation asks the project's adviser a question: its thread is the project's comments of that
organisation (national organisations.id, no foreign key across databases); null is the CCI's internal thread.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'd8e1f4a6b027'
down_revision: str | None = 'c4a7e2d9f150'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('project_comments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_project_comments_organisation', ['project_id', 'organisation_id'], unique=False)


def downgrade() -> None:
    # The partners' questions have no place in the internal thread: they go with the column.
    op.execute("DELETE FROM project_comments WHERE organisation_id IS NOT NULL")
    with op.batch_alter_table('project_comments', schema=None) as batch_op:
        batch_op.drop_index('ix_project_comments_organisation')
        batch_op.drop_column('organisation_id')
