"""external identities: the issuer and subject an account signs in with (ProConnect, Keycloak)

Revision ID: 9d4f2b6e8a13
Revises: 7c1e5a9d3b20
Create Date: 2026-12-07 09:41:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9d4f2b6e8a13'
down_revision: str | None = '7c1e5a9d3b20'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_issuer', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('external_subject', sa.String(length=255), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f('uq_users_external_issuer_external_subject'), ['external_issuer', 'external_subject']
        )


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_external_issuer_external_subject'), type_='unique')
        batch_op.drop_column('external_subject')
        batch_op.drop_column('external_issuer')
