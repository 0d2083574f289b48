"""Alembic environment of the regional tree; the connection is handed over by filiere.migrations."""

from alembic import context

from filiere.migrations import run_migrations
from filiere.tenancy.metadata import TenantKind

run_migrations(context, TenantKind.REGIONAL)
