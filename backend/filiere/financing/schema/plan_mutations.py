"""Editing a project's plans: its investment lines, its financing sources, its company's earlier de minimis
aid. One `input` each; `id` and `expectedVersion` to change a row, `projectId` to add one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.financing import earlier_aid, investments, sources
from filiere.financing.earlier_aid import EarlierAidInput
from filiere.financing.investments import LineInput
from filiere.financing.models import InvestmentStatus, SourceStatus
from filiere.financing.schema.errors import FINANCING_ERRORS
from filiere.financing.schema.plan_types import (
    EarlierAidType,
    FinancingSourceKindType,
    FinancingSourceStatusType,
    FinancingSourceType,
    InvestmentCategoryType,
    InvestmentLineType,
    InvestmentStatusType,
)
from filiere.financing.sources import SourceInput
from filiere.graphql.hub_refs import ProjectRef, load_project
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import GlobalId, decode_id
from filiere.settings import NATIONAL_SLUG

if TYPE_CHECKING:
    from filiere.graphql.hubs import ProjectType

EXPECTED_VERSION = "Version lue ; obligatoire pour modifier, refusé si l'élément a changé depuis."
AMOUNT = "Montant en euros entiers (hors taxes pour une dépense), positif, d'au plus un milliard."


def _target(row_id: strawberry.ID | None, row_type: str, project_id: strawberry.ID | None) -> tuple[GlobalId, bool]:
    """The row to change (`id`), or the project to add to (`projectId`): its global id, and whether it is a row."""
    if row_id is not None:
        return decode_id(row_id, expected_type=row_type), True
    if project_id is None:
        raise NotFoundError(field="projectId")
    return decode_id(project_id, expected_type="Project"), False


def _same_region(value: strawberry.ID | None, expected_type: str, region: str, field: str) -> int | None:
    """An id the input names beside its target: of the same region, or nothing found."""
    if value is None:
        return None
    found = decode_id(value, expected_type=expected_type)
    if found.tenant != region:
        raise NotFoundError(field=field)
    return found.int_key


async def _project(info: Info, region: str, project_id: int) -> ProjectType:
    """The project a change was made to, as its editor reads it (totals and balance recomputed)."""
    project = await load_project(info, region, project_id)
    if project is None:  # an editor reads the project they edit: only a concurrent deletion gets here
        raise NotFoundError(field="projectId")
    return project


def _scheme_id(value: strawberry.ID | None) -> int | None:
    """A scheme of the catalogue: national data."""
    if value is None:
        return None
    found = decode_id(value, expected_type="FinancingScheme")
    if found.tenant != NATIONAL_SLUG:
        raise NotFoundError(field="schemeId")
    return found.int_key


@strawberry.input(description="Ajouter une dépense au plan d'un projet (projectId), ou en modifier une (id).")
class SaveInvestmentLineInput:
    id: strawberry.ID | None = None
    project_id: strawberry.ID | None = None
    expected_version: int | None = strawberry.field(default=None, description=EXPECTED_VERSION)
    category: InvestmentCategoryType
    label: str
    amount: float = strawberry.field(description=AMOUNT)
    year: int
    quarter: int | None = strawberry.field(default=None, description="1 à 4 ; null pour l'année entière.")
    status: InvestmentStatusType = InvestmentStatus.ESTIMATED
    supplier_candidate_id: strawberry.ID | None = strawberry.field(
        default=None, description="Fournisseur envisagé dans la chaîne du projet."
    )
    quote_document_id: strawberry.ID | None = strawberry.field(default=None, description="Devis, document du projet.")


@strawberry.input(description="Supprimer une dépense du plan d'investissement.")
class DeleteInvestmentLineInput:
    id: strawberry.ID
    expected_version: int


@strawberry.input(description="Ajouter une source au plan d'un projet (projectId), ou en modifier une (id).")
class SaveFinancingSourceInput:
    id: strawberry.ID | None = None
    project_id: strawberry.ID | None = None
    expected_version: int | None = strawberry.field(default=None, description=EXPECTED_VERSION)
    kind: FinancingSourceKindType
    label: str = ""
    amount: float = strawberry.field(description=AMOUNT)
    year: int
    status: FinancingSourceStatusType = SourceStatus.TO_APPLY
    applied_on: date | None = None
    decided_on: date | None = strawberry.field(default=None, description="Pour une demande obtenue ou refusée.")
    scheme_id: strawberry.ID | None = strawberry.field(
        default=None, description="Dispositif du catalogue national, ou de celui de la région du projet."
    )
    de_minimis: bool | None = strawberry.field(
        default=None, description="Aide de minimis ; null : comme le dit son dispositif (non sans dispositif)."
    )
    aid_equivalent: float | None = strawberry.field(
        default=None, description="Équivalent-subvention brut d'un prêt aidé ou d'une garantie, en euros."
    )
    decision_document_id: strawberry.ID | None = None


@strawberry.input(description="Supprimer une source du plan de financement.")
class DeleteFinancingSourceInput:
    id: strawberry.ID
    expected_version: int


@strawberry.input(
    description="Ajouter une aide de minimis antérieure à l'entreprise d'un projet, ou en modifier une (id)."
)
class SaveEarlierDeMinimisAidInput:
    project_id: strawberry.ID
    id: strawberry.ID | None = None
    expected_version: int | None = strawberry.field(default=None, description=EXPECTED_VERSION)
    granted_on: date
    amount: float = strawberry.field(description="Équivalent-subvention brut, en euros entiers.")
    granted_by: str = strawberry.field(description="Qui l'a octroyée, et au titre de quoi.")


@strawberry.input(description="Retirer une aide de minimis antérieure de l'entreprise d'un projet.")
class DeleteEarlierDeMinimisAidInput:
    project_id: strawberry.ID
    id: strawberry.ID
    expected_version: int


@strawberry.type
class InvestmentLineSuccess:
    line: InvestmentLineType
    project: ProjectRef


@strawberry.type
class FinancingSourceSuccess:
    source: FinancingSourceType
    project: ProjectRef


@strawberry.type
class EarlierDeMinimisAidSuccess:
    aid: EarlierAidType
    project: ProjectRef


@strawberry.type
class FinancingPlanChangeSuccess:
    project: ProjectRef


InvestmentLinePayload = FINANCING_ERRORS.payload("InvestmentLinePayload", InvestmentLineSuccess)
FinancingSourcePayload = FINANCING_ERRORS.payload("FinancingSourcePayload", FinancingSourceSuccess)
EarlierDeMinimisAidPayload = FINANCING_ERRORS.payload("EarlierDeMinimisAidPayload", EarlierDeMinimisAidSuccess)
FinancingPlanChangePayload = FINANCING_ERRORS.payload("FinancingPlanChangePayload", FinancingPlanChangeSuccess)


@strawberry.type
class FinancingPlanMutation:
    @mutation(
        requires=Action.EDIT_FINANCING,
        description="Ajoute ou modifie une dépense du plan d'investissement ; tracé. Le projet renvoyé porte les "
        "totaux à jour.",
    )
    async def save_investment_line(self, info: Info, input: SaveInvestmentLineInput) -> InvestmentLinePayload:  # noqa: A002
        target, is_row = _target(input.id, "InvestmentLine", input.project_id)
        view = await investments.save_line(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=None if is_row else target.int_key,
            line_id=target.int_key if is_row else None,
            expected_version=input.expected_version,
            data=LineInput(
                category=input.category,
                label=input.label,
                amount=input.amount,
                year=input.year,
                quarter=input.quarter,
                status=input.status,
                supplier_candidate_id=_same_region(
                    input.supplier_candidate_id, "SupplierCandidate", target.tenant, "supplierCandidateId"
                ),
                quote_document_id=_same_region(input.quote_document_id, "Document", target.tenant, "quoteDocumentId"),
            ),
            request_id=info.context.request_id,
        )
        project = await _project(info, view.region, view.project_id)
        return InvestmentLineSuccess(line=InvestmentLineType(view=view, project=project.view), project=project)

    @mutation(requires=Action.EDIT_FINANCING, description="Supprime une dépense du plan d'investissement ; tracé.")
    async def delete_investment_line(
        self,
        info: Info,
        input: DeleteInvestmentLineInput,  # noqa: A002
    ) -> FinancingPlanChangePayload:
        target = decode_id(input.id, expected_type="InvestmentLine")
        project_id = await investments.delete_line(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            line_id=target.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return FinancingPlanChangeSuccess(project=await _project(info, target.tenant, project_id))

    @mutation(
        requires=Action.EDIT_FINANCING,
        description="Ajoute ou modifie une source du plan de financement ; tracé. Le projet renvoyé porte "
        "l'équilibre et le contrôle de minimis à jour.",
    )
    async def save_financing_source(self, info: Info, input: SaveFinancingSourceInput) -> FinancingSourcePayload:  # noqa: A002
        target, is_row = _target(input.id, "FinancingSource", input.project_id)
        view = await sources.save_source(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=None if is_row else target.int_key,
            source_id=target.int_key if is_row else None,
            expected_version=input.expected_version,
            data=SourceInput(
                kind=input.kind,
                label=input.label,
                amount=input.amount,
                year=input.year,
                status=input.status,
                applied_on=input.applied_on,
                decided_on=input.decided_on,
                scheme_id=_scheme_id(input.scheme_id),
                de_minimis=input.de_minimis,
                aid_equivalent=input.aid_equivalent,
                decision_document_id=_same_region(
                    input.decision_document_id, "Document", target.tenant, "decisionDocumentId"
                ),
            ),
            request_id=info.context.request_id,
        )
        project = await _project(info, view.region, view.project_id)
        return FinancingSourceSuccess(source=FinancingSourceType(view=view, project=project.view), project=project)

    @mutation(requires=Action.EDIT_FINANCING, description="Supprime une source du plan de financement ; tracé.")
    async def delete_financing_source(
        self,
        info: Info,
        input: DeleteFinancingSourceInput,  # noqa: A002
    ) -> FinancingPlanChangePayload:
        target = decode_id(input.id, expected_type="FinancingSource")
        project_id = await sources.delete_source(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            source_id=target.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return FinancingPlanChangeSuccess(project=await _project(info, target.tenant, project_id))

    @mutation(
        requires=Action.EDIT_FINANCING,
        description="Ajoute ou modifie une aide de minimis antérieure sur la fiche de l'entreprise d'un projet ; "
        "tracé.",
    )
    async def save_earlier_de_minimis_aid(
        self,
        info: Info,
        input: SaveEarlierDeMinimisAidInput,  # noqa: A002
    ) -> EarlierDeMinimisAidPayload:
        project = decode_id(input.project_id, expected_type="Project")
        view = await earlier_aid.save_earlier_aid(
            info.context.uow,
            info.context.principal,
            region=project.tenant,
            project_id=project.int_key,
            aid_id=_same_region(input.id, "EarlierDeMinimisAid", project.tenant, "id"),
            expected_version=input.expected_version,
            data=EarlierAidInput(granted_on=input.granted_on, amount=input.amount, granted_by=input.granted_by),
            request_id=info.context.request_id,
        )
        return EarlierDeMinimisAidSuccess(
            aid=EarlierAidType(view=view), project=await _project(info, project.tenant, project.int_key)
        )

    @mutation(
        requires=Action.EDIT_FINANCING,
        description="Retire une aide de minimis antérieure de la fiche de l'entreprise d'un projet ; tracé.",
    )
    async def delete_earlier_de_minimis_aid(
        self,
        info: Info,
        input: DeleteEarlierDeMinimisAidInput,  # noqa: A002
    ) -> FinancingPlanChangePayload:
        project = decode_id(input.project_id, expected_type="Project")
        aid_id = _same_region(input.id, "EarlierDeMinimisAid", project.tenant, "id")
        assert aid_id is not None
        await earlier_aid.delete_earlier_aid(
            info.context.uow,
            info.context.principal,
            region=project.tenant,
            project_id=project.int_key,
            aid_id=aid_id,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return FinancingPlanChangeSuccess(project=await _project(info, project.tenant, project.int_key))
