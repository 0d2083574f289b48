"""People known to Filière (national database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from filiere.accounts.models import User
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import REGIONAL_ROLES, Principal, Role, require_principal
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class UserView:
    id: int
    subject: str
    display_name: str
    email: str
    role: Role
    region: str | None
    organisation_id: int | None

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(
            id=user.id,
            subject=user.subject,
            display_name=user.display_name,
            email=user.email,
            role=user.role,
            region=user.region,
            organisation_id=user.organisation_id,
        )


async def users_by_id(national: TenantSession, ids: Sequence[int]) -> dict[int, UserView]:
    rows = await national.scalars(select(User).where(User.id.in_(ids)))
    return {row.id: UserView.of(row) for row in rows}


async def users_by_subject(national: TenantSession, subjects: Sequence[str]) -> dict[str, UserView]:
    rows = await national.scalars(select(User).where(User.subject.in_(subjects)))
    return {row.subject: UserView.of(row) for row in rows}


async def list_region_staff(
    uow: UnitOfWork, principal: Principal | None, region: str, page: PageRequest
) -> Page[UserView]:
    """The active advisers and regional admins of a region, by e-mail (to assign milestones)."""
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_USER, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    statement = select(User).where(User.region == region, User.is_active.is_(True), User.role.in_(REGIONAL_ROLES))
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await national.scalars(
        statement.where(after_position(page, NATIONAL_SLUG, User.email, User.id))
        .order_by(User.email, User.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[UserView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.email, NATIONAL_SLUG, view.id))


async def user_id_of(uow: UnitOfWork, principal: Principal) -> int | None:
    """The caller's row in the national users table, if they have one."""
    user_id: int | None = await uow.national().scalar(select(User.id).where(User.subject == principal.subject))
    return user_id
