"""A project's comment thread: the `Project.comments` field and the mutation that adds to it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.loaders import UserByIdLoader
from filiere.accounts.schema import UserType
from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.programmes import comments
from filiere.programmes.comments import CommentView
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.project_fields import reveals
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
        if not reveals(info, self.view, "comments"):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await comments.list_comments(info.context.uow, self.view.card.region, self.view.card.id, page)
        return connection_from_page(info, result, lambda view: ProjectCommentType(view=view))


@strawberry.input(description="Commenter un projet de sa région, en mentionnant (@) des conseillers.")
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


@strawberry.type
class CommentMutation:
    @mutation(
        requires=Action.EDIT_PROJECT,
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
