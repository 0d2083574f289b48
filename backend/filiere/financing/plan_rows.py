"""Saving and deleting a row of a project's plans (an investment line, a financing source): the same steps for
both — the project must be editable by the caller, the row's version the one the caller read, the plan not
full, and every write audited. What differs (the table, its checks, its words) is a `PlanTable`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal
from filiere.errors import InvalidInputError, NotFoundError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import FinancingSource, InvestmentLine
from filiere.financing.plans import audit_values, changed_values, editable_project, year_range
from filiere.tenancy.unit_of_work import UnitOfWork

Row = TypeVar("Row", InvestmentLine, FinancingSource)


@dataclass(frozen=True, kw_only=True)
class PlanTable(Generic[Row]):
    model: type[Row]
    entity_type: str  # the audit trail's: « InvestmentLine »
    action_prefix: str  # « investment_line »: « investment_line.added » …
    field_labels: dict[str, str]  # what a conflict names, in the words of the table
    max_rows: int  # per project
    too_many_rows: str  # the message when the plan is full
    # Which row a change was made to, beside its project, under names a conflict does not take for changed fields.
    identity: Callable[[Row], dict[str, object]]
    # What the trail keeps of a deleted row, beside its project.
    summary: Callable[[Row], dict[str, object]]


# The row's checked values, from its project's id, the years its plan may cover and the row as it stands.
Checker = Callable[[int, range, Row | None], Awaitable[dict[str, object]]]


async def save_plan_row(
    uow: UnitOfWork,
    principal: Principal | None,
    table: PlanTable[Row],
    *,
    region: str,
    project_id: int | None,
    row_id: int | None,
    expected_version: int | None,
    checked: Checker[Row],
    request_id: str,
) -> Row:
    """Add a row to a project's plan (`project_id`), or change one (`row_id` and `expected_version`)."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row: Row | None = None
    if row_id is not None:
        row = await session.get(table.model, row_id)
        if row is None:
            raise NotFoundError(field="id")
        project_id = row.project_id
    if project_id is None:
        raise NotFoundError(field="projectId")
    editor, project = await editable_project(uow, principal, region, project_id)
    if row is not None and row.version != expected_version:
        raise await stale_version_error(
            session, entity_type=table.entity_type, entity_id=row.id, field_labels=table.field_labels
        )
    values = await checked(project_id, await year_range(uow, project), row)
    if row is None:
        count = await session.scalar(
            select(func.count()).select_from(table.model).where(table.model.project_id == project_id)
        )
        if (count or 0) >= table.max_rows:
            raise InvalidInputError(table.too_many_rows, field="projectId", code=FinancingErrorCode.TOO_MANY_ROWS)
        row = table.model(project_id=project_id, changed_by_name=editor.display_name, **values)
        session.add(row)
        await session.flush()
        before: dict[str, object] | None = None
        after = {"projectId": project_id} | audit_values(values)
        action = f"{table.action_prefix}.added"
    else:
        before, after = changed_values(row, values)
        if not after:
            return row
        for name, value in values.items():
            setattr(row, name, value)
        row.changed_by_name = editor.display_name
        await session.flush()
        after = after | {"projectId": project_id} | table.identity(row)
        action = f"{table.action_prefix}.updated"
    record_change(
        session,
        editor,
        request_id=request_id,
        action=action,
        entity_type=table.entity_type,
        entity_id=row.id,
        before=before,
        after=after,
    )
    return row


async def delete_plan_row(
    uow: UnitOfWork,
    principal: Principal | None,
    table: PlanTable[Row],
    *,
    region: str,
    row_id: int,
    expected_version: int,
    request_id: str,
) -> int:
    """Remove a row; returns its project's id."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row = await session.get(table.model, row_id)
    if row is None:
        raise NotFoundError(field="id")
    editor, _ = await editable_project(uow, principal, region, row.project_id)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type=table.entity_type, entity_id=row.id, field_labels=table.field_labels
        )
    record_change(
        session,
        editor,
        request_id=request_id,
        action=f"{table.action_prefix}.deleted",
        entity_type=table.entity_type,
        entity_id=row.id,
        before={"projectId": row.project_id} | table.summary(row),
        after=None,
    )
    project_id: int = row.project_id
    await session.delete(row)
    await session.flush()
    return project_id
