"""Partner organisations' questions to a project's adviser: `Project.partnerQuestions` (the region team's
view of every organisation's thread), `Project.viewerQuestions` (a partner's own organisation's thread),
`askProjectQuestion` and `answerProjectQuestion`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.loaders import OrganisationByIdLoader
from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.partners.loaders import OrganisationBySlugLoader
from filiere.partners.schema import OrganisationType
from filiere.programmes import questions
from filiere.programmes.loaders import QuestionMessagesByProjectLoader
from filiere.programmes.questions import QuestionMessageView
from filiere.programmes.questions_mail import send_partner_answer
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.views import ProjectView


@strawberry.type(
    name="PartnerQuestionMessage",
    description="Une question d'une organisation partenaire au conseiller du projet, ou la réponse de l'équipe.",
)
class PartnerQuestionMessageType:
    view: strawberry.Private[QuestionMessageView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("PartnerQuestionMessage", self.view.region, self.view.id))

    @strawberry.field
    def body(self) -> str:
        return self.view.body

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field
    def author_name(self) -> str:
        return self.view.author_name

    @strawberry.field(description="Vrai si l'utilisateur connecté l'a écrit.")
    def viewer_is_author(self, info: Info) -> bool:
        principal = info.context.principal
        return principal is not None and principal.subject == self.view.author_subject

    @strawberry.field(description="L'organisation partenaire dont c'est le fil de questions.")
    async def organisation(self, info: Info) -> OrganisationType | None:
        view = await info.context.loaders.get(OrganisationByIdLoader).load(self.view.organisation_id)
        return OrganisationType(view=view) if view else None


@strawberry.type
class ProjectQuestionFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Les questions de toutes les organisations partenaires et leurs réponses, de la plus ancienne "
        "à la plus récente (l'équipe de la région du projet, CCI France) ; null pour les autres."
    )
    async def partner_questions(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[PartnerQuestionMessageType] | None:
        if not reveals(info, self.view, "partnerQuestions"):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        card = self.view.card
        loader = info.context.loaders.get(QuestionMessagesByProjectLoader, card.region)
        result = await loader.load((card.id, None, page))
        return connection_from_page(info, result, lambda view: PartnerQuestionMessageType(view=view))

    @strawberry.field(
        description="Pour un partenaire avec qui le projet est partagé : les questions de son organisation au "
        "conseiller et leurs réponses ; null pour les autres (jamais celles d'une autre organisation)."
    )
    async def viewer_questions(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[PartnerQuestionMessageType] | None:
        slug = questions.viewer_thread(info.context.principal, self.view)
        organisation = await info.context.loaders.get(OrganisationBySlugLoader).load(slug) if slug else None
        if organisation is None:
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        card = self.view.card
        loader = info.context.loaders.get(QuestionMessagesByProjectLoader, card.region)
        result = await loader.load((card.id, organisation.id, page))
        return connection_from_page(info, result, lambda view: PartnerQuestionMessageType(view=view))


@strawberry.input(description="Poser une question au conseiller d'un projet partagé avec son organisation.")
class AskProjectQuestionInput:
    project_id: strawberry.ID
    body: str


@strawberry.input(description="Répondre à l'organisation partenaire qui a posé une question sur un projet.")
class AnswerProjectQuestionInput:
    project_id: strawberry.ID
    organisation_id: strawberry.ID
    body: str


@strawberry.type
class ProjectQuestionSuccess:
    posted: PartnerQuestionMessageType = strawberry.field(description="Le message publié (question ou réponse).")


AskProjectQuestionPayload = PROJECT_ERRORS.payload("AskProjectQuestionPayload", ProjectQuestionSuccess)
AnswerProjectQuestionPayload = PROJECT_ERRORS.payload("AnswerProjectQuestionPayload", ProjectQuestionSuccess)


@strawberry.type
class QuestionMutation:
    @mutation(
        requires=Action.ASK_PROJECT_QUESTION,
        description="Pose une question au conseiller du projet ; il la voit dans sa boîte. Seuls l'équipe de la "
        "région et votre organisation la lisent.",
    )
    async def ask_project_question(self, info: Info, input: AskProjectQuestionInput) -> AskProjectQuestionPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await questions.ask_question(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            body=input.body,
            request_id=info.context.request_id,
        )
        return ProjectQuestionSuccess(posted=PartnerQuestionMessageType(view=view))

    @mutation(
        requires=Action.ANSWER_PROJECT_QUESTION,
        description="Répond dans le fil de questions d'une organisation partenaire ; seule elle et l'équipe le lisent. "
        "Ses comptes en sont avertis (notification et e-mail).",
    )
    async def answer_project_question(
        self,
        info: Info,
        input: AnswerProjectQuestionInput,  # noqa: A002
    ) -> AnswerProjectQuestionPayload:
        target = decode_id(input.project_id, expected_type="Project")
        organisation = decode_id(input.organisation_id, expected_type="Organisation")
        answered = await questions.answer_question(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            organisation_id=organisation.int_key,
            body=input.body,
            request_id=info.context.request_id,
        )
        settings = info.context.settings

        async def send() -> None:
            # Once the answer is stored: a mail server down must not undo it (the inbox tells them too).
            await send_partner_answer(settings, answered)

        info.context.uow.after_commit(send)
        return ProjectQuestionSuccess(posted=PartnerQuestionMessageType(view=answered.message))
