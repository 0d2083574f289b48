"""The company's earlier de minimis aid, entered once on the company record: it weighs on the de minimis
check of every plan of the company. Edited from one of its projects, by whoever edits that project's plans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from filiere import clock
from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError, NotFoundError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import EarlierDeMinimisAid
from filiere.financing.plans import (
    MAX_EARLIER_AID,
    EarlierAidView,
    audit_values,
    changed_values,
    checked_amount,
    checked_label,
    editable_project,
)
from filiere.tenancy.unit_of_work import UnitOfWork

_FIELD_LABELS = {"grantedOn": "date d'octroi", "amount": "montant", "grantedBy": "octroyée par"}


@dataclass(frozen=True, kw_only=True)
class EarlierAidInput:
    granted_on: date
    amount: float
    granted_by: str


def _checked(data: EarlierAidInput, today: date) -> dict[str, object]:
    # Aid to come is a source of a plan, not earlier aid.
    if not date(2000, 1, 1) <= data.granted_on <= today:
        raise InvalidInputError(
            "Une aide de minimis antérieure est déjà octroyée : sa date ne peut pas être à venir. Une aide à "
            "venir est une source du plan de financement.",
            field="grantedOn",
            code=FinancingErrorCode.INVALID_DATES,
        )
    return {
        "granted_on": data.granted_on,
        "amount": checked_amount(data.amount, "amount", "Le montant"),
        "granted_by": checked_label(data.granted_by, "grantedBy"),
    }


async def save_earlier_aid(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    aid_id: int | None,
    expected_version: int | None,
    data: EarlierAidInput,
    request_id: str,
) -> EarlierAidView:
    """Add an earlier aid to the company of `project_id`, or change one (`aid_id`, `expected_version`)."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    editor, project = await editable_project(uow, principal, region, project_id)
    company_id = project.card.company_id
    session = uow.region(region)
    row: EarlierDeMinimisAid | None = None
    if aid_id is not None:
        row = await session.get(EarlierDeMinimisAid, aid_id)
        if row is None or row.company_id != company_id:
            raise NotFoundError(field="id")
        if row.version != expected_version:
            raise await stale_version_error(
                session, entity_type="EarlierDeMinimisAid", entity_id=row.id, field_labels=_FIELD_LABELS
            )
    values = _checked(data, clock.today(uow.registry.settings))
    if row is None:
        count = await session.scalar(
            select(func.count()).select_from(EarlierDeMinimisAid).where(EarlierDeMinimisAid.company_id == company_id)
        )
        if (count or 0) >= MAX_EARLIER_AID:
            raise InvalidInputError(
                f"Une entreprise compte {MAX_EARLIER_AID} aides de minimis antérieures au plus.",
                field="projectId",
                code=FinancingErrorCode.TOO_MANY_ROWS,
            )
        row = EarlierDeMinimisAid(company_id=company_id, changed_by_name=editor.display_name, **values)
        session.add(row)
        await session.flush()
        before: dict[str, object] | None = None
        after = {"companyId": company_id} | audit_values(values)
        action = "earlier_de_minimis_aid.added"
    else:
        before, after = changed_values(row, values)
        if not after:
            return EarlierAidView.of(region, row)
        for name, value in values.items():
            setattr(row, name, value)
        row.changed_by_name = editor.display_name
        await session.flush()
        after = after | {"companyId": company_id, "name": row.granted_by}
        action = "earlier_de_minimis_aid.updated"
    record_change(
        session,
        editor,
        request_id=request_id,
        action=action,
        entity_type="EarlierDeMinimisAid",
        entity_id=row.id,
        before=before,
        after=after,
    )
    return EarlierAidView.of(region, row)


async def delete_earlier_aid(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    aid_id: int,
    expected_version: int,
    request_id: str,
) -> None:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    editor, project = await editable_project(uow, principal, region, project_id)
    session = uow.region(region)
    row = await session.get(EarlierDeMinimisAid, aid_id)
    if row is None or row.company_id != project.card.company_id:
        raise NotFoundError(field="id")
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="EarlierDeMinimisAid", entity_id=row.id, field_labels=_FIELD_LABELS
        )
    record_change(
        session,
        editor,
        request_id=request_id,
        action="earlier_de_minimis_aid.deleted",
        entity_type="EarlierDeMinimisAid",
        entity_id=row.id,
        before={
            "companyId": row.company_id,
            "grantedOn": row.granted_on.isoformat(),
            "amount": row.amount,
            "grantedBy": row.granted_by,
        },
        after=None,
    )
    await session.delete(row)
    await session.flush()
