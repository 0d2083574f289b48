"""A project's investment plan: what it will buy, build, hire or certify, when, and how sure it is.

A line may name the supplier candidate of the project's supply chain it comes from and the quote document
of the project's record; both are checked through their own domain's reads to belong to the same project.
"""

from __future__ import annotations

from dataclasses import dataclass

from filiere.auth.principal import Principal
from filiere.documents.service import documents_of
from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import InvestmentCategory, InvestmentLine, InvestmentStatus
from filiere.financing.plan_rows import PlanTable, delete_plan_row, save_plan_row
from filiere.financing.plans import (
    MAX_LINES,
    LineView,
    checked_amount,
    checked_label,
    checked_year,
)
from filiere.sourcing.chains import stages_by_project
from filiere.tenancy.unit_of_work import UnitOfWork

# What a conflict names, in the words of the table.
_FIELD_LABELS = {
    "category": "catégorie",
    "label": "libellé",
    "amount": "montant",
    "year": "année",
    "quarter": "trimestre",
    "status": "statut",
    "supplierCandidateId": "fournisseur",
    "quoteDocumentId": "devis",
}


@dataclass(frozen=True, kw_only=True)
class LineInput:
    category: InvestmentCategory
    label: str
    amount: float  # euros excluding VAT, whole
    year: int
    quarter: int | None = None
    status: InvestmentStatus = InvestmentStatus.ESTIMATED
    supplier_candidate_id: int | None = None
    quote_document_id: int | None = None


async def _checked(uow: UnitOfWork, region: str, project_id: int, data: LineInput, years: range) -> dict[str, object]:
    values: dict[str, object] = {
        "category": InvestmentCategory(data.category),
        "label": checked_label(data.label),
        "amount": checked_amount(data.amount, "amount", "Le montant"),
        "year": checked_year(data.year, years),
        "quarter": data.quarter,
        "status": InvestmentStatus(data.status),
        "supplier_candidate_id": data.supplier_candidate_id,
        "quote_document_id": data.quote_document_id,
    }
    if data.quarter is not None and not 1 <= data.quarter <= 4:
        raise InvalidInputError(
            "Le trimestre va de 1 à 4 (ou laissez-le vide).", field="quarter", code=CommonErrorCode.OUT_OF_RANGE
        )
    session = uow.region(region)
    if data.supplier_candidate_id is not None:
        stages = (await stages_by_project(session, region, [project_id]))[project_id]
        if all(data.supplier_candidate_id != c.id for stage in stages for c in stage.candidates):
            raise InvalidInputError(
                "Ce fournisseur n'est pas envisagé dans la chaîne d'approvisionnement de ce projet.",
                field="supplierCandidateId",
                code=FinancingErrorCode.NOT_IN_PROJECT,
            )
    if data.quote_document_id is not None:
        documents = (await documents_of(session, region, [project_id]))[project_id]
        if all(data.quote_document_id != document.id for document in documents):
            raise InvalidInputError(
                "Ce devis n'est pas un document de ce projet.",
                field="quoteDocumentId",
                code=FinancingErrorCode.NOT_IN_PROJECT,
            )
    return values


_LINES: PlanTable[InvestmentLine] = PlanTable(
    model=InvestmentLine,
    entity_type="InvestmentLine",
    action_prefix="investment_line",
    field_labels=_FIELD_LABELS,
    max_rows=MAX_LINES,
    too_many_rows=f"Un plan d'investissement compte {MAX_LINES} lignes au plus.",
    identity=lambda row: {"name": row.label},
    summary=lambda row: {"label": row.label, "amount": row.amount, "year": row.year},
)


async def save_line(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int | None,
    line_id: int | None,
    expected_version: int | None,
    data: LineInput,
    request_id: str,
) -> LineView:
    """Add a line to a project's plan (`project_id`), or change one (`line_id` and `expected_version`)."""

    async def checked(project_id: int, years: range, _: InvestmentLine | None) -> dict[str, object]:
        return await _checked(uow, region, project_id, data, years)

    row = await save_plan_row(
        uow,
        principal,
        _LINES,
        region=region,
        project_id=project_id,
        row_id=line_id,
        expected_version=expected_version,
        checked=checked,
        request_id=request_id,
    )
    return LineView.of(region, row)


async def delete_line(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    line_id: int,
    expected_version: int,
    request_id: str,
) -> int:
    """Remove a line; returns its project's id."""
    return await delete_plan_row(
        uow,
        principal,
        _LINES,
        region=region,
        row_id=line_id,
        expected_version=expected_version,
        request_id=request_id,
    )
