"""Asking the other regions for suppliers, answering, and taking a proposed supplier into the chain."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.sourcing import requests
from filiere.sourcing.schema.chain_mutations import SupplierCandidatePayload, SupplierCandidateSuccess
from filiere.sourcing.schema.chain_types import SupplierCandidateType
from filiere.sourcing.schema.errors import SOURCING_ERRORS
from filiere.sourcing.schema.request_types import SourcingAnswerType, SourcingRequestType


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


SourcingRequestPayload = SOURCING_ERRORS.payload("SourcingRequestPayload", SourcingRequestSuccess)


@strawberry.type
class SourcingAnswerSuccess:
    answer: SourcingAnswerType


SourcingAnswerPayload = SOURCING_ERRORS.payload("SourcingAnswerPayload", SourcingAnswerSuccess)


@strawberry.type
class SourcingRequestsMutation:
    @mutation(
        requires=Action.POST_SOURCING_REQUEST,
        description="Poste une demande de sourcing aux autres régions ; elles sont notifiées.",
    )
    async def post_sourcing_request(self, info: Info, input: PostSourcingRequestInput) -> SourcingRequestPayload:  # noqa: A002
        stage = decode_id(input.stage_id, expected_type="SupplyChainStage")
        view = await requests.post_request(
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
        return SourcingRequestSuccess(request=SourcingRequestType(view=view))

    @mutation(
        requires=Action.ANSWER_SOURCING_REQUEST,
        description="Répond à une demande d'une autre région ; le demandeur est notifié.",
    )
    async def answer_sourcing_request(self, info: Info, input: AnswerSourcingRequestInput) -> SourcingAnswerPayload:  # noqa: A002
        target = decode_id(input.request_id, expected_type="SourcingRequest")
        view = await requests.answer_request(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            sourcing_request_id=target.int_key,
            sirets=input.sirets,
            note=input.note,
            request_id=info.context.request_id,
            today=info.context.today,
        )
        return SourcingAnswerSuccess(answer=SourcingAnswerType(view=view))

    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Ajoute un établissement proposé à l'étape de la demande, comme identifié.",
    )
    async def accept_proposed_supplier(
        self,
        info: Info,
        input: AcceptProposedSupplierInput,  # noqa: A002
    ) -> SupplierCandidatePayload:
        target = decode_id(input.proposed_supplier_id, expected_type="ProposedSupplier")
        view = await requests.accept_proposed_supplier(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            proposed_id=target.int_key,
            request_id=info.context.request_id,
        )
        return SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view))
