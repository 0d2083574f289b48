"""A project's comment thread, with @mentions of any adviser of the programme, whatever their region.

The thread is confidential, like the project's notes: its region's staff write it, its readers of the
full record read it, partners never (their organisation's questions are `programmes.questions`). Naming
someone puts a notice in their inbox (national database), with the comment's first lines; a person of
another region named in the thread then reads and answers it (`Reach.MENTIONED`), while the rest of the
record stays a summary card for them. Authors edit and delete their own comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import delete, func, literal, select

from filiere.accounts.service import user_id_of, users_by_id
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.ids import decode_id
from filiere.notifications.inbox import Notice, notify, revise_notices, withdraw_notices
from filiere.notifications.models import InboxKind
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import CommentMention, ProjectComment
from filiere.programmes.service import get_project
from filiere.programmes.views import ProjectView
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

BODY_MAX_LENGTH = 5000
MAX_MENTIONS = 20


@dataclass(frozen=True, kw_only=True)
class CommentView:
    region: str
    id: int
    project_id: int
    body: str
    created_at: datetime
    author_name: str
    author_subject: str
    mentioned_user_ids: tuple[int, ...]


async def add_comment(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    body: str,
    mention_ids: Sequence[int],
    request_id: str,
) -> CommentView:
    author = require_principal(principal)
    project = await get_project(uow, author, region, project_id)
    await _check_may_comment(uow, author, project)
    text = _checked_body(body)
    wanted = sorted(set(mention_ids))
    if len(wanted) > MAX_MENTIONS:
        raise InvalidInputError(
            f"Un commentaire mentionne au plus {MAX_MENTIONS} personnes.",
            field="mentionIds",
            code=CommonErrorCode.TOO_LONG,
        )
    national = uow.national()
    people = await users_by_id(national, wanted)
    found = {
        user_id
        for user_id, person in people.items()
        if person.is_active and is_allowed(person.as_principal(), Action.RECEIVE_MENTION, region=region)
    }
    if len(found) != len(wanted):
        raise InvalidInputError(
            "Une personne mentionnée n'est pas (ou plus) conseiller du programme.",
            field="mentionIds",
            code=CommonErrorCode.UNKNOWN_USER,
        )
    session = uow.region(region)
    comment = ProjectComment(
        project_id=project_id,
        body=text,
        created_at=datetime.now(UTC),
        author_subject=author.subject,
        author_name=author.display_name,
    )
    session.add(comment)
    await session.flush()
    session.add_all(CommentMention(comment_id=comment.id, user_id=user_id) for user_id in wanted)
    own_id = await user_id_of(uow, author)
    notify(
        national,
        [user_id for user_id in wanted if user_id != own_id],
        Notice(
            kind=InboxKind.MENTION,
            actor_name=author.display_name,
            region=region,
            project_id=project_id,
            project_name=project.card.name,
            comment_id=comment.id,
            text=text,
        ),
    )
    record_change(
        session,
        author,
        request_id=request_id,
        action="project.commented",
        entity_type="Project",
        entity_id=project_id,
        before=None,
        after={"commentId": comment.id, "mentions": wanted},
    )
    await session.flush()
    return CommentView(
        region=region,
        id=comment.id,
        project_id=project_id,
        body=text,
        created_at=comment.created_at,
        author_name=author.display_name,
        author_subject=author.subject,
        mentioned_user_ids=tuple(wanted),
    )


def _checked_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise InvalidInputError("Le commentaire est vide.", field="body", code=CommonErrorCode.REQUIRED)
    if len(text) > BODY_MAX_LENGTH:
        raise InvalidInputError(
            f"Le commentaire ne doit pas dépasser {BODY_MAX_LENGTH} caractères.",
            field="body",
            code=CommonErrorCode.TOO_LONG,
        )
    return text


async def _check_may_comment(uow: UnitOfWork, author: Principal, project: ProjectView) -> None:
    region, project_id = project.card.region, project.card.id
    # Only a mention can open another region's thread: ask for it only when it could matter.
    mentioned = is_allowed(author, Action.COMMENT_PROJECT, region=region, mentioned=True) and project_id in (
        await mentioned_in(uow, author, region, [project_id])
    )
    if not is_allowed(author, Action.COMMENT_PROJECT, region=region, mentioned=mentioned, attached=project.attached):
        raise ForbiddenError(
            "Seuls les conseillers de la région du projet, les personnes mentionnées dans son fil, son coach et "
            "ses experts y écrivent."
        )


def may_read_thread(principal: Principal | None, project: ProjectView, *, mentioned: bool) -> bool:
    """The thread's readers: those of the full record, a person of another region named in it, the
    project's coach and experts."""
    return is_allowed(
        principal,
        Action.VIEW_PROJECT_THREAD,
        region=project.card.region,
        grant=project.grant,
        mentioned=mentioned,
        attached=project.attached,
    )


async def mentioned_in(uow: UnitOfWork, principal: Principal, region: str, project_ids: Sequence[int]) -> set[int]:
    """The projects among `project_ids` (of `region`) whose thread names the caller: one statement each
    for the caller's id and the region's mentions, whatever the number of projects."""
    user_id = await user_id_of(uow, principal)
    if user_id is None or not project_ids:
        return set()
    found = await uow.region(region).scalars(
        select(ProjectComment.project_id)
        .distinct()
        .join(CommentMention, CommentMention.comment_id == ProjectComment.id)
        .where(CommentMention.user_id == user_id, ProjectComment.project_id.in_(project_ids))
    )
    return set(found)


class NotTheAuthorError(ForbiddenError):
    code: StrEnum = ProjectErrorCode.NOT_COMMENT_AUTHOR
    default_message = "Seul l'auteur d'un commentaire peut le modifier ou le supprimer."


async def _own_comment(
    uow: UnitOfWork, principal: Principal | None, region: str, comment_id: int
) -> tuple[Principal, ProjectComment]:
    """A comment the caller wrote, on a thread they may still write to; someone else's is refused."""
    author = require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    comment = await session.get(ProjectComment, comment_id)
    if comment is None or comment.organisation_id is not None:  # a partner's question thread is not this one
        raise NotFoundError()
    project = await get_project(uow, author, region, comment.project_id)
    await _check_may_comment(uow, author, project)
    if comment.author_subject != author.subject:
        raise NotTheAuthorError()
    return author, comment


async def edit_comment(
    uow: UnitOfWork, principal: Principal | None, *, region: str, comment_id: int, body: str, request_id: str
) -> CommentView:
    """Rewrite one's own comment; its mentions stay, and their notices show the new words."""
    author, comment = await _own_comment(uow, principal, region, comment_id)
    text = _checked_body(body)
    session = uow.region(region)
    if text != comment.body:
        record_change(
            session,
            author,
            request_id=request_id,
            action="project.comment_edited",
            entity_type="Project",
            entity_id=comment.project_id,
            before={"commentId": comment.id, "body": comment.body},
            after={"commentId": comment.id, "body": text},
        )
        comment.body = text
        await revise_notices(uow.national(), region=region, comment_id=comment.id, text=text)
    await session.flush()
    return (await _views_of(session, region, [comment]))[0]


async def delete_comment(
    uow: UnitOfWork, principal: Principal | None, *, region: str, comment_id: int, request_id: str
) -> int:
    """Remove one's own comment and the notices it sent; the audit keeps what it said. Answers its project."""
    author, comment = await _own_comment(uow, principal, region, comment_id)
    session = uow.region(region)
    record_change(
        session,
        author,
        request_id=request_id,
        action="project.comment_deleted",
        entity_type="Project",
        entity_id=comment.project_id,
        before={"commentId": comment.id, "body": comment.body},
        after=None,
    )
    await withdraw_notices(uow.national(), region=region, comment_id=comment.id)
    await session.execute(delete(CommentMention).where(CommentMention.comment_id == comment.id))
    await session.delete(comment)
    await session.flush()
    return comment.project_id


def mentioned_user_keys(global_ids: Sequence[str]) -> list[int]:
    """The people named by their global IDs; an ID that names nobody is refused, not ignored."""
    keys = []
    for global_id in global_ids:
        try:
            keys.append(decode_id(global_id, expected_type="User").int_key)
        except NotFoundError:
            raise InvalidInputError(
                "Une personne mentionnée est introuvable.", field="mentionIds", code=CommonErrorCode.UNKNOWN_USER
            ) from None
    return keys


async def list_comments(uow: UnitOfWork, region: str, project_id: int, page: PageRequest) -> Page[CommentView]:
    """The thread, oldest first; the caller has checked that the reader may read it (`may_read_thread`)."""
    session = uow.region(region)
    # The internal thread only: the partners' question threads are `programmes.questions`.
    matching = select(ProjectComment).where(
        ProjectComment.project_id == project_id, ProjectComment.organisation_id.is_(None)
    )
    total = await session.scalar(select(func.count()).select_from(matching.subquery()))
    rows = list(
        await session.scalars(
            # One thread, in one database, in id order: the cursor's sort key is left empty.
            matching.where(after_position(page, region, literal(""), ProjectComment.id))
            .order_by(ProjectComment.id)
            .limit(page.first + 1)
        )
    )
    part = TenantSlice(rows=await _views_of(session, region, rows), total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition("", region, view.id))


async def _views_of(session: TenantSession, region: str, rows: Sequence[ProjectComment]) -> list[CommentView]:
    """The comments with whom they name (one statement)."""
    mentions = await session.execute(
        select(CommentMention.comment_id, CommentMention.user_id).where(
            CommentMention.comment_id.in_([row.id for row in rows])
        )
    )
    by_comment: dict[int, list[int]] = {}
    for comment_id, user_id in mentions:
        by_comment.setdefault(comment_id, []).append(user_id)
    return [
        CommentView(
            region=region,
            id=row.id,
            project_id=row.project_id,
            body=row.body,
            created_at=row.created_at,
            author_name=row.author_name,
            author_subject=row.author_subject,
            mentioned_user_ids=tuple(sorted(by_comment.get(row.id, []))),
        )
        for row in rows
    ]
