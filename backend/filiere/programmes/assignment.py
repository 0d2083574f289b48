"""Who follows a project: the region's team assigns (and reassigns) one of the region's advisers.

The adviser is a national user (no foreign key); the policy says who may be named (`FOLLOW_PROJECT`) and
who may name them (`ASSIGN_ADVISER`). The change is audited with both names and lands in the new
adviser's inbox.
"""

from __future__ import annotations

from filiere.accounts.service import UserView, user_id_of, users_by_id
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError, NotFoundError
from filiere.ids import decode_id
from filiere.notifications.inbox import Notice, notify
from filiere.notifications.models import InboxKind
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.service import project_for_edit, project_view
from filiere.programmes.views import ProjectView
from filiere.tenancy.unit_of_work import UnitOfWork


def may_assign_adviser(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.ASSIGN_ADVISER, region=region)


def _not_an_adviser() -> InvalidInputError:
    return InvalidInputError(
        "Choisissez un conseiller en activité de la région du projet.",
        field="adviserId",
        code=ProjectErrorCode.ADVISER_NOT_IN_REGION,
    )


def adviser_key(global_id: str) -> int:
    """The user named by a global ID; an ID that names nobody is refused like a wrong person."""
    try:
        return decode_id(global_id, expected_type="User").int_key
    except NotFoundError:
        raise _not_an_adviser() from None


async def assign_adviser(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    adviser_id: int,
    expected_version: int,
    request_id: str,
) -> ProjectView:
    """Name the adviser who follows a project of the caller's region; refused before anything is written."""
    editor, project, grants = await project_for_edit(
        uow, principal, region, project_id, expected_version, action=Action.ASSIGN_ADVISER
    )
    national = uow.national()
    people = await users_by_id(national, [adviser_id, *([project.adviser_id] if project.adviser_id else [])])
    adviser = people.get(adviser_id)
    if not _may_follow(adviser, region):
        raise _not_an_adviser()
    assert adviser is not None
    if project.adviser_id == adviser_id:
        return project_view(editor, region, project, grants)
    previous = people.get(project.adviser_id) if project.adviser_id else None
    project.adviser_id = adviser_id
    session = uow.region(region)
    record_change(
        session,
        editor,
        request_id=request_id,
        action="project.adviser_assigned",
        entity_type="Project",
        entity_id=project.id,
        before={"adviser": previous.display_name if previous else None},
        after={"adviser": adviser.display_name},
    )
    if adviser_id != await user_id_of(uow, editor):
        notify(
            national,
            [adviser_id],
            Notice(
                kind=InboxKind.ASSIGNMENT,
                actor_name=editor.display_name,
                region=region,
                project_id=project.id,
                project_name=project.name,
                text=f"Vous suivez désormais le projet « {project.name} ».",
            ),
        )
    await session.flush()
    return project_view(editor, region, project, grants)


def _may_follow(person: UserView | None, region: str) -> bool:
    return (
        person is not None
        and person.is_active
        and is_allowed(person.as_principal(), Action.FOLLOW_PROJECT, region=region)
    )
