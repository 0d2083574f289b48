"""inbox sourcing notices

Revision ID: b3e3329e3157
Revises: eac90b55c9be
Create Date: 2026-11-23 14:25:26.271413
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b3e3329e3157'
down_revision: str | None = 'eac90b55c9be'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = ("mention", "sourcing_request", "sourcing_answer")


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sourcing_request_id', sa.Integer(), nullable=True))
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.alter_column('kind', existing_type=sa.VARCHAR(length=7), type_=sa.String(length=16), existing_nullable=False)
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS))


def downgrade() -> None:
    op.execute("DELETE FROM inbox_items WHERE kind != 'mention'")
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.alter_column('kind', existing_type=sa.String(length=16), type_=sa.VARCHAR(length=7), existing_nullable=False)
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS[:1]))
        batch_op.drop_column('sourcing_request_id')
