"""Cross-region sourcing requests in GraphQL: the inbox of requests, answers, acceptance into the chain."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from filiere.auth.policy import Action, is_allowed
from filiere.errors import NotFoundError
from filiere.graphql.mutations import run_mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.referentials.naf import naf_activity
from filiere.sourcing import requests
from filiere.sourcing.chains import CandidateView
from filiere.sourcing.requests import AnswerView, ProposedSupplier, RequestView
from filiere.sourcing.schema import (
    SOURCING_ERRORS,
    SourcingConflict,
    SourcingInvalid,
    SourcingNotAllowed,
    SupplierCandidatePayload,
    SupplierCandidateSuccess,
    SupplierCandidateType,
)
from filiere.tenancy.schema import RegionType, region_type


@strawberry.type(name="ProposedSupplier", description="Établissement proposé dans une réponse.")
class ProposedSupplierType:
    region: strawberry.Private[str]
    view: strawberry.Private[ProposedSupplier]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ProposedSupplier", self.region, self.view.id))

    @strawberry.field
    def siret(self) -> str:
        return self.view.siret

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def commune_name(self) -> str:
        return self.view.commune_name

    @strawberry.field
    def naf_code(self) -> str | None:
        return self.view.naf_code

    @strawberry.field
    def naf_label(self) -> str | None:
        activity = naf_activity(self.view.naf_code) if self.view.naf_code else None
        return activity.label if activity else None

    @strawberry.field(description="Vrai une fois ajouté à la chaîne du projet.")
    def accepted(self) -> bool:
        return self.view.candidate_id is not None


@strawberry.type(name="SourcingAnswer", description="Réponse d'une autre région à une demande de sourcing.")
class SourcingAnswerType:
    view: strawberry.Private[AnswerView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SourcingAnswer", self.view.region, self.view.id))

    @strawberry.field
    def answerer_name(self) -> str:
        return self.view.answerer_name

    @strawberry.field
    def answerer_region(self, info: Info) -> RegionType:
        return region_type(info, self.view.answerer_region)

    @strawberry.field
    def note(self) -> str:
        return self.view.note

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field
    def suppliers(self) -> list[ProposedSupplierType]:
        return [ProposedSupplierType(region=self.view.region, view=proposed) for proposed in self.view.suppliers]


@strawberry.type(
    name="SourcingRequest",
    description="Demande de fournisseurs adressée aux autres régions ; elle ne porte aucune donnée confidentielle.",
)
class SourcingRequestType:
    view: strawberry.Private[RequestView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SourcingRequest", self.view.region, self.view.id))

    @strawberry.field(description="Région qui demande.")
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.region)

    @strawberry.field
    def project_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Project", self.view.region, self.view.project_id))

    @strawberry.field
    def project_name(self) -> str:
        return self.view.project_name

    @strawberry.field
    def stage_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SupplyChainStage", self.view.region, self.view.stage_id))

    @strawberry.field
    def stage_name(self) -> str:
        return self.view.stage_name

    @strawberry.field
    def need(self) -> str:
        return self.view.need

    @strawberry.field(description="Codes NAF ou sections suggérés.")
    def naf_hints(self) -> list[str]:
        return list(self.view.naf_hints)

    @strawberry.field(description="Dernier jour pour répondre.")
    def deadline(self) -> date:
        return self.view.deadline

    @strawberry.field(description="Vrai après la date limite : la demande ne prend plus de réponse.")
    def is_expired(self, info: Info) -> bool:
        return not self.view.is_open(info.context.today)

    @strawberry.field(description="Régions sollicitées ; toutes les autres quand la liste est vide.")
    def target_regions(self, info: Info) -> list[RegionType]:
        return [region_type(info, slug) for slug in self.view.target_regions]

    @strawberry.field
    def requester_name(self) -> str:
        return self.view.requester_name

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field(description="Nombre de réponses, toutes régions confondues.")
    def answer_count(self) -> int:
        return self.view.answer_count

    @strawberry.field(description="Vrai si vous pouvez y répondre : votre région est sollicitée et la demande ouverte.")
    def viewer_can_answer(self, info: Info) -> bool:
        principal = info.context.principal
        return (
            principal is not None
            and self.view.is_open(info.context.today)
            and self.view.targets(principal.region)
            and is_allowed(principal, Action.ANSWER_SOURCING_REQUEST, region=self.view.region)
        )

    @strawberry.field(
        description="Réponses, des plus anciennes aux plus récentes : toutes pour la région qui demande, "
        "celles de votre région sinon."
    )
    async def answers(self, info: Info, first: int = 20, after: str | None = None) -> Connection[SourcingAnswerType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await requests.answers_of(info.context.uow, info.context.principal, self.view, page)
        return connection_from_page(info, result, lambda view: SourcingAnswerType(view=view))


@strawberry.type
class SourcingRequestsQuery:
    @strawberry.field(
        description="Demandes de sourcing, des plus récentes aux plus anciennes : adressées à votre région "
        "(addressedToMe) ou postées par elle ; CCI France les voit toutes."
    )
    async def sourcing_requests(
        self,
        info: Info,
        addressed_to_me: bool = True,
        include_expired: bool = False,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[SourcingRequestType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await requests.list_requests(
            info.context.uow,
            info.context.principal,
            addressed_to_me=addressed_to_me,
            include_expired=include_expired,
            page=page,
            today=info.context.today,
        )
        return connection_from_page(info, result, lambda view: SourcingRequestType(view=view))

    @strawberry.field(description="Une demande de sourcing ; null si elle est introuvable ou inaccessible.")
    async def sourcing_request(self, info: Info, id: strawberry.ID) -> SourcingRequestType | None:  # noqa: A002
        target = decode_id(id, expected_type="SourcingRequest")
        try:
            view = await requests.get_request(info.context.uow, info.context.principal, target.tenant, target.int_key)
        except NotFoundError:
            return None
        return SourcingRequestType(view=view)


@strawberry.input(description="Demander aux autres régions des fournisseurs pour une étape de la chaîne d'un projet.")
class PostSourcingRequestInput:
    stage_id: strawberry.ID
    need: str
    deadline: date = strawberry.field(description="Dernier jour pour répondre (au plus dans 180 jours).")
    naf_hints: list[str] = strawberry.field(default_factory=list)
    target_regions: list[str] = strawberry.field(
        default_factory=list, description="Régions sollicitées (identifiants) ; vide : toutes les autres."
    )


@strawberry.input(description="Répondre avec des établissements de l'annuaire de votre région.")
class AnswerSourcingRequestInput:
    request_id: strawberry.ID
    sirets: list[str]
    note: str = ""


@strawberry.input(description="Ajouter à la chaîne un établissement proposé dans une réponse.")
class AcceptProposedSupplierInput:
    proposed_supplier_id: strawberry.ID


@strawberry.type
class SourcingRequestSuccess:
    request: SourcingRequestType


SourcingRequestPayload = Annotated[
    SourcingRequestSuccess | SourcingInvalid | SourcingConflict | SourcingNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SourcingRequestPayload"),
]


@strawberry.type
class SourcingAnswerSuccess:
    answer: SourcingAnswerType


SourcingAnswerPayload = Annotated[
    SourcingAnswerSuccess | SourcingInvalid | SourcingConflict | SourcingNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SourcingAnswerPayload"),
]


@strawberry.type
class SourcingRequestsMutation:
    @strawberry.mutation(description="Poste une demande de sourcing aux autres régions ; elles sont notifiées.")
    async def post_sourcing_request(self, info: Info, input: PostSourcingRequestInput) -> SourcingRequestPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> RequestView:
            stage = decode_id(input.stage_id, expected_type="SupplyChainStage")
            return await requests.post_request(
                info.context.uow,
                info.context.principal,
                region=stage.tenant,
                stage_id=stage.int_key,
                need=input.need,
                naf_hints=input.naf_hints,
                deadline=input.deadline,
                target_regions=input.target_regions,
                request_id=info.context.request_id,
                today=info.context.today,
            )

        return await run_mutation(
            info, work, lambda view: SourcingRequestSuccess(request=SourcingRequestType(view=view)), SOURCING_ERRORS
        )

    @strawberry.mutation(description="Répond à une demande d'une autre région ; le demandeur est notifié.")
    async def answer_sourcing_request(self, info: Info, input: AnswerSourcingRequestInput) -> SourcingAnswerPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> AnswerView:
            target = decode_id(input.request_id, expected_type="SourcingRequest")
            return await requests.answer_request(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                request_id=target.int_key,
                sirets=input.sirets,
                note=input.note,
                audit_request_id=info.context.request_id,
                today=info.context.today,
            )

        return await run_mutation(
            info, work, lambda view: SourcingAnswerSuccess(answer=SourcingAnswerType(view=view)), SOURCING_ERRORS
        )

    @strawberry.mutation(description="Ajoute un établissement proposé à l'étape de la demande, comme identifié.")
    async def accept_proposed_supplier(
        self,
        info: Info,
        input: AcceptProposedSupplierInput,  # noqa: A002
    ) -> SupplierCandidatePayload:  # type: ignore[valid-type]
        async def work() -> CandidateView:
            target = decode_id(input.proposed_supplier_id, expected_type="ProposedSupplier")
            return await requests.accept_proposed_supplier(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                proposed_id=target.int_key,
                audit_request_id=info.context.request_id,
            )

        return await run_mutation(
            info,
            work,
            lambda view: SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view)),
            SOURCING_ERRORS,
        )
