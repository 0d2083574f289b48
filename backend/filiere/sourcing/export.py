"""A project's supply chain as a workbook: one row per supplier considered, stage by stage, upstream first,
then the chain's indicators. For the adviser's steering committee and the company."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere.auth.principal import Principal
from filiere.errors import NotFoundError
from filiere.programmes.service import get_company, get_project
from filiere.sourcing.chains import STATUS_LABELS, ChainIndicators, StageView, indicators_of, stages_by_project
from filiere.tenancy.unit_of_work import UnitOfWork

COLUMNS = (
    ("Étape", 26),
    ("Besoin", 34),
    ("Fournisseur", 34),
    ("SIRET", 16),
    ("Commune", 22),
    ("Département", 12),
    ("Pays", 14),
    ("Statut", 12),
    ("Motif", 30),
    ("Prochaine action", 16),
    ("Notes", 40),
)


@dataclass(frozen=True)
class ChainExport:
    project_name: str
    company_name: str
    stages: Sequence[StageView]
    indicators: ChainIndicators


async def chain_export(uow: UnitOfWork, principal: Principal | None, region: str, project_id: int) -> ChainExport:
    """The project's chain, for readers of its full record only (like the board)."""
    view = await get_project(uow, principal, region, project_id)
    if view.confidential is None:
        raise NotFoundError()
    company = await get_company(uow, principal, region, view.card.company_id)
    stages = (await stages_by_project(uow.region(region), region, [project_id]))[project_id]
    region_code = uow.registry.region(region).settings.insee_code  # type: ignore[union-attr]
    return ChainExport(view.card.name, company.name, stages, indicators_of(stages, region_code))


def chain_workbook(export: ChainExport) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": f"Chaîne d'approvisionnement — {export.project_name}", "author": "Filière"})
    workbook.set_properties({"created": datetime.now(UTC)})
    sheet = workbook.add_worksheet("Chaîne")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    percent = workbook.add_format({"num_format": "0 %"})
    sheet.write_string(0, 0, f"{export.project_name} — {export.company_name}", workbook.add_format({"bold": True}))
    for column, (title, width) in enumerate(COLUMNS):
        sheet.write_string(2, column, title, header)
        sheet.set_column(column, column, width)
    row = 3
    for stage in export.stages:
        if not stage.candidates:
            sheet.write_string(row, 0, stage.name)
            sheet.write_string(row, 1, stage.needs)
            sheet.write_string(row, 2, "(aucun fournisseur envisagé)")
            row += 1
        for candidate in stage.candidates:
            cells = [
                stage.name,
                stage.needs,
                candidate.name,
                candidate.siret or "",
                candidate.commune_name,
                candidate.departement or "",
                candidate.country,
                STATUS_LABELS[candidate.status],
                candidate.reason,
            ]
            for column, cell in enumerate(cells):
                sheet.write_string(row, column, cell)
            if candidate.next_action_on:
                sheet.write_datetime(row, 9, datetime.combine(candidate.next_action_on, datetime.min.time()), day)
            sheet.write_string(row, 10, candidate.notes)
            row += 1
    sheet.freeze_panes(3, 0)
    summary = export.indicators
    row += 1
    figures = [
        ("Étapes avec un fournisseur retenu", summary.share(summary.stages_with_retained, summary.stages)),
        ("Retenus dans la région", summary.share(summary.retained_in_region, summary.retained)),
        ("Retenus en France", summary.share(summary.retained_in_france, summary.retained)),
    ]
    for label, share in figures:
        sheet.write_string(row, 0, label)
        if share is None:
            sheet.write_string(row, 1, "—")
        else:
            sheet.write_number(row, 1, share, percent)
        row += 1
    workbook.close()
    return buffer.getvalue()
