"""company record: contact moved from projects to companies, bands, address, website

Revision ID: b3d5f0a8c217
Revises: 8698b606c58e
Create Date: 2026-12-07 10:00:00.000000

Plain ALTER TABLE on every backend (`recreate='never'`): SQLite would otherwise copy `companies` and
`projects` into new tables, and dropping the old ones fails the foreign keys of the rows that reference them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b3d5f0a8c217'
down_revision: str | None = '8698b606c58e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BANDS = {
    'headcount_band': ('company_headcount_band', ('NN', '00', '01', '02', '03', '11', '12', '21', '22', '31', '32', '41', '42', '51', '52', '53')),
    'revenue_band': ('company_revenue_band', ('under_2m', '2m_10m', '10m_50m', '50m_1500m', 'over_1500m')),
}
_CONTACT = ('contact_name', 'contact_email', 'contact_phone')


def upgrade() -> None:
    with op.batch_alter_table('companies', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('street', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('postal_code', sa.String(length=5), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('website', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_name', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_function', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=30), nullable=False, server_default=''))
    # The enums' CHECK written inline: SQLite accepts it in ADD COLUMN, not as a separate ALTER.
    for column, (name, values) in _BANDS.items():
        allowed = ', '.join(f"'{value}'" for value in values)
        width = max(len(value) for value in values)
        op.execute(
            f'ALTER TABLE companies ADD COLUMN {column} VARCHAR({width}) '
            f'CONSTRAINT ck_companies_{name} CHECK ({column} IN ({allowed}))'
        )

    # The company's contact is the one of its latest project that named one (a candidacy gives it).
    for column in _CONTACT:
        op.execute(
            f"UPDATE companies SET {column} = COALESCE(("  # noqa: S608 — fixed column names
            f" SELECT p.{column} FROM projects p WHERE p.company_id = companies.id AND p.contact_name <> ''"
            " ORDER BY p.created_at DESC, p.id DESC LIMIT 1), '')"
        )

    with op.batch_alter_table('projects', schema=None, recreate='never') as batch_op:
        for column in reversed(_CONTACT):
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table('projects', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('contact_name', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=30), nullable=False, server_default=''))

    # Every project of the company gets its contact back; the function has no column there.
    for column in _CONTACT:
        op.execute(
            f"UPDATE projects SET {column} = ("  # noqa: S608 — fixed column names
            f" SELECT c.{column} FROM companies c WHERE c.id = projects.company_id)"
        )

    with op.batch_alter_table('companies', schema=None, recreate='never') as batch_op:
        for column in ('revenue_band', 'headcount_band', 'contact_phone', 'contact_email', 'contact_function',
                       'contact_name', 'website', 'postal_code', 'street'):
            batch_op.drop_column(column)
