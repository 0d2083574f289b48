"""People known to Filière (national database)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from filiere.accounts.models import User
from filiere.auth.policy import Action, Reach, is_allowed, roles_allowed
from filiere.auth.principal import Principal, Role, require_principal
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
    is_active: bool

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
            is_active=user.is_active,
        )

    def as_principal(self) -> Principal:
        """This person as the policy would see them calling: to ask what they may do (be assigned…)."""
        return Principal(
            subject=self.subject, role=self.role, display_name=self.display_name, email=self.email, region=self.region
        )


async def users_by_id(national: TenantSession, ids: Sequence[int]) -> dict[int, UserView]:
    rows = await national.scalars(select(User).where(User.id.in_(ids)))
    return {row.id: UserView.of(row) for row in rows}


async def users_by_subject(national: TenantSession, subjects: Sequence[str]) -> dict[str, UserView]:
    rows = await national.scalars(select(User).where(User.subject.in_(subjects)))
    return {row.subject: UserView.of(row) for row in rows}


async def list_region_staff(
    uow: UnitOfWork,
    principal: Principal | None,
    region: str,
    page: PageRequest,
    *,
    able_to: Action = Action.UPDATE_MILESTONE,
) -> Page[UserView]:
    """The active people of a region who may `able_to` there, by e-mail: by default those who carry its
    milestones (advisers, its head); `FOLLOW_PROJECT`, those who may be named a project's adviser."""
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_USER, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    statement = select(User).where(
        User.region == region,
        User.is_active.is_(True),
        User.role.in_(roles_allowed(able_to, Reach.OWN_REGION)),
    )
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


async def active_people(national: TenantSession, *, regions: Sequence[str], roles: Iterable[Role]) -> list[UserView]:
    """The active users of these regions holding one of these roles (to notify them), by region and e-mail."""
    rows = await national.scalars(
        select(User)
        .where(User.is_active.is_(True), User.region.in_(regions), User.role.in_(list(roles)))
        .order_by(User.region, User.email)
    )
    return [UserView.of(row) for row in rows]
