"""Rebuilding a project's supply chain: its stages, and the suppliers considered at each stage."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.hub_refs import ProjectRef, project_node
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.sourcing import chains
from filiere.sourcing.chains import StageEntry
from filiere.sourcing.schema.chain_types import CandidateStatusType, SupplierCandidateType
from filiere.sourcing.schema.errors import SOURCING_ERRORS


@strawberry.input(description="Une étape, existante (id) ou nouvelle (sans id).")
class SupplyChainStageInput:
    id: strawberry.ID | None = None
    name: str
    needs: str = ""


@strawberry.input(description="Remplacer la liste ordonnée des étapes de la chaîne d'un projet de sa région.")
class SetSupplyChainStagesInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version du projet lue.")
    stages: list[SupplyChainStageInput]


@strawberry.input(
    description="Envisager un fournisseur pour une étape : de l'annuaire (siret), ou hors annuaire (nom, et "
    "commune en France ou pays)."
)
class AddSupplierCandidateInput:
    stage_id: strawberry.ID
    siret: str | None = None
    name: str | None = None
    commune_code: str | None = None
    country: str | None = None
    notes: str = ""


@strawberry.input(description="Faire avancer un fournisseur envisagé, ou l'écarter avec un motif.")
class TransitionSupplierCandidateInput:
    candidate_id: strawberry.ID
    to: CandidateStatusType
    reason: str | None = None
    expected_version: int


@strawberry.input(description="Notes et prochaine action d'un fournisseur envisagé.")
class UpdateSupplierCandidateInput:
    candidate_id: strawberry.ID
    expected_version: int
    notes: str | None = None
    next_action_on: date | None = strawberry.field(default=None, description="Date de la prochaine action.")
    clear_next_action: bool = strawberry.field(default=False, description="Vrai pour effacer la prochaine action.")


@strawberry.type
class SupplierCandidateSuccess:
    candidate: SupplierCandidateType


SupplierCandidatePayload = SOURCING_ERRORS.payload("SupplierCandidatePayload", SupplierCandidateSuccess)


@strawberry.type
class SupplyChainSuccess:
    project: ProjectRef


SupplyChainPayload = SOURCING_ERRORS.payload("SupplyChainPayload", SupplyChainSuccess)


@strawberry.type
class SupplyChainMutation:
    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Remplace les étapes de la chaîne d'approvisionnement d'un projet ; tracé.",
    )
    async def set_supply_chain_stages(self, info: Info, input: SetSupplyChainStagesInput) -> SupplyChainPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        stages = []
        for stage in input.stages:
            stage_id = decode_id(stage.id, expected_type="SupplyChainStage") if stage.id else None
            if stage_id is not None and stage_id.tenant != target.tenant:
                raise NotFoundError(field="stages")
            stages.append(StageEntry(id=stage_id.int_key if stage_id else None, name=stage.name, needs=stage.needs))
        view = await chains.set_stages(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            expected_version=input.expected_version,
            stages=stages,
            request_id=info.context.request_id,
        )
        return SupplyChainSuccess(project=project_node(info, view))

    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Envisage un fournisseur pour une étape de la chaîne ; tracé dans l'audit.",
    )
    async def add_supplier_candidate(self, info: Info, input: AddSupplierCandidateInput) -> SupplierCandidatePayload:  # noqa: A002
        stage = decode_id(input.stage_id, expected_type="SupplyChainStage")
        view = await chains.add_candidate(
            info.context.uow,
            info.context.principal,
            region=stage.tenant,
            stage_id=stage.int_key,
            siret=input.siret,
            name=input.name,
            commune_code=input.commune_code,
            country=input.country,
            notes=input.notes,
            request_id=info.context.request_id,
        )
        return SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view))

    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Fait avancer un fournisseur envisagé, ou l'écarte avec un motif ; tracé.",
    )
    async def transition_supplier_candidate(
        self,
        info: Info,
        input: TransitionSupplierCandidateInput,  # noqa: A002
    ) -> SupplierCandidatePayload:
        candidate = decode_id(input.candidate_id, expected_type="SupplierCandidate")
        view = await chains.transition_candidate(
            info.context.uow,
            info.context.principal,
            region=candidate.tenant,
            candidate_id=candidate.int_key,
            to=input.to,
            reason=input.reason,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view))

    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Modifie les notes ou la prochaine action d'un fournisseur envisagé ; tracé.",
    )
    async def update_supplier_candidate(
        self,
        info: Info,
        input: UpdateSupplierCandidateInput,  # noqa: A002
    ) -> SupplierCandidatePayload:
        candidate = decode_id(input.candidate_id, expected_type="SupplierCandidate")
        view = await chains.update_candidate(
            info.context.uow,
            info.context.principal,
            region=candidate.tenant,
            candidate_id=candidate.int_key,
            expected_version=input.expected_version,
            notes=input.notes,
            next_action_on=input.next_action_on,
            clear_next_action=input.clear_next_action,
            request_id=info.context.request_id,
        )
        return SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view))
