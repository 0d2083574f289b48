"""The rows of project memberships (national database): who is attached to which project, since when.

Deciding who may attach whom, and checking the project, is the programmes' part (`programmes/members.py`):
the projects live there, and the programmes read the caller's memberships from here to open them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from filiere.accounts.service import user_id_subquery
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError
from filiere.memberships.errors import MembershipErrorCode
from filiere.memberships.models import ProjectMembership
from filiere.tenancy.session import TenantSession


@dataclass(frozen=True)
class AttachedIndex:
    """The projects a caller is attached to (membership not ended): region slug → project ids. Whether
    the project itself is finished is the programmes' to check."""

    by_region: dict[str, frozenset[int]] = field(default_factory=dict)

    def in_region(self, region: str) -> frozenset[int]:
        return self.by_region.get(region, frozenset())

    def holds(self, region: str, project_id: int) -> bool:
        return project_id in self.in_region(region)


async def attached_projects(national: TenantSession, principal: Principal) -> AttachedIndex:
    """One statement: the caller's memberships not ended."""
    rows = await national.execute(
        select(ProjectMembership.region, ProjectMembership.project_id).where(
            ProjectMembership.user_id == user_id_subquery(principal.subject),
            ProjectMembership.detached_at.is_(None),
        )
    )
    index: dict[str, set[int]] = {}
    for region, project_id in rows:
        index.setdefault(region, set()).add(project_id)
    return AttachedIndex({region: frozenset(ids) for region, ids in index.items()})


@dataclass(frozen=True, kw_only=True)
class MembershipView:
    user_id: int
    region: str
    project_id: int
    attached_at: datetime


def _view(row: ProjectMembership) -> MembershipView:
    return MembershipView(
        user_id=row.user_id, region=row.region, project_id=row.project_id, attached_at=row.attached_at
    )


async def _row(national: TenantSession, region: str, project_id: int, user_id: int) -> ProjectMembership | None:
    found: ProjectMembership | None = await national.scalar(
        select(ProjectMembership).where(
            ProjectMembership.region == region,
            ProjectMembership.project_id == project_id,
            ProjectMembership.user_id == user_id,
        )
    )
    return found


async def attach(
    national: TenantSession, *, region: str, project_id: int, user_id: int, by_subject: str, now: datetime
) -> MembershipView:
    """Attach, or reopen a membership that was ended; attaching someone already attached is refused."""
    row = await _row(national, region, project_id, user_id)
    if row is not None and row.detached_at is None:
        raise InvalidInputError(
            "Cette personne est déjà rattachée au projet.", field="email", code=MembershipErrorCode.ALREADY_ATTACHED
        )
    if row is None:
        row = ProjectMembership(region=region, project_id=project_id, user_id=user_id)
        national.add(row)
    row.attached_at = now
    row.attached_by_subject = by_subject
    row.detached_at = None
    await national.flush()
    return _view(row)


async def detach(national: TenantSession, *, region: str, project_id: int, user_id: int, now: datetime) -> None:
    row = await _row(national, region, project_id, user_id)
    if row is None or row.detached_at is not None:
        raise InvalidInputError(
            "Cette personne n'est pas rattachée au projet.", field="userId", code=MembershipErrorCode.NOT_ATTACHED
        )
    row.detached_at = now
    await national.flush()


async def members_by_project(
    national: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[MembershipView]]:
    """Batch read for loaders, first attached first; callers have checked that the projects are readable."""
    rows = await national.scalars(
        select(ProjectMembership)
        .where(
            ProjectMembership.region == region,
            ProjectMembership.project_id.in_(project_ids),
            ProjectMembership.detached_at.is_(None),
        )
        .order_by(ProjectMembership.attached_at, ProjectMembership.id)
    )
    found: dict[int, list[MembershipView]] = {project_id: [] for project_id in project_ids}
    for row in rows:
        found[row.project_id].append(_view(row))
    return found
