"""narrow roles (coach, expert, student) and their project memberships

Revision ID: 7c1e5a9d3b20
Revises: 4e027e98aff1
Create Date: 2026-12-07 09:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7c1e5a9d3b20'
down_revision: str | None = '4e027e98aff1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ROLES = ("adviser", "regional_admin", "national", "partner", "juror", "platform_admin", "coach", "expert", "student")
NARROW = ROLES[-3:]


def upgrade() -> None:
    # A CHECK lists an enum's values: widening the enum replaces the constraint.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_users_user_role'), type_='check')
        batch_op.create_check_constraint('user_role', sa.column('role').in_(ROLES))
    # The national trail names the role of whoever acts, as the users table does.
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_events_audit_actor_role'), type_='check')
        batch_op.create_check_constraint('audit_actor_role', sa.column('actor_role').in_(ROLES))
    # Which projects a coach, an expert or a student works on. The projects live in the regional databases:
    # (region, project_id) names one, without a foreign key across databases.
    op.create_table(
        'project_memberships',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('region', sa.String(length=64), nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=False),
        sa.Column('attached_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('attached_by_subject', sa.String(length=64), nullable=False),
        sa.Column('detached_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_project_memberships_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_project_memberships')),
        sa.UniqueConstraint(
            'region', 'project_id', 'user_id', name=op.f('uq_project_memberships_region_project_id_user_id')
        ),
    )
    with op.batch_alter_table('project_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_memberships_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('project_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_memberships_user_id'))
    op.drop_table('project_memberships')
    op.execute("DELETE FROM audit_events WHERE actor_role IN ('coach', 'expert', 'student')")
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_events_audit_actor_role'), type_='check')
        batch_op.create_check_constraint('audit_actor_role', sa.column('actor_role').in_(ROLES[:-3]))
    narrow = "SELECT id FROM users WHERE role IN ('coach', 'expert', 'student')"
    op.execute(f"DELETE FROM invitations WHERE user_id IN ({narrow})")  # noqa: S608 - no input
    op.execute("DELETE FROM users WHERE role IN ('coach', 'expert', 'student')")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_users_user_role'), type_='check')
        batch_op.create_check_constraint('user_role', sa.column('role').in_(ROLES[:-3]))
