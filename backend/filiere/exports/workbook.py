"""The retroplanning as an Excel workbook (XlsxWriter, in memory).

One « Rétroplanning » sheet: a header block (cohort, region, J0, method version, export date), then one
row per milestone in plan order with real date cells, a frozen header row, an autofilter and late rows
highlighted. Text goes through `write_string` only: a title typed as « =HYPERLINK(…) » stays text.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere.exports.service import CohortExport
from filiere.planning.calendar.links import cohort_page
from filiere.planning.calendar.plan import PlanEntry
from filiere.planning.milestones import MilestoneStatus

SHEET_NAME = "Rétroplanning"
DATE_FORMAT = "dd/mm/yyyy"
# The offset stays a number (sortable, filterable) shown as the programme writes it: J-105, J0, J+20.
RELATIVE_DAY_FORMAT = '"J+"0;"J-"0;"J0"'
COLUMNS = [
    ("Phase", 30),
    ("Jalon", 50),
    ("Projet", 34),
    ("Portée", 10),
    ("J±", 8),
    ("Échéance", 12),
    ("Statut", 12),
    ("Fait le", 12),
    ("Responsable", 38),
    ("Livrable attendu", 42),
]
HEADER_ROW = 7  # zero-based: the table's header, below the header block
LATE_FILL, LATE_FONT = "#FDE2E1", "#9C1C1C"
HEADER_FILL = "#1F3A5F"


def responsible(entry: PlanEntry) -> str:
    """Who carries the milestone in the method, and who follows it in Filière."""
    return f"{entry.owner_label} — {entry.assignee_name}" if entry.assignee_name else entry.owner_label


def retroplanning_workbook(export: CohortExport, *, public_url: str) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    cohort = export.cohort
    workbook.set_properties(
        {
            "title": f"Rétroplanning — {cohort.name}",
            "subject": f"Accélérateur de Relocalisations — {export.region_label}",
            "author": "Filière",
            "company": "CCI",
            "created": datetime.now(UTC).replace(tzinfo=None),
        }
    )
    formats = _formats(workbook)
    sheet = workbook.add_worksheet(SHEET_NAME)
    _header_block(sheet, export, formats, public_url)
    for column, (title, width) in enumerate(COLUMNS):
        sheet.write_string(HEADER_ROW, column, title, formats["header"])
        sheet.set_column(column, column, width)
    for row, entry in enumerate(export.entries, start=HEADER_ROW + 1):
        _milestone_row(sheet, row, entry, formats)
    last_row = HEADER_ROW + max(len(export.entries), 1)
    sheet.autofilter(HEADER_ROW, 0, last_row, len(COLUMNS) - 1)
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.set_row(HEADER_ROW, 20)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_footer("&LFilière — &A&RPage &P / &N")
    workbook.close()
    return buffer.getvalue()


def _formats(workbook: Any) -> dict[str, Any]:
    wrap = {"text_wrap": True, "valign": "top"}
    late = {"bg_color": LATE_FILL, "font_color": LATE_FONT}
    return {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "label": workbook.add_format({"bold": True, "font_color": "#555555"}),
        "value_date": workbook.add_format({"num_format": DATE_FORMAT, "align": "left"}),
        "link": workbook.add_format({"font_color": "blue", "underline": 1}),
        "header": workbook.add_format(
            {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "valign": "vcenter", "border": 1}
        ),
        "text": workbook.add_format(wrap),
        "date": workbook.add_format({**wrap, "num_format": DATE_FORMAT}),
        "offset": workbook.add_format({**wrap, "num_format": RELATIVE_DAY_FORMAT}),
        "late_text": workbook.add_format({**wrap, **late}),
        "late_status": workbook.add_format({**wrap, **late, "bold": True}),
        "late_date": workbook.add_format({**wrap, **late, "num_format": DATE_FORMAT}),
        "late_offset": workbook.add_format({**wrap, **late, "num_format": RELATIVE_DAY_FORMAT}),
    }


def _header_block(sheet: Any, export: CohortExport, formats: dict[str, Any], public_url: str) -> None:
    cohort, method = export.cohort, export.method
    sheet.write_string(0, 0, f"Rétroplanning — {cohort.name}", formats["title"])
    sheet.write_string(1, 0, "Région", formats["label"])
    sheet.write_string(1, 1, export.region_label)
    sheet.write_string(2, 0, "J0 (événement)", formats["label"])
    if cohort.event_date is not None:
        sheet.write_datetime(2, 1, cohort.event_date, formats["value_date"])
    else:
        sheet.write_string(2, 1, "non fixé")
    sheet.write_string(3, 0, "Méthode", formats["label"])
    sheet.write_string(3, 1, f"Version {method.number} — {method.name}")
    sheet.write_string(4, 0, "Statuts au", formats["label"])
    sheet.write_datetime(4, 1, export.today, formats["value_date"])
    sheet.write_string(5, 0, "Dans Filière", formats["label"])
    sheet.write_url(5, 1, cohort_page(public_url, cohort.region, cohort.id), formats["link"], "Ouvrir la cohorte")


def _milestone_row(sheet: Any, row: int, entry: PlanEntry, formats: dict[str, Any]) -> None:
    late = entry.status is MilestoneStatus.LATE
    text = formats["late_text" if late else "text"]
    day = formats["late_date" if late else "date"]
    texts = {
        0: entry.phase_name,
        1: entry.title,
        2: entry.project_name or "",
        3: entry.scope_label,
        8: responsible(entry),
        9: entry.expected_deliverable,
    }
    for column, value in texts.items():
        if value:
            sheet.write_string(row, column, value, text)
        else:  # a true blank: « (Vides) » in the filter, not an empty string
            sheet.write_blank(row, column, None, text)
    sheet.write_number(row, 4, entry.offset_working_days, formats["late_offset" if late else "offset"])
    _date_cell(sheet, row, 5, entry.due_date, day)
    sheet.write_string(row, 6, entry.status_label, formats["late_status"] if late else text)
    _date_cell(sheet, row, 7, entry.done_on, day)


def _date_cell(sheet: Any, row: int, column: int, value: Any, cell_format: Any) -> None:
    if value is None:
        sheet.write_blank(row, column, None, cell_format)
    else:
        sheet.write_datetime(row, column, value, cell_format)
