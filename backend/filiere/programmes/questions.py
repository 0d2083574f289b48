"""A partner organisation's questions to a project's adviser (issue 14).

Each organisation with an active grant on a project has its own question thread there: the project's
comments of that organisation (`ProjectComment.organisation_id`), apart from the CCI's internal thread. Its
users ask; the project's region team reads every organisation's thread and answers in it; CCI France reads.
A partner reads its own organisation's thread only, never another's nor the internal one. Asking puts a
notice in the project's adviser's inbox (no adviser yet: the question waits on the project's page);
answering, in the inbox of the organisation's people, and an e-mail (`questions_mail`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import aliased

from filiere.accounts.service import UserView, active_members
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.notifications.inbox import Notice, notify
from filiere.notifications.models import InboxKind
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.service import organisations_by_slug
from filiere.programmes.models import ProjectComment
from filiere.programmes.service import get_project
from filiere.programmes.views import ProjectView
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

BODY_MAX_LENGTH = 4000


@dataclass(frozen=True, kw_only=True)
class QuestionMessageView:
    region: str
    id: int
    project_id: int
    organisation_id: int
    body: str
    created_at: datetime
    author_name: str
    author_subject: str


@dataclass(frozen=True, kw_only=True)
class Answered:
    message: QuestionMessageView
    project_name: str
    # The organisation's people told in their inbox, to tell by e-mail once the answer is stored.
    recipients: list[UserView]


async def viewer_organisation_id(uow: UnitOfWork, principal: Principal | None) -> int | None:
    """The id of the caller's organisation (one statement), or None for a caller without one."""
    if principal is None or principal.organisation is None:
        return None
    found = await organisations_by_slug(uow.national(), [principal.organisation])
    organisation = found.get(principal.organisation)
    return organisation.id if organisation else None


def may_ask(principal: Principal | None, project: ProjectView) -> bool:
    return is_allowed(principal, Action.ASK_PROJECT_QUESTION, region=project.card.region, grant=project.grant)


def viewer_thread(principal: Principal | None, project: ProjectView) -> str | None:
    """The organisation (slug) whose thread the caller reads on the project: its own, where it may ask; None
    for anyone else. Its id is read once per request by the caller (`OrganisationBySlugLoader`)."""
    if principal is None or principal.organisation is None or not may_ask(principal, project):
        return None
    return principal.organisation


async def ask_question(
    uow: UnitOfWork, principal: Principal | None, *, region: str, project_id: int, body: str, request_id: str
) -> QuestionMessageView:
    """A partner's question, in its organisation's thread on a project shared with it."""
    author = require_principal(principal)
    project = await get_project(uow, author, region, project_id)
    organisation_id = await viewer_organisation_id(uow, author) if may_ask(author, project) else None
    if organisation_id is None:
        raise ForbiddenError(
            "Seuls les partenaires avec qui le projet est partagé posent une question à son conseiller."
        )
    text = _checked_body(body)
    message = await _post(
        uow,
        author,
        project,
        organisation_id=organisation_id,
        text=text,
        request_id=request_id,
        action="project.question_asked",
    )
    if project.card.adviser_id is not None:
        notify(
            uow.national(),
            [project.card.adviser_id],
            Notice(
                kind=InboxKind.PARTNER_QUESTION,
                actor_name=author.display_name,
                region=region,
                project_id=project_id,
                project_name=project.card.name,
                text=text,
            ),
        )
    return message


async def answer_question(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    organisation_id: int,
    body: str,
    request_id: str,
) -> Answered:
    """The region team's answer in an organisation's thread: one that has asked on this project."""
    author = require_principal(principal)
    project = await get_project(uow, author, region, project_id)
    if not is_allowed(author, Action.ANSWER_PROJECT_QUESTION, region=region):
        raise ForbiddenError("Seule l'équipe de la région du projet répond aux questions des partenaires.")
    asked = await uow.region(region).scalar(
        select(func.count())
        .select_from(ProjectComment)
        .where(ProjectComment.project_id == project_id, ProjectComment.organisation_id == organisation_id)
    )
    if not asked:
        raise InvalidInputError(
            "Cette organisation n'a posé aucune question sur ce projet.",
            field="organisationId",
            code=CommonErrorCode.NOT_FOUND,
        )
    text = _checked_body(body)
    message = await _post(
        uow,
        author,
        project,
        organisation_id=organisation_id,
        text=text,
        request_id=request_id,
        action="project.question_answered",
    )
    # The organisation's people are told, as the adviser was of their question (and by e-mail, once stored).
    recipients = await active_members(uow.national(), organisation_id)
    notify(
        uow.national(),
        [person.id for person in recipients],
        Notice(
            kind=InboxKind.PARTNER_ANSWER,
            actor_name=author.display_name,
            region=region,
            project_id=project_id,
            project_name=project.card.name,
            text=text,
        ),
    )
    return Answered(message=message, project_name=project.card.name, recipients=recipients)


async def _post(
    uow: UnitOfWork,
    author: Principal,
    project: ProjectView,
    *,
    organisation_id: int,
    text: str,
    request_id: str,
    action: str,
) -> QuestionMessageView:
    session = uow.region(project.card.region)
    message = ProjectComment(
        project_id=project.card.id,
        organisation_id=organisation_id,
        body=text,
        created_at=datetime.now(UTC),
        author_subject=author.subject,
        author_name=author.display_name,
    )
    session.add(message)
    await session.flush()
    record_change(
        session,
        author,
        request_id=request_id,
        action=action,
        entity_type="Project",
        entity_id=project.card.id,
        before=None,
        after={"messageId": message.id, "organisationId": organisation_id, "body": text},
    )
    await session.flush()
    return _view_of(project.card.region, message, organisation_id)


def _checked_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise InvalidInputError("Le message est vide.", field="body", code=CommonErrorCode.REQUIRED)
    if len(text) > BODY_MAX_LENGTH:
        raise InvalidInputError(
            f"Le message ne doit pas dépasser {BODY_MAX_LENGTH} caractères.",
            field="body",
            code=CommonErrorCode.TOO_LONG,
        )
    return text


def _ranked(project_ids: Sequence[int], *conditions: ColumnElement[bool]) -> tuple[Any, Any]:
    """The projects' thread messages numbered oldest first within each project (`rank` from 1)."""
    rank = func.row_number().over(partition_by=ProjectComment.project_id, order_by=ProjectComment.id)
    ranked = (
        select(ProjectComment, rank.label("rank"))
        .where(ProjectComment.project_id.in_(project_ids), *conditions)
        .subquery()
    )
    return aliased(ProjectComment, ranked), ranked.c.rank


async def messages_by_project(
    session: TenantSession, project_ids: Sequence[int], organisation_id: int | None, page: PageRequest
) -> dict[int, Page[QuestionMessageView]]:
    """A page of each project's questions and answers, of one organisation's thread or of all (None), oldest
    first: two statements whatever the number of projects. The caller has checked that the reader may read
    them."""
    region = session.tenant_slug
    thread = (
        ProjectComment.organisation_id.is_not(None)
        if organisation_id is None
        else ProjectComment.organisation_id == organisation_id
    )
    counted = await session.execute(
        select(ProjectComment.project_id, func.count())
        .where(ProjectComment.project_id.in_(project_ids), thread)
        .group_by(ProjectComment.project_id)
    )
    totals: dict[int, int] = dict(counted.all())
    # In one database, in id order: the cursor's sort key is left empty.
    row, rank = _ranked(project_ids, thread, after_position(page, region, literal(""), ProjectComment.id))
    by_project: dict[int, list[QuestionMessageView]] = {project_id: [] for project_id in project_ids}
    for message in await session.scalars(select(row).where(rank <= page.first + 1).order_by(row.id)):
        if message.organisation_id is not None:
            by_project[message.project_id].append(_view_of(region, message, message.organisation_id))
    return {
        project_id: merge_slices(
            [TenantSlice(rows=views, total_count=totals.get(project_id, 0))],
            page,
            lambda view: SortPosition("", region, view.id),
        )
        for project_id, views in by_project.items()
    }


def _view_of(region: str, row: ProjectComment, organisation_id: int) -> QuestionMessageView:
    return QuestionMessageView(
        region=region,
        id=row.id,
        project_id=row.project_id,
        organisation_id=organisation_id,
        body=row.body,
        created_at=row.created_at,
        author_name=row.author_name,
        author_subject=row.author_subject,
    )
