"""inbox notices of the team's answer to a partner organisation's question (partner_answer)

Revision ID: f5c8d2a0b3e7
Revises: e9f2a5b7c138
Create Date: 2026-12-07 12:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'f5c8d2a0b3e7'
down_revision: str | None = 'e9f2a5b7c138'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = (
    'mention',
    'sourcing_request',
    'sourcing_answer',
    'assignment',
    'project_shared',
    'grant_expiring',
    'partner_question',
)


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_((*KINDS, 'partner_answer')))


def downgrade() -> None:
    op.execute("DELETE FROM inbox_items WHERE kind = 'partner_answer'")
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS))
