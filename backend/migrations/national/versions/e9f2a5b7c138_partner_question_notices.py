"""inbox notices of a partner's question to a project's adviser

Revision ID: e9f2a5b7c138
Revises: c7d0e3f5a916
Create Date: 2026-12-07 11:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e9f2a5b7c138'
down_revision: str | None = 'c7d0e3f5a916'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = ('mention', 'sourcing_request', 'sourcing_answer', 'assignment', 'project_shared', 'grant_expiring')


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_((*KINDS, 'partner_question')))


def downgrade() -> None:
    op.execute("DELETE FROM inbox_items WHERE kind = 'partner_question'")
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS))
