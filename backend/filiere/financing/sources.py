"""A project's financing plan: where the money comes from, year by year, and where each request stands
(to apply → applied → obtained or refused, or abandoned), with its dates and its decision.

A source may come from a scheme of the catalogue (national data: its id only): the national catalogue's,
or the project's region's own, never another region's private scheme. Its de minimis flag defaults from
the scheme.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal
from filiere.documents.service import documents_of
from filiere.errors import InvalidInputError, NotFoundError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import FinancingSource, SourceKind, SourceStatus
from filiere.financing.plans import (
    MAX_SOURCES,
    SourceView,
    audit_values,
    changed_values,
    checked_amount,
    checked_label,
    checked_year,
    editable_project,
    year_range,
)
from filiere.financing.schemes import scheme_is_usable_by, schemes_by_id
from filiere.tenancy.unit_of_work import UnitOfWork

_FIELD_LABELS = {
    "kind": "nature",
    "label": "libellé",
    "amount": "montant",
    "year": "année",
    "status": "statut",
    "appliedOn": "date de dépôt",
    "decidedOn": "date de décision",
    "schemeId": "dispositif",
    "deMinimis": "de minimis",
    "aidEquivalentEur": "équivalent-subvention",
    "decisionDocumentId": "décision",
}
# A decision is dated only once there is one.
_DECIDED = frozenset({SourceStatus.OBTAINED, SourceStatus.REFUSED})


@dataclass(frozen=True, kw_only=True)
class SourceInput:
    kind: SourceKind
    amount: float
    year: int
    status: SourceStatus = SourceStatus.TO_APPLY
    label: str = ""
    applied_on: date | None = None
    decided_on: date | None = None
    scheme_id: int | None = None
    de_minimis: bool | None = None  # None: as its scheme says (not de minimis without a scheme)
    aid_equivalent: float | None = None
    decision_document_id: int | None = None


def _checked_dates(data: SourceInput) -> None:
    if data.status is SourceStatus.TO_APPLY and (data.applied_on or data.decided_on):
        raise InvalidInputError(
            "Une demande « à déposer » n'a encore ni date de dépôt ni date de décision.",
            field="appliedOn" if data.applied_on else "decidedOn",
            code=FinancingErrorCode.INVALID_DATES,
        )
    if data.decided_on is not None and data.status not in _DECIDED:
        raise InvalidInputError(
            "Seule une demande obtenue ou refusée a une date de décision.",
            field="decidedOn",
            code=FinancingErrorCode.INVALID_DATES,
        )
    if data.applied_on and data.decided_on and data.decided_on < data.applied_on:
        raise InvalidInputError(
            "La décision ne peut pas précéder le dépôt de la demande.",
            field="decidedOn",
            code=FinancingErrorCode.INVALID_DATES,
        )


async def _checked(
    uow: UnitOfWork,
    region: str,
    project_id: int,
    data: SourceInput,
    *,
    years: range,
    current: FinancingSource | None,
) -> dict[str, object]:
    amount = checked_amount(data.amount, "amount", "Le montant")
    equivalent = None
    if data.aid_equivalent is not None:
        equivalent = checked_amount(data.aid_equivalent, "aidEquivalent", "L'équivalent-subvention", zero_allowed=True)
        if equivalent > amount:
            raise InvalidInputError(
                "L'équivalent-subvention ne peut pas dépasser le montant de la source.",
                field="aidEquivalent",
                code=FinancingErrorCode.INVALID_AMOUNT,
            )
    _checked_dates(data)
    de_minimis = data.de_minimis
    if data.scheme_id is not None:
        scheme = (await schemes_by_id(uow, [data.scheme_id])).get(data.scheme_id)
        if scheme is None or not scheme_is_usable_by(region, scheme):
            raise InvalidInputError(
                "Ce dispositif n'existe pas dans le catalogue national ni dans celui de la région du projet.",
                field="schemeId",
                code=FinancingErrorCode.UNKNOWN_SCHEME,
            )
        if de_minimis is None:
            unchanged = current is not None and current.scheme_id == data.scheme_id
            de_minimis = current.de_minimis if unchanged and current else scheme.de_minimis
    if de_minimis is None:
        de_minimis = current.de_minimis if current is not None and current.scheme_id is None else False
    if data.decision_document_id is not None:
        session = uow.region(region)
        documents = (await documents_of(session, region, [project_id]))[project_id]
        if all(data.decision_document_id != document.id for document in documents):
            raise InvalidInputError(
                "Cette décision n'est pas un document de ce projet.",
                field="decisionDocumentId",
                code=FinancingErrorCode.NOT_IN_PROJECT,
            )
    return {
        "kind": SourceKind(data.kind),
        "label": checked_label(data.label, required=False),
        "amount": amount,
        "year": checked_year(data.year, years),
        "status": SourceStatus(data.status),
        "applied_on": data.applied_on,
        "decided_on": data.decided_on,
        "scheme_id": data.scheme_id,
        "de_minimis": de_minimis,
        "aid_equivalent_eur": equivalent,
        "decision_document_id": data.decision_document_id,
    }


async def save_source(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int | None,
    source_id: int | None,
    expected_version: int | None,
    data: SourceInput,
    request_id: str,
) -> SourceView:
    """Add a source to a project's plan (`project_id`), or change one (`source_id` and `expected_version`)."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row: FinancingSource | None = None
    if source_id is not None:
        row = await session.get(FinancingSource, source_id)
        if row is None:
            raise NotFoundError(field="id")
        project_id = row.project_id
    if project_id is None:
        raise NotFoundError(field="projectId")
    editor, project = await editable_project(uow, principal, region, project_id)
    if row is not None and row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="FinancingSource", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    values = await _checked(uow, region, project_id, data, years=await year_range(uow, project), current=row)
    if row is None:
        count = await session.scalar(
            select(func.count()).select_from(FinancingSource).where(FinancingSource.project_id == project_id)
        )
        if (count or 0) >= MAX_SOURCES:
            raise InvalidInputError(
                f"Un plan de financement compte {MAX_SOURCES} sources au plus.",
                field="projectId",
                code=FinancingErrorCode.TOO_MANY_ROWS,
            )
        row = FinancingSource(project_id=project_id, changed_by_name=editor.display_name, **values)
        session.add(row)
        await session.flush()
        before: dict[str, object] | None = None
        after = {"projectId": project_id} | audit_values(values)
        action = "financing_source.added"
    else:
        before, after = changed_values(row, values)
        if not after:
            return SourceView.of(region, row)
        for name, value in values.items():
            setattr(row, name, value)
        row.changed_by_name = editor.display_name
        await session.flush()
        # Which source it was, under names a conflict does not take for changed fields.
        after = after | {"projectId": project_id, "sourceKind": row.kind.value, "name": row.label}
        action = "financing_source.updated"
    record_change(
        session,
        editor,
        request_id=request_id,
        action=action,
        entity_type="FinancingSource",
        entity_id=row.id,
        before=before,
        after=after,
    )
    return SourceView.of(region, row)


async def delete_source(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    source_id: int,
    expected_version: int,
    request_id: str,
) -> int:
    """Remove a source; returns its project's id."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row = await session.get(FinancingSource, source_id)
    if row is None:
        raise NotFoundError(field="id")
    editor, _ = await editable_project(uow, principal, region, row.project_id)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="FinancingSource", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    record_change(
        session,
        editor,
        request_id=request_id,
        action="financing_source.deleted",
        entity_type="FinancingSource",
        entity_id=row.id,
        before={
            "projectId": row.project_id,
            "kind": row.kind.value,
            "label": row.label,
            "amount": row.amount,
            "year": row.year,
            "status": row.status.value,
        },
        after=None,
    )
    project_id: int = row.project_id
    await session.delete(row)
    await session.flush()
    return project_id
