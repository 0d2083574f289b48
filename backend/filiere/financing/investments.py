"""A project's investment plan: what it will buy, build, hire or certify, when, and how sure it is.

A line may name the supplier candidate of the project's supply chain it comes from and the quote document
of the project's record; both are checked through their own domain's reads to belong to the same project.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal
from filiere.documents.service import documents_of
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import InvestmentCategory, InvestmentLine, InvestmentStatus
from filiere.financing.plans import (
    MAX_LINES,
    LineView,
    audit_values,
    changed_values,
    checked_amount,
    checked_label,
    checked_year,
    editable_project,
    year_range,
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
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row: InvestmentLine | None = None
    if line_id is not None:
        row = await session.get(InvestmentLine, line_id)
        if row is None:
            raise NotFoundError(field="id")
        project_id = row.project_id
    if project_id is None:
        raise NotFoundError(field="projectId")
    editor, project = await editable_project(uow, principal, region, project_id)
    if row is not None and row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="InvestmentLine", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    values = await _checked(uow, region, project_id, data, await year_range(uow, project))
    if row is None:
        count = await session.scalar(
            select(func.count()).select_from(InvestmentLine).where(InvestmentLine.project_id == project_id)
        )
        if (count or 0) >= MAX_LINES:
            raise InvalidInputError(
                f"Un plan d'investissement compte {MAX_LINES} lignes au plus.",
                field="projectId",
                code=FinancingErrorCode.TOO_MANY_ROWS,
            )
        row = InvestmentLine(project_id=project_id, changed_by_name=editor.display_name, **values)
        session.add(row)
        await session.flush()
        before: dict[str, object] | None = None
        after = {"projectId": project_id} | audit_values(values)
        action = "investment_line.added"
    else:
        before, after = changed_values(row, values)
        if not after:
            return LineView.of(region, row)
        for name, value in values.items():
            setattr(row, name, value)
        row.changed_by_name = editor.display_name
        await session.flush()
        # Which line it was, under a name a conflict does not take for a changed field.
        after = after | {"projectId": project_id, "name": row.label}
        action = "investment_line.updated"
    record_change(
        session,
        editor,
        request_id=request_id,
        action=action,
        entity_type="InvestmentLine",
        entity_id=row.id,
        before=before,
        after=after,
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
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row = await session.get(InvestmentLine, line_id)
    if row is None:
        raise NotFoundError(field="id")
    editor, _ = await editable_project(uow, principal, region, row.project_id)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="InvestmentLine", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    record_change(
        session,
        editor,
        request_id=request_id,
        action="investment_line.deleted",
        entity_type="InvestmentLine",
        entity_id=row.id,
        before={"projectId": row.project_id, "label": row.label, "amount": row.amount, "year": row.year},
        after=None,
    )
    project_id: int = row.project_id
    await session.delete(row)
    await session.flush()
    return project_id
