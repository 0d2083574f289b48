"""People known to Filière (national database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from filiere.accounts.models import User
from filiere.auth.principal import Role
from filiere.tenancy.session import TenantSession


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
