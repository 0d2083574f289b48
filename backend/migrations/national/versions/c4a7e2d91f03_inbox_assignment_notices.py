"""inbox assignment notices

Revision ID: c4a7e2d91f03
Revises: b3e3329e3157
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c4a7e2d91f03'
down_revision: str | None = 'b3e3329e3157'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = ("mention", "sourcing_request", "sourcing_answer", "assignment")


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS))


def downgrade() -> None:
    op.execute("DELETE FROM inbox_items WHERE kind = 'assignment'")
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS[:-1]))
