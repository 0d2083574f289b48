"""The project list as an Excel workbook, with the filters of the list page.

Same readers and rules as the `projects` query: summary columns for every project the caller may see,
the confidential ones (contact) only where the caller reads the full record. Capped at
`EXPORT_MAX_ROWS`, the last line saying so.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere.accounts.service import users_by_id
from filiere.auth.principal import Principal
from filiere.pagination import PageRequest
from filiere.programmes import labels
from filiere.programmes.service import ProjectFilters, companies_by_id, list_projects
from filiere.programmes.views import CompanyCard, ProjectView
from filiere.tenancy.unit_of_work import UnitOfWork

EXPORT_MAX_ROWS = 10_000
_BATCH = 100
COLUMNS = [
    ("Région", 20),
    ("Projet", 40),
    ("Entreprise", 32),
    ("SIREN", 12),
    ("Commune", 22),
    ("Département", 12),
    ("Statut", 16),
    ("Filière", 16),
    ("Nature", 18),
    ("Besoins", 40),
    ("Conseiller", 24),
    ("Contact", 24),
    ("E-mail du contact", 30),
]


@dataclass(frozen=True)
class ProjectRow:
    project: ProjectView
    company: CompanyCard
    region_label: str
    adviser_name: str


async def project_rows(
    uow: UnitOfWork, principal: Principal | None, *, region: str | None, filters: ProjectFilters
) -> tuple[list[ProjectRow], int]:
    """Up to EXPORT_MAX_ROWS readable projects in list order, and how many match in all."""
    views: list[ProjectView] = []
    page = PageRequest(first=_BATCH)
    while True:
        result = await list_projects(uow, principal, region=region, filters=filters, page=page)
        views += result.items
        total = result.total_count
        if not result.has_next_page or len(views) >= EXPORT_MAX_ROWS:
            break
        page = PageRequest(first=_BATCH, after=result.positions[-1])
    views = views[:EXPORT_MAX_ROWS]
    companies: dict[tuple[str, int], CompanyCard] = {}
    for slug in {view.card.region for view in views}:
        ids = [view.card.company_id for view in views if view.card.region == slug]
        for company_id, card in (await companies_by_id(uow.region(slug), ids)).items():
            companies[(slug, company_id)] = card
    advisers = await users_by_id(uow.national(), [v.card.adviser_id for v in views if v.card.adviser_id])
    labels = {tenant.slug: tenant.label for tenant in uow.registry.regions}
    rows = [
        ProjectRow(
            project=view,
            company=companies[(view.card.region, view.card.company_id)],
            region_label=labels[view.card.region],
            adviser_name=advisers[view.card.adviser_id].display_name if view.card.adviser_id in advisers else "",
        )
        for view in views
    ]
    return rows, total


def projects_workbook(rows: list[ProjectRow], total: int) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": "Projets de l'Accélérateur de Relocalisations", "author": "Filière"})
    workbook.set_properties({"created": datetime.now(UTC)})
    sheet = workbook.add_worksheet("Projets")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    for column, (title, width) in enumerate(COLUMNS):
        sheet.write_string(0, column, title, header)
        sheet.set_column(column, column, width)
    for index, row in enumerate(rows, start=1):
        card, company, confidential = row.project.card, row.company, row.project.confidential
        cells = [
            row.region_label,
            card.name,
            company.name,
            company.siren,
            company.commune_name,
            company.departement,
            labels.STATUS[card.status],
            labels.SECTOR[card.sector],
            labels.KIND[card.kind],
            ", ".join(labels.NEED[need] for need in card.needs),
            row.adviser_name,
            # The company's contact shows where the project's confidential fields do.
            company.contact.name if confidential else "",
            company.contact.email if confidential else "",
        ]
        for column, cell in enumerate(cells):
            sheet.write_string(index, column, cell)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    if total > len(rows):
        sheet.write_string(
            len(rows) + 2, 0, f"Export limité aux {len(rows)} premiers projets sur {total} : affinez les filtres."
        )
    workbook.close()
    return buffer.getvalue()
