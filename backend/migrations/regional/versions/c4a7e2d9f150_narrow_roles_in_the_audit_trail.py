"""narrow roles (coach, expert, student) in the audit trail

Revision ID: c4a7e2d9f150
Revises: 1e623a565d72
Create Date: 2026-12-07 09:45:00.000000

A coach, an expert or a student writes in a project (a comment, an interview, a document): the trail names
their role. The CHECK that lists the roles is replaced; the downgrade drops the rows it could not hold.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c4a7e2d9f150'
down_revision: str | None = '1e623a565d72'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ROLES = ("adviser", "regional_admin", "national", "partner", "juror", "platform_admin", "coach", "expert", "student")


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_events_audit_actor_role'), type_='check')
        batch_op.create_check_constraint('audit_actor_role', sa.column('actor_role').in_(ROLES))


def downgrade() -> None:
    op.execute("DELETE FROM audit_events WHERE actor_role IN ('coach', 'expert', 'student')")
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_events_audit_actor_role'), type_='check')
        batch_op.create_check_constraint('audit_actor_role', sa.column('actor_role').in_(ROLES[:-3]))
