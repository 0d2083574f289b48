"""A project's financing plan: where the money comes from, year by year, and where each request stands
(to apply → applied → obtained or refused, or abandoned), with its dates and its decision.

A source may come from a scheme of the catalogue (national data: its id only): the national catalogue's,
or the project's region's own, never another region's private scheme. Its de minimis flag defaults from
the scheme.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filiere.auth.principal import Principal
from filiere.documents.service import documents_of
from filiere.errors import InvalidInputError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import FinancingSource, SourceKind, SourceStatus
from filiere.financing.plan_rows import PlanTable, delete_plan_row, save_plan_row
from filiere.financing.plans import (
    MAX_SOURCES,
    SourceView,
    checked_amount,
    checked_label,
    checked_year,
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


_SOURCES: PlanTable[FinancingSource] = PlanTable(
    model=FinancingSource,
    entity_type="FinancingSource",
    action_prefix="financing_source",
    field_labels=_FIELD_LABELS,
    max_rows=MAX_SOURCES,
    too_many_rows=f"Un plan de financement compte {MAX_SOURCES} sources au plus.",
    identity=lambda row: {"sourceKind": row.kind.value, "name": row.label},
    summary=lambda row: {
        "kind": row.kind.value,
        "label": row.label,
        "amount": row.amount,
        "year": row.year,
        "status": row.status.value,
    },
)


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

    async def checked(project_id: int, years: range, current: FinancingSource | None) -> dict[str, object]:
        return await _checked(uow, region, project_id, data, years=years, current=current)

    row = await save_plan_row(
        uow,
        principal,
        _SOURCES,
        region=region,
        project_id=project_id,
        row_id=source_id,
        expected_version=expected_version,
        checked=checked,
        request_id=request_id,
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
    return await delete_plan_row(
        uow,
        principal,
        _SOURCES,
        region=region,
        row_id=source_id,
        expected_version=expected_version,
        request_id=request_id,
    )
