"""selection scores per committee member

Revision ID: 1e623a565d72
Revises: b3d5f0a8c217
Create Date: 2026-12-07 06:38:17.419376

One score per (project, member) instead of one per project. The table changes its primary key, which SQLite
cannot alter: the rows are read, the table is built again and the rows written back (nothing references it).
A kept score gets its author's subject from the audit trail's latest « project.scored » of the project by
that name (every score was audited with it); without one it keeps only the name. The downgrade keeps each
project's latest score: the other members' scores are lost.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '1e623a565d72'
down_revision: str | None = 'b3d5f0a8c217'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEPT = ('project_id', 'scores', 'total', 'comment', 'scored_at', 'scored_by_name')


def _columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('project_id', sa.Integer(), nullable=False),
        sa.Column('scores', sa.JSON(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('scored_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('scored_by_name', sa.String(length=120), nullable=False),
    ]


def _fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ['project_id'], ['projects.id'], name=op.f('fk_selection_scores_project_id_projects'), ondelete='CASCADE'
    )


def _read(table: sa.Table, *extra: Any, order_by: Sequence[Any] = ()) -> list[dict[str, Any]]:
    query = sa.select(*(table.c[name] for name in _KEPT), *extra).order_by(*order_by)
    return [dict(row._mapping) for row in op.get_bind().execute(query)]


def upgrade() -> None:
    old = sa.table('selection_scores', *(sa.column(c.name, c.type) for c in _columns()))
    audit = sa.table(
        'audit_events',
        sa.column('id', sa.Integer()),
        sa.column('action', sa.String()),
        sa.column('entity_type', sa.String()),
        sa.column('entity_id', sa.Integer()),
        sa.column('actor_name', sa.String()),
        sa.column('actor_subject', sa.String()),
    )
    author = (
        sa.select(audit.c.actor_subject)
        .where(
            audit.c.action == 'project.scored',
            audit.c.entity_type == 'Project',
            audit.c.entity_id == old.c.project_id,
            audit.c.actor_name == old.c.scored_by_name,
        )
        .order_by(audit.c.id.desc())
        .limit(1)
        .scalar_subquery()
        .label('scored_by_subject')
    )
    rows = _read(old, author)
    op.drop_table('selection_scores')
    new = op.create_table(
        'selection_scores',
        sa.Column('id', sa.Integer(), nullable=False),
        *_columns(),
        sa.Column('scored_by_subject', sa.String(length=64), nullable=True),
        _fk(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_scores')),
        sa.UniqueConstraint(
            'project_id', 'scored_by_subject', name=op.f('uq_selection_scores_project_id_scored_by_subject')
        ),
    )
    assert new is not None
    if rows:
        op.bulk_insert(new, rows)


def downgrade() -> None:
    current = sa.table(
        'selection_scores', sa.column('id', sa.Integer()), *(sa.column(c.name, c.type) for c in _columns())
    )
    # Oldest first: each project's latest score is the one that stays.
    rows = _read(current, order_by=(current.c.scored_at, current.c.id))
    latest = {row['project_id']: row for row in rows}
    op.drop_table('selection_scores')
    old = op.create_table(
        'selection_scores',
        *_columns(),
        _fk(),
        sa.PrimaryKeyConstraint('project_id', name=op.f('pk_selection_scores')),
    )
    assert old is not None
    if latest:
        op.bulk_insert(old, list(latest.values()))
