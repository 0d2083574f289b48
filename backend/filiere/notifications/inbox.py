"""The in-app inbox: each person reads and clears their own notices, nobody else's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update

from filiere.accounts.service import user_id_of
from filiere.auth.principal import Principal, require_principal
from filiere.notifications.models import InboxItem, InboxKind
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import newest_first_time_key

EXCERPT_LENGTH = 280


@dataclass(frozen=True, kw_only=True)
class InboxItemView:
    id: int
    kind: InboxKind
    created_at: datetime
    sort_key: str
    read_at: datetime | None
    actor_name: str
    region: str
    project_id: int
    project_name: str
    comment_id: int | None
    sourcing_request_id: int | None
    excerpt: str

    @classmethod
    def of(cls, row: InboxItem) -> InboxItemView:
        return cls(
            id=row.id,
            kind=row.kind,
            created_at=row.created_at,
            sort_key=row.sort_key,
            read_at=row.read_at,
            actor_name=row.actor_name,
            region=row.region,
            project_id=row.project_id,
            project_name=row.project_name,
            comment_id=row.comment_id,
            sourcing_request_id=row.sourcing_request_id,
            excerpt=row.excerpt,
        )


def excerpt_of(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1].rstrip() + "…"


@dataclass(frozen=True, kw_only=True)
class Notice:
    """What a notice says: who did what on which project; `text` becomes its excerpt."""

    kind: InboxKind
    actor_name: str
    region: str
    project_id: int
    project_name: str
    text: str
    comment_id: int | None = None
    sourcing_request_id: int | None = None


def notify(national: TenantSession, user_ids: Sequence[int], notice: Notice) -> None:
    """One inbox item per person, in the session of the change that concerns them (same transaction)."""
    now = datetime.now(UTC)
    for user_id in user_ids:
        national.add(
            InboxItem(
                user_id=user_id,
                kind=notice.kind,
                created_at=now,
                sort_key=newest_first_time_key(now),
                actor_name=notice.actor_name,
                region=notice.region,
                project_id=notice.project_id,
                project_name=notice.project_name,
                comment_id=notice.comment_id,
                sourcing_request_id=notice.sourcing_request_id,
                excerpt=excerpt_of(notice.text),
            )
        )


async def revise_notices(national: TenantSession, *, region: str, comment_id: int, text: str) -> None:
    """A comment was rewritten: the notices it sent quote its new words."""
    await national.execute(
        update(InboxItem)
        .where(InboxItem.region == region, InboxItem.comment_id == comment_id)
        .values(excerpt=excerpt_of(text))
    )


async def withdraw_notices(national: TenantSession, *, region: str, comment_id: int) -> None:
    """A comment was deleted: the notices it sent go with it (they quote it)."""
    await national.execute(delete(InboxItem).where(InboxItem.region == region, InboxItem.comment_id == comment_id))


async def my_inbox(
    uow: UnitOfWork, principal: Principal | None, *, page: PageRequest, unread_only: bool
) -> Page[InboxItemView]:
    """The caller's notices, newest first."""
    reader = require_principal(principal)
    user_id = await user_id_of(uow, reader)
    if user_id is None:
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    statement = select(InboxItem).where(InboxItem.user_id == user_id)
    if unread_only:
        statement = statement.where(InboxItem.read_at.is_(None))
    session = uow.national()
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await session.scalars(
        statement.where(after_position(page, NATIONAL_SLUG, InboxItem.sort_key, InboxItem.id))
        .order_by(InboxItem.sort_key, InboxItem.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[InboxItemView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.sort_key, NATIONAL_SLUG, view.id))


async def unread_count(uow: UnitOfWork, principal: Principal | None) -> int:
    reader = require_principal(principal)
    user_id = await user_id_of(uow, reader)
    if user_id is None:
        return 0
    count = await uow.national().scalar(
        select(func.count()).where(InboxItem.user_id == user_id, InboxItem.read_at.is_(None))
    )
    return count or 0


async def mark_read(uow: UnitOfWork, principal: Principal | None, item_ids: Sequence[int] | None) -> int:
    """Mark the caller's own notices read (all of them when `item_ids` is None); others' are untouched."""
    reader = require_principal(principal)
    user_id = await user_id_of(uow, reader)
    if user_id is None:
        return 0
    statement = update(InboxItem).where(InboxItem.user_id == user_id, InboxItem.read_at.is_(None))
    if item_ids is not None:
        statement = statement.where(InboxItem.id.in_(item_ids))
    result = await uow.national().execute(statement.values(read_at=datetime.now(UTC)))
    return int(getattr(result, "rowcount", 0) or 0)


async def unread_sourcing_notices(
    national: TenantSession, user_ids: Sequence[int], since: datetime
) -> dict[int, list[InboxItemView]]:
    """Unread sourcing requests and answers received since `since`, per person, oldest first."""
    return await unread_notices(national, user_ids, since, (InboxKind.SOURCING_REQUEST, InboxKind.SOURCING_ANSWER))


async def unread_notices(
    national: TenantSession, user_ids: Sequence[int], since: datetime, kinds: Sequence[InboxKind]
) -> dict[int, list[InboxItemView]]:
    """Unread notices of these kinds received since `since`, per person, oldest first: one statement."""
    rows = await national.scalars(
        select(InboxItem)
        .where(
            InboxItem.user_id.in_(user_ids),
            InboxItem.kind.in_(kinds),
            InboxItem.read_at.is_(None),
            InboxItem.created_at >= since,
        )
        .order_by(InboxItem.created_at, InboxItem.id)
    )
    found: dict[int, list[InboxItemView]] = {}
    for row in rows:
        found.setdefault(row.user_id, []).append(InboxItemView.of(row))
    return found
