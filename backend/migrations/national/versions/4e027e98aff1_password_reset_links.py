"""password reset links: invitations gain a purpose

Revision ID: 4e027e98aff1
Revises: 5ac0002bf56a
Create Date: 2026-12-07 08:16:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '4e027e98aff1'
down_revision: str | None = '5ac0002bf56a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('purpose', sa.String(length=16), server_default='invitation', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_column('purpose')
