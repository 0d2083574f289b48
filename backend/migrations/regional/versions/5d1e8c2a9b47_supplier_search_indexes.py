"""supplier search indexes: full-text and trigram on PostgreSQL, FTS5 on SQLite

Revision ID: 5d1e8c2a9b47
Revises: 14172a38e5a8
Create Date: 2026-11-23 12:20:00

Not in the models (they are specific to each database engine): `filiere.migrations.SEARCH_OBJECTS` keeps
them out of the comparison between models and databases.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '5d1e8c2a9b47'
down_revision: str | None = '14172a38e5a8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite: an FTS5 table whose rowid is the SIRET as a number (14 digits fit), kept in step by triggers.
# Not an external-content table: that relies on the directory's rowids, which VACUUM may renumber in a
# table keyed by a text column.
SQLITE_UP = [
    "CREATE VIRTUAL TABLE suppliers_fts USING fts5(search_text, tokenize='unicode61')",
    "INSERT INTO suppliers_fts (rowid, search_text) SELECT CAST(siret AS INTEGER), search_text FROM suppliers",
    "CREATE TRIGGER suppliers_fts_insert AFTER INSERT ON suppliers BEGIN "
    "INSERT INTO suppliers_fts (rowid, search_text) VALUES (CAST(new.siret AS INTEGER), new.search_text); END",
    "CREATE TRIGGER suppliers_fts_delete AFTER DELETE ON suppliers BEGIN "
    "DELETE FROM suppliers_fts WHERE rowid = CAST(old.siret AS INTEGER); END",
    "CREATE TRIGGER suppliers_fts_update AFTER UPDATE OF search_text ON suppliers BEGIN "
    "UPDATE suppliers_fts SET search_text = new.search_text WHERE rowid = CAST(new.siret AS INTEGER); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER suppliers_fts_update",
    "DROP TRIGGER suppliers_fts_delete",
    "DROP TRIGGER suppliers_fts_insert",
    "DROP TABLE suppliers_fts",
]
# PostgreSQL: word prefixes through the full-text index, typos through trigram similarity.
POSTGRESQL_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_suppliers_search_fts ON suppliers USING gin (to_tsvector('simple', search_text))",
    "CREATE INDEX ix_suppliers_search_trgm ON suppliers USING gin (search_text gin_trgm_ops)",
]
POSTGRESQL_DOWN = ["DROP INDEX ix_suppliers_search_trgm", "DROP INDEX ix_suppliers_search_fts"]


def upgrade() -> None:
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_DOWN:
        op.execute(statement)
