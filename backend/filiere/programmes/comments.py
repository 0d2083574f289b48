"""A project's comment thread, with @mentions of any adviser of the programme, whatever their region.

The thread is confidential, like the project's notes: its region's staff write it, its readers of the
full record read it. Naming someone puts a notice in their inbox (national database), with the comment's
first lines: cross-region help starts there, even for a person who only sees the project's summary card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, literal, select

from filiere.accounts.service import user_id_of, users_by_id
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.ids import decode_id
from filiere.notifications.inbox import Notice, notify
from filiere.notifications.models import InboxKind
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.programmes.models import CommentMention, ProjectComment
from filiere.programmes.service import get_project, may_edit_project
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
    if not may_edit_project(author, region):
        raise ForbiddenError("Seuls les conseillers de la région du projet commentent son fil.")
    text = body.strip()
    if not text:
        raise InvalidInputError("Le commentaire est vide.", field="body", code=CommonErrorCode.REQUIRED)
    if len(text) > BODY_MAX_LENGTH:
        raise InvalidInputError(
            f"Le commentaire ne doit pas dépasser {BODY_MAX_LENGTH} caractères.",
            field="body",
            code=CommonErrorCode.TOO_LONG,
        )
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
        mentioned_user_ids=tuple(wanted),
    )


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
    """The thread, oldest first; the caller has checked that the reader sees the full record."""
    session = uow.region(region)
    matching = select(ProjectComment).where(ProjectComment.project_id == project_id)
    total = await session.scalar(select(func.count()).select_from(matching.subquery()))
    rows = list(
        await session.scalars(
            # One thread, in one database, in id order: the cursor's sort key is left empty.
            matching.where(after_position(page, region, literal(""), ProjectComment.id))
            .order_by(ProjectComment.id)
            .limit(page.first + 1)
        )
    )
    mentions = await session.execute(
        select(CommentMention.comment_id, CommentMention.user_id).where(
            CommentMention.comment_id.in_([row.id for row in rows])
        )
    )
    by_comment: dict[int, list[int]] = {}
    for comment_id, user_id in mentions:
        by_comment.setdefault(comment_id, []).append(user_id)
    views = [
        CommentView(
            region=region,
            id=row.id,
            project_id=row.project_id,
            body=row.body,
            created_at=row.created_at,
            author_name=row.author_name,
            mentioned_user_ids=tuple(sorted(by_comment.get(row.id, []))),
        )
        for row in rows
    ]
    part = TenantSlice(rows=views, total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition("", region, view.id))
