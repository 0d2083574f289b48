"""A project's comment thread: the `Project.comments` field and the mutation that adds to it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.loaders import UserByIdLoader
from filiere.accounts.schema import UserType
from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, load_project
from filiere.graphql.mutations import mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.programmes import comments
from filiere.programmes.comments import CommentView
from filiere.programmes.loaders import MentionOfViewerByProjectLoader
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.views import ProjectView


@strawberry.type(name="ProjectComment", description="Commentaire du fil d'un projet (confidentiel).")
class ProjectCommentType:
    view: strawberry.Private[CommentView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ProjectComment", self.view.region, self.view.id))

    @strawberry.field
    def body(self) -> str:
        return self.view.body

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field
    def author_name(self) -> str:
        return self.view.author_name

    @strawberry.field(description="Vrai si l'utilisateur connecté l'a écrit : il peut le modifier ou le supprimer.")
    def viewer_is_author(self, info: Info) -> bool:
        principal = info.context.principal
        return principal is not None and principal.subject == self.view.author_subject

    @strawberry.field(description="Personnes mentionnées (@), de toutes les régions.")
    async def mentions(self, info: Info) -> list[UserType]:
        users = await info.context.loaders.get(UserByIdLoader).load_many(list(self.view.mentioned_user_ids))
        return [UserType(view=user) for user in users if user is not None]


@strawberry.type
class ProjectCommentFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(description="Fil de commentaires, du plus ancien au plus récent ; null sur une fiche résumée.")
    async def comments(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[ProjectCommentType] | None:
        if not await _reads_thread(info, self.view):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await comments.list_comments(info.context.uow, self.view.card.region, self.view.card.id, page)
        return connection_from_page(info, result, lambda view: ProjectCommentType(view=view))


async def _reads_thread(info: Info, view: ProjectView) -> bool:
    """Readers of the full record, and a person of another region named in the thread (the rest of the
    record stays a summary card for them)."""
    if reveals(info, view, "comments"):
        return True
    principal, card = info.context.principal, view.card
    if not comments.may_read_thread(principal, view, mentioned=True):
        return False  # no mention could open it: spare the query
    loader = info.context.loaders.get(MentionOfViewerByProjectLoader, card.region)
    return comments.may_read_thread(principal, view, mentioned=await loader.load(card.id))


@strawberry.input(
    description="Commenter un projet de sa région, ou d'une autre région dont le fil vous mentionne, en "
    "mentionnant (@) des conseillers."
)
class AddProjectCommentInput:
    project_id: strawberry.ID
    body: str
    mention_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Identifiants des personnes mentionnées (toutes régions)."
    )


@strawberry.type
class AddProjectCommentSuccess:
    comment: ProjectCommentType


AddProjectCommentPayload = PROJECT_ERRORS.payload("AddProjectCommentPayload", AddProjectCommentSuccess)


@strawberry.input(description="Réécrire l'un de ses propres commentaires.")
class EditProjectCommentInput:
    comment_id: strawberry.ID
    body: str


@strawberry.type
class EditProjectCommentSuccess:
    comment: ProjectCommentType


EditProjectCommentPayload = PROJECT_ERRORS.payload("EditProjectCommentPayload", EditProjectCommentSuccess)


@strawberry.input(description="Supprimer l'un de ses propres commentaires.")
class DeleteProjectCommentInput:
    comment_id: strawberry.ID


@strawberry.type
class DeleteProjectCommentSuccess:
    deleted_comment_id: strawberry.ID
    project: ProjectRef | None = strawberry.field(description="Le projet, tel que l'utilisateur peut le lire.")


DeleteProjectCommentPayload = PROJECT_ERRORS.payload("DeleteProjectCommentPayload", DeleteProjectCommentSuccess)


@strawberry.type
class CommentMutation:
    @mutation(
        requires=Action.COMMENT_PROJECT,
        description="Ajoute un commentaire ; chaque personne mentionnée le voit dans sa boîte.",
    )
    async def add_project_comment(self, info: Info, input: AddProjectCommentInput) -> AddProjectCommentPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await comments.add_comment(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            body=input.body,
            mention_ids=comments.mentioned_user_keys(input.mention_ids),
            request_id=info.context.request_id,
        )
        return AddProjectCommentSuccess(comment=ProjectCommentType(view=view))

    @mutation(
        requires=Action.COMMENT_PROJECT,
        description="Réécrit l'un de ses commentaires ; tracé dans l'audit, les notifications citent le nouveau texte.",
    )
    async def edit_project_comment(self, info: Info, input: EditProjectCommentInput) -> EditProjectCommentPayload:  # noqa: A002
        target = decode_id(input.comment_id, expected_type="ProjectComment")
        view = await comments.edit_comment(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            comment_id=target.int_key,
            body=input.body,
            request_id=info.context.request_id,
        )
        return EditProjectCommentSuccess(comment=ProjectCommentType(view=view))

    @mutation(
        requires=Action.COMMENT_PROJECT,
        description="Supprime l'un de ses commentaires et ses notifications ; l'audit garde son texte.",
    )
    async def delete_project_comment(
        self,
        info: Info,
        input: DeleteProjectCommentInput,  # noqa: A002
    ) -> DeleteProjectCommentPayload:
        target = decode_id(input.comment_id, expected_type="ProjectComment")
        project_id = await comments.delete_comment(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            comment_id=target.int_key,
            request_id=info.context.request_id,
        )
        return DeleteProjectCommentSuccess(
            deleted_comment_id=input.comment_id, project=await load_project(info, target.tenant, project_id)
        )
