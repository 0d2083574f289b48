"""The audit trail as a file a regional admin or CCI France keeps or hands to an auditor: CSV or xlsx; and
a project's access log (who read its confidential data), as an xlsx its adviser keeps or shows.

Same readers and filters as `auditEvents`; newest first; capped at `EXPORT_MAX_ROWS`, the last line
saying so when the trail is longer. CSV is written for French spreadsheets (UTF-8 with BOM, « ; »),
and a value that a spreadsheet would run as a formula is prefixed with « ' ».
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere.audit.access_log import ProjectRead
from filiere.audit.service import AuditEventView, AuditFilters, list_audit_events
from filiere.auth.principal import Principal
from filiere.clock import PARIS
from filiere.pagination import PageRequest
from filiere.tenancy.unit_of_work import UnitOfWork

EXPORT_MAX_ROWS = 20_000
_BATCH = 500
HEADERS = ("Date", "Personne", "Rôle", "Base", "Action", "Élément", "N°", "Avant", "Après", "Requête")
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


async def audit_rows(
    uow: UnitOfWork, principal: Principal | None, *, region: str | None, filters: AuditFilters
) -> tuple[list[AuditEventView], int]:
    """Up to EXPORT_MAX_ROWS events, newest first, and how many match in all."""
    rows: list[AuditEventView] = []
    page = PageRequest(first=_BATCH)
    while True:
        result = await list_audit_events(uow, principal, region=region, filters=filters, page=page)
        rows += result.items
        if not result.has_next_page or len(rows) >= EXPORT_MAX_ROWS:
            return rows[:EXPORT_MAX_ROWS], result.total_count
        page = PageRequest(first=_BATCH, after=result.positions[-1])


def _cells(event: AuditEventView) -> tuple[str, ...]:
    local = event.occurred_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M:%S")
    return (
        local,
        event.actor_name,
        event.actor_role.value if event.actor_role else "public",
        event.tenant,
        event.action,
        event.entity_type,
        str(event.entity_id),
        json.dumps(event.before, ensure_ascii=False, sort_keys=True) if event.before is not None else "",
        json.dumps(event.after, ensure_ascii=False, sort_keys=True) if event.after is not None else "",
        event.request_id,
    )


def _truncation_note(shown: int, total: int) -> str | None:
    if total <= shown:
        return None
    return f"Export limité aux {shown} événements les plus récents sur {total} : affinez les filtres."


def _safe(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_PREFIXES) else value


def audit_csv(events: Iterable[AuditEventView], total: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    shown = 0
    for event in events:
        writer.writerow([_safe(cell) for cell in _cells(event)])
        shown += 1
    if note := _truncation_note(shown, total):
        writer.writerow([note])
    return ("\ufeff" + buffer.getvalue()).encode()


def audit_workbook(events: Iterable[AuditEventView], total: int) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": "Journal d'audit", "author": "Filière", "created": datetime.now(UTC)})
    sheet = workbook.add_worksheet("Audit")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    for column, (title, width) in enumerate(zip(HEADERS, (19, 24, 14, 18, 26, 14, 8, 50, 50, 34), strict=True)):
        sheet.write_string(0, column, title, header)
        sheet.set_column(column, column, width)
    row = 0
    for row, event in enumerate(events, start=1):
        for column, cell in enumerate(_cells(event)):
            sheet.write_string(row, column, cell)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row, 1), len(HEADERS) - 1)
    if note := _truncation_note(row, total):
        sheet.write_string(row + 2, 0, note)
    workbook.close()
    return buffer.getvalue()


ACCESS_LOG_HEADERS = ("Date", "Organisation", "Personne", "Consultation")


def access_log_workbook(project_name: str, reads: Iterable[ProjectRead], total: int) -> bytes:
    """A project's access log: a title line, then one row per read, newest first, its date a real cell in
    France's time (sortable and filterable in the spreadsheet)."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties(
        {"title": f"Journal des accès — {project_name}", "author": "Filière", "created": datetime.now(UTC)}
    )
    sheet = workbook.add_worksheet("Journal des accès")
    title = workbook.add_format({"bold": True, "font_size": 13})
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    moment = workbook.add_format({"num_format": "dd/mm/yyyy hh:mm", "align": "left"})
    sheet.write_string(0, 0, f"Journal des accès — {project_name}", title)
    for column, (name, width) in enumerate(zip(ACCESS_LOG_HEADERS, (18, 30, 30, 60), strict=True)):
        sheet.write_string(2, column, name, header)
        sheet.set_column(column, column, width)
    row = 2
    for row, read in enumerate(reads, start=3):
        sheet.write_datetime(row, 0, read.read_at.astimezone(PARIS).replace(tzinfo=None), moment)
        sheet.write_string(row, 1, read.organisation.name if read.organisation else "Organisation supprimée")
        sheet.write_string(row, 2, read.reader_name)
        sheet.write_string(row, 3, read.what)
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, max(row, 3), len(ACCESS_LOG_HEADERS) - 1)
    if total > row - 2:
        sheet.write_string(row + 2, 0, f"Export limité aux {row - 2} consultations les plus récentes sur {total}.")
    workbook.close()
    return buffer.getvalue()
