"""A project's plans as the workbook a bank asks for: the « plan de financement » — uses and sources by year,
their totals and the balance — then the public money, the de minimis check, and the detail of every line
and source. For whoever reads the plans (`Visibility.FINANCING`); a partner's download is in the project's
access log like a read of the page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere import clock
from filiere.auth.principal import Principal
from filiere.errors import NotFoundError
from filiere.financing import plans
from filiere.financing.plans import EarlierAidView, FinancingSummary, LineView, SourceView
from filiere.financing.schemes import schemes_by_id
from filiere.programmes.service import get_company, get_project
from filiere.programmes.views import Visibility
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PlanExport:
    project_name: str
    company_name: str
    today: date
    lines: Sequence[LineView]
    sources: Sequence[SourceView]
    scheme_names: dict[int, str]
    earlier: Sequence[EarlierAidView]
    summary: FinancingSummary


async def plan_export(uow: UnitOfWork, principal: Principal | None, region: str, project_id: int) -> PlanExport:
    view = await get_project(uow, principal, region, project_id)
    if not view.shows(Visibility.FINANCING):
        raise NotFoundError()
    company = await get_company(uow, principal, region, view.card.company_id)
    session = uow.region(region)
    lines = (await plans.lines_by_project(session, region, [project_id]))[project_id]
    sources = (await plans.sources_by_project(session, region, [project_id]))[project_id]
    earlier = (await plans.earlier_aid_by_company(session, region, [view.card.company_id]))[view.card.company_id]
    schemes = await schemes_by_id(uow, sorted({s.scheme_id for s in sources if s.scheme_id is not None}))
    today = clock.today(uow.registry.settings)
    return PlanExport(
        project_name=view.card.name,
        company_name=company.name,
        today=today,
        lines=lines,
        sources=sources,
        # The plan's readers see the schemes it names: national ones, and its own region's.
        scheme_names={s.id: s.name for s in schemes.values() if s.owner_region in (None, region)},
        earlier=earlier,
        summary=plans.financing_summary(lines, sources, earlier, today=today),
    )


class _Sheet:
    """A worksheet and the formats every part of the workbook shares."""

    def __init__(self, workbook: Any, name: str) -> None:
        self.sheet = workbook.add_worksheet(name)
        self.bold = workbook.add_format({"bold": True})
        self.header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
        self.euros = workbook.add_format({"num_format": "# ##0 €"})
        self.total = workbook.add_format({"bold": True, "num_format": "# ##0 €", "top": 1})
        self.total_label = workbook.add_format({"bold": True, "top": 1})
        self.percent = workbook.add_format({"num_format": "0,0 %"})
        self.day = workbook.add_format({"num_format": "dd/mm/yyyy"})

    def headers(self, row: int, titles: Sequence[tuple[str, int]]) -> None:
        for column, (title, width) in enumerate(titles):
            self.sheet.write_string(row, column, title, self.header)
            self.sheet.set_column(column, column, width)

    def amounts(self, row: int, label: str, values: Sequence[int], *, total: bool = False) -> None:
        self.sheet.write_string(row, 0, label, self.total_label if total else None)
        for column, value in enumerate(values, start=1):
            self.sheet.write_number(row, column, value, self.total if total else self.euros)

    def date(self, row: int, column: int, value: date | None) -> None:
        if value is not None:
            self.sheet.write_datetime(row, column, datetime.combine(value, datetime.min.time()), self.day)


def _by_year(pairs: Sequence[tuple[int, int]], years: Sequence[int]) -> list[int]:
    """Amounts per year, then their total."""
    sums = dict.fromkeys(years, 0)
    for year, amount in pairs:
        sums[year] += amount
    return [*sums.values(), sum(sums.values())]


def _plan_sheet(workbook: Any, export: PlanExport) -> None:
    part = _Sheet(workbook, "Plan de financement")
    sheet, summary = part.sheet, export.summary
    years = [balance.year for balance in summary.balance.by_year]
    sheet.write_string(0, 0, f"Plan de financement — {export.project_name}", part.bold)
    sheet.write_string(1, 0, f"{export.company_name} — en euros hors taxes, au {export.today:%d/%m/%Y}")
    columns = [("", 48), *((str(year), 14) for year in years), ("Total", 16)]
    part.headers(3, [("Emplois", 48), *columns[1:]])
    row = 4
    for category, _ in plans.investment_totals(export.lines).by_category:
        mine = [(line.year, line.amount) for line in export.lines if line.category is category]
        part.amounts(row, plans.CATEGORY_LABELS[category], _by_year(mine, years))
        row += 1
    part.amounts(
        row, "Total des emplois", _by_year([(b.year, b.uses) for b in summary.balance.by_year], years), total=True
    )
    row += 2
    part.headers(row, [("Ressources", 48), *columns[1:]])
    row += 1
    for source in export.sources:
        if source.counted:
            name = (
                f"{plans.KIND_LABELS[source.kind]} — {source.label}" if source.label else plans.KIND_LABELS[source.kind]
            )
            status = plans.SOURCE_STATUS_LABELS[source.status]
            part.amounts(row, f"{name} ({status})", _by_year([(source.year, source.amount)], years))
            row += 1
    part.amounts(
        row, "Total des ressources", _by_year([(b.year, b.sources) for b in summary.balance.by_year], years), total=True
    )
    row += 2
    part.amounts(
        row,
        "Besoin non couvert (emplois − ressources)",
        _by_year([(b.year, b.gap) for b in summary.balance.by_year], years),
        total=True,
    )
    row += 2
    sheet.write_string(row, 0, "Argent public (subventions, avances, équivalent-subvention des prêts et garanties)")
    sheet.write_number(row, 1, summary.public_amount, part.euros)
    row += 1
    sheet.write_string(row, 0, "Part publique du coût du projet")
    if summary.public_share is None:
        sheet.write_string(row, 1, "—")
    else:
        sheet.write_number(row, 1, summary.public_share, part.percent)
    row += 2
    check = summary.de_minimis
    sheet.write_string(row, 0, "De minimis (règlement (UE) 2023/2831) : total sur trois ans", part.bold)
    sheet.write_number(row, 1, check.total, part.euros)
    sheet.write_string(row + 1, 0, "Plafond")
    sheet.write_number(row + 1, 1, check.ceiling, part.euros)
    sheet.write_string(row + 2, 0, "Dont aides antérieures de l'entreprise")
    sheet.write_number(row + 2, 1, check.earlier_aid, part.euros)
    sheet.write_string(row + 3, 0, "Plafond dépassé le")
    if check.exceeds_on is None:
        sheet.write_string(row + 3, 1, "non dépassé")
    else:
        part.date(row + 3, 1, check.exceeds_on)
    sheet.freeze_panes(4, 1)


def _lines_sheet(workbook: Any, export: PlanExport) -> None:
    part = _Sheet(workbook, "Emplois")
    part.headers(
        0, [("Catégorie", 28), ("Libellé", 44), ("Année", 8), ("Trimestre", 10), ("Statut", 12), ("Montant HT", 16)]
    )
    for row, line in enumerate(export.lines, start=1):
        part.sheet.write_string(row, 0, plans.CATEGORY_LABELS[line.category])
        part.sheet.write_string(row, 1, line.label)
        part.sheet.write_number(row, 2, line.year)
        if line.quarter is not None:
            part.sheet.write_string(row, 3, f"T{line.quarter}")
        part.sheet.write_string(row, 4, plans.INVESTMENT_STATUS_LABELS[line.status])
        part.sheet.write_number(row, 5, line.amount, part.euros)
    part.sheet.freeze_panes(1, 0)


def _sources_sheet(workbook: Any, export: PlanExport) -> None:
    part = _Sheet(workbook, "Ressources")
    titles = [
        ("Nature", 30),
        ("Libellé", 40),
        ("Dispositif", 34),
        ("Année", 8),
        ("Statut", 12),
        ("Déposée le", 12),
        ("Décidée le", 12),
        ("De minimis", 11),
        ("Équivalent-subvention", 20),
        ("Montant", 16),
    ]
    part.headers(0, titles)
    for row, source in enumerate(export.sources, start=1):
        part.sheet.write_string(row, 0, plans.KIND_LABELS[source.kind])
        part.sheet.write_string(row, 1, source.label)
        part.sheet.write_string(row, 2, export.scheme_names.get(source.scheme_id or 0, ""))
        part.sheet.write_number(row, 3, source.year)
        part.sheet.write_string(row, 4, plans.SOURCE_STATUS_LABELS[source.status])
        part.date(row, 5, source.applied_on)
        part.date(row, 6, source.decided_on)
        part.sheet.write_string(row, 7, "oui" if source.de_minimis else "non")
        if source.aid_equivalent is not None:
            part.sheet.write_number(row, 8, source.aid_equivalent, part.euros)
        part.sheet.write_number(row, 9, source.amount, part.euros)
    row = len(export.sources) + 2
    if export.earlier:
        part.sheet.write_string(row, 0, "Aides de minimis antérieures de l'entreprise", part.bold)
        for offset, aid in enumerate(export.earlier, start=1):
            part.sheet.write_string(row + offset, 1, aid.granted_by)
            part.date(row + offset, 6, aid.granted_on)
            part.sheet.write_number(row + offset, 9, aid.amount, part.euros)
    part.sheet.freeze_panes(1, 0)


def plan_workbook(export: PlanExport) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties(
        {"title": f"Plan de financement — {export.project_name}", "author": "Filière", "created": datetime.now(UTC)}
    )
    _plan_sheet(workbook, export)
    _lines_sheet(workbook, export)
    _sources_sheet(workbook, export)
    workbook.close()
    return buffer.getvalue()
