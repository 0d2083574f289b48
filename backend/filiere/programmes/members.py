"""The people attached to a project — its coach, experts and students: an adviser of the project's region
attaches them (inviting them when they have no account yet) and detaches them.

The rows are the memberships domain's (national database); what they open is the policy's `Reach.ATTACHED`,
read by `service.access_of`. Rights end when a person is detached or the project is finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from filiere.accounts import service as accounts
from filiere.accounts.service import UserView
from filiere.administration.service import Invited, checked_email, checked_name, invite_attached_account
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed, is_attachable, may_attach_member
from filiere.auth.principal import Principal, Role, require_principal
from filiere.errors import ForbiddenError, InvalidInputError
from filiere.memberships import service as memberships
from filiere.memberships.errors import MembershipErrorCode
from filiere.programmes.service import get_project
from filiere.programmes.views import ProjectView
from filiere.programmes.workflow import FINISHED
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class MemberView:
    user_id: int
    attached_at: datetime


@dataclass(frozen=True, kw_only=True)
class Attached:
    member: MemberView
    user: UserView
    project: ProjectView
    # The invitation of an account created for the occasion (sent once the account is stored), else None.
    invited: Invited | None


async def _attachable(uow: UnitOfWork, adviser: Principal, region: str, project_id: int, role: Role) -> ProjectView:
    project = await get_project(uow, adviser, region, project_id)  # not readable: not found
    if not may_attach_member(adviser, role=role, region=region):
        raise ForbiddenError("Seuls les conseillers de la région du projet y rattachent des personnes.")
    return project


async def attach_project_member(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    email: str,
    name: str,
    role: Role,
    request_id: str,
) -> Attached:
    """Attach a coach, an expert or a student to a project under way; a person without an account gets one,
    and its invitation. Refused with a typed error before anything is written."""
    adviser = require_principal(principal)
    if not is_attachable(role):
        raise InvalidInputError(
            "On rattache à un projet un coach, un expert ou un étudiant.",
            field="role",
            code=MembershipErrorCode.NOT_ATTACHABLE_ROLE,
        )
    project = await _attachable(uow, adviser, region, project_id, role)
    if project.card.status in FINISHED:
        raise InvalidInputError(
            "Ce projet est terminé : on n'y rattache plus personne.",
            field="projectId",
            code=MembershipErrorCode.PROJECT_CLOSED,
        )
    address = checked_email(email)
    national = uow.national()
    user_id = await accounts.user_id_by_email(national, address)
    invited: Invited | None = None
    if user_id is None:
        invited = await invite_attached_account(
            uow, adviser, email=address, name=checked_name(name), role=role, request_id=request_id
        )
        user = invited.user
    else:
        user = (await accounts.users_by_id(national, [user_id]))[user_id]
        if user.role != role:
            raise InvalidInputError(
                "Cette adresse est celle d'un compte d'un autre rôle.",
                field="email",
                code=MembershipErrorCode.ROLE_MISMATCH,
            )
    membership = await memberships.attach(
        national,
        region=region,
        project_id=project_id,
        user_id=user.id,
        by_subject=adviser.subject,
        now=datetime.now(UTC),
    )
    _audit(uow, adviser, "project.member_attached", project=project, user=user, request_id=request_id)
    return Attached(
        member=MemberView(user_id=user.id, attached_at=membership.attached_at),
        user=user,
        project=project,
        invited=invited,
    )


async def detach_project_member(
    uow: UnitOfWork, principal: Principal | None, *, region: str, project_id: int, user_id: int, request_id: str
) -> ProjectView:
    """End a person's membership: from their next request, the project is closed to them."""
    adviser = require_principal(principal)
    project = await get_project(uow, adviser, region, project_id)
    if not is_allowed(adviser, Action.ATTACH_PROJECT_MEMBER, region=region):
        raise ForbiddenError("Seuls les conseillers de la région du projet en détachent des personnes.")
    national = uow.national()
    user = (await accounts.users_by_id(national, [user_id])).get(user_id)
    if user is None:
        raise InvalidInputError(
            "Cette personne n'est pas rattachée au projet.", field="userId", code=MembershipErrorCode.NOT_ATTACHED
        )
    await memberships.detach(national, region=region, project_id=project_id, user_id=user.id, now=datetime.now(UTC))
    _audit(uow, adviser, "project.member_detached", project=project, user=user, request_id=request_id)
    return project


def _audit(
    uow: UnitOfWork, adviser: Principal, action: str, *, project: ProjectView, user: UserView, request_id: str
) -> None:
    # In the project's region: its trail tells who was given access to it, and when it ended.
    record_change(
        uow.region(project.card.region),
        adviser,
        request_id=request_id,
        action=action,
        entity_type="Project",
        entity_id=project.card.id,
        before=None,
        after={"userId": user.id, "email": user.email, "displayName": user.display_name, "role": user.role.value},
    )


async def members_by_project(
    national: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[MemberView]]:
    """Batch read for loaders; callers have checked that the projects' members are visible to the reader."""
    found = await memberships.members_by_project(national, region, project_ids)
    return {
        project_id: [MemberView(user_id=row.user_id, attached_at=row.attached_at) for row in rows]
        for project_id, rows in found.items()
    }
