"""sign-in sessions remember the browser and the address they started from (« Mes sessions »)

Revision ID: a5b8c3d1e7f4
Revises: 9d4f2b6e8a13
Create Date: 2026-12-07 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a5b8c3d1e7f4'
down_revision: str | None = '9d4f2b6e8a13'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sign_in_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('user_agent', sa.String(length=400), server_default='', nullable=False))
        batch_op.add_column(sa.Column('address', sa.String(length=45), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('sign_in_sessions', schema=None) as batch_op:
        batch_op.drop_column('address')
        batch_op.drop_column('user_agent')
