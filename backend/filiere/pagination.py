"""Keyset pagination that also merges pages from several tenants.

Rows are ordered by (sort key, tenant slug, id). Each tenant returns at most `first + 1` rows after the
cursor; merging them in Python gives the global page, because folded sort keys order the same way in
Python and in every database (see filiere.text). Cursors are opaque to clients.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, or_, true

from filiere.errors import InvalidInputError, RequestErrorCode
from filiere.tenancy.fanout import TenantFailure

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True, order=True)
class SortPosition:
    sort_key: str
    tenant: str
    id: int

    def encode(self) -> str:
        raw = json.dumps([self.sort_key, self.tenant, self.id], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, cursor: str) -> SortPosition:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            sort_key, tenant, row_id = json.loads(raw)
            if not (isinstance(sort_key, str) and isinstance(tenant, str) and isinstance(row_id, int)):
                raise ValueError(cursor)
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            raise InvalidInputError(
                "Le curseur de pagination est invalide.", field="after", code=RequestErrorCode.INVALID_CURSOR
            ) from None
        return cls(sort_key, tenant, row_id)


@dataclass(frozen=True)
class PageRequest:
    first: int
    after: SortPosition | None = None

    @classmethod
    def parse(cls, first: int, after: str | None, *, max_size: int) -> PageRequest:
        if not 1 <= first <= max_size:
            raise InvalidInputError(
                f"Le nombre d'éléments demandés doit être compris entre 1 et {max_size}.",
                field="first",
                code=RequestErrorCode.INVALID_PAGE_SIZE,
            )
        return cls(first=first, after=SortPosition.decode(after) if after else None)


def after_position(request: PageRequest, tenant: str, sort_column: Any, id_column: Any) -> ColumnElement[bool]:
    """SQL condition: rows of `tenant` strictly after the request's cursor in the global order."""
    cursor = request.after
    if cursor is None:
        return true()
    if tenant > cursor.tenant:
        return sort_column >= cursor.sort_key  # type: ignore[no-any-return]
    if tenant < cursor.tenant:
        return sort_column > cursor.sort_key  # type: ignore[no-any-return]
    return or_(
        sort_column > cursor.sort_key,
        and_(sort_column == cursor.sort_key, id_column > cursor.id),
    )


@dataclass(frozen=True)
class TenantSlice(Generic[T]):
    """One tenant's contribution: up to `first + 1` rows after the cursor, and its total count."""

    rows: Sequence[T]
    total_count: int


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    positions: list[SortPosition]
    has_next_page: bool
    total_count: int
    unavailable: list[TenantFailure] = field(default_factory=list)
    total_is_exact: bool = True  # False: total_count is a lower bound (counting stopped at a cap)

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page (positions, counts) of other values: another domain's view of the items."""
        return Page(
            items=[convert(item) for item in self.items],
            positions=self.positions,
            has_next_page=self.has_next_page,
            total_count=self.total_count,
            unavailable=self.unavailable,
            total_is_exact=self.total_is_exact,
        )


def merge_slices(
    slices: Sequence[TenantSlice[T]],
    request: PageRequest,
    position: Callable[[T], SortPosition],
    unavailable: list[TenantFailure] | None = None,
) -> Page[T]:
    rows = sorted((row for part in slices for row in part.rows), key=position)
    kept = rows[: request.first]
    return Page(
        items=kept,
        positions=[position(row) for row in kept],
        has_next_page=len(rows) > request.first,
        total_count=sum(part.total_count for part in slices),
        unavailable=unavailable or [],
    )
