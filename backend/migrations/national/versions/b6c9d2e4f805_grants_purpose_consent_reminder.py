"""grants: the purpose shown to the partner, the company's consent, the expiry reminder; inbox notices of
a project shared and of a grant ending

Revision ID: b6c9d2e4f805
Revises: a5b8c3d1e7f4
Create Date: 2026-12-07 10:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b6c9d2e4f805'
down_revision: str | None = 'a5b8c3d1e7f4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = ('mention', 'sourcing_request', 'sourcing_answer', 'assignment')
NEW_KINDS = ('project_shared', 'grant_expiring')


def upgrade() -> None:
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.Text(), server_default='', nullable=False))
        # Who at the company agreed to share beyond the summary card, on which day, and the signed
        # agreement if any (a document of the project, in its regional database: its id only).
        batch_op.add_column(sa.Column('consent_given_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('consent_given_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_document_id', sa.Integer(), nullable=True))
        # When the adviser was reminded that the grant expires within a week (once per expiry date).
        batch_op.add_column(sa.Column('expiry_reminded_at', sa.DateTime(timezone=True), nullable=True))
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS + NEW_KINDS))


def downgrade() -> None:
    op.execute("DELETE FROM inbox_items WHERE kind IN ('project_shared', 'grant_expiring')")
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_inbox_items_inbox_kind'), type_='check')
        batch_op.create_check_constraint('inbox_kind', sa.column('kind').in_(KINDS))
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.drop_column('expiry_reminded_at')
        batch_op.drop_column('consent_document_id')
        batch_op.drop_column('consent_given_on')
        batch_op.drop_column('consent_given_by')
        batch_op.drop_column('purpose')
