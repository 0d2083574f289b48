"""Fail closed when a statement reaches the wrong kind of database.

A regional table queried on the national session (or the reverse) would silently find nothing on one
database and the wrong rows on another; we raise instead, in production too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql.util import find_tables

from filiere.tenancy.metadata import TenantKind, metadata_kind


class TenantBoundaryError(RuntimeError):
    """A statement or object of one tenant kind was sent to a session of the other kind."""


class TenantSyncSession(Session):
    """The synchronous session behind `TenantSession`; the guards below are registered on it."""


def _tables_of(statement: Any) -> list[Table]:
    """Tables a Core statement names. A tree walk: `Select.get_final_froms()` would compile the
    statement on every execution, bypassing SQLAlchemy's compiled cache."""
    return [table for table in find_tables(statement, include_crud=True) if isinstance(table, Table)]


def _check(session: Session, kind: TenantKind, what: str) -> None:
    expected = session.info.get("tenant_kind")
    if expected is not None and kind != expected:
        slug = session.info.get("tenant_slug")
        raise TenantBoundaryError(f"{what} is {kind}, but the session is bound to {expected} tenant {slug!r}")


@event.listens_for(TenantSyncSession, "do_orm_execute")
def _guard_statement(state: ORMExecuteState) -> None:
    mappers = state.all_mappers
    for mapper in mappers:
        table = mapper.local_table
        assert isinstance(table, Table)
        _check(state.session, metadata_kind(table.metadata), f"mapper {mapper.class_.__name__}")
    if mappers:
        return
    for table in _tables_of(state.statement):
        if table.metadata is not None and "tenant_kind" in table.metadata.info:
            _check(state.session, metadata_kind(table.metadata), f"table {table.name}")


@event.listens_for(TenantSyncSession, "before_flush")
def _guard_flush(session: Session, _context: Any, _instances: Any) -> None:
    for instance in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(instance), "__table__", None)
        if table is not None:
            _check(session, metadata_kind(table.metadata), f"object {type(instance).__name__}")
