"""A partner's « Projets partagés » as an Excel workbook: the list page's filters (and its scope filter),
one row per project shared with the caller's organisation, each cell only if its grant covers it.

The card's columns are every grant's; « Produits » is filled under a financing or full grant, the contact
under a full one; the CCI's notes are never written. « Jalons passés » is the card's progress (counts only).
What the workbook reveals of a project's confidential data is audited like the same read through /graphql.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

from filiere.audit.reads import ConfidentialReads
from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action, may_need_grant
from filiere.auth.principal import Principal
from filiere.errors import NotFoundError
from filiere.partners.grants import GrantView
from filiere.planning.project_milestones import MilestoneProgress, milestone_progress
from filiere.programmes import labels
from filiere.programmes.composition import products_by_project
from filiere.programmes.export import ProjectRow, project_rows
from filiere.programmes.service import ProjectFilters
from filiere.programmes.sharing import viewer_grants
from filiere.programmes.views import Visibility
from filiere.tenancy.unit_of_work import UnitOfWork

# As the SPA names them (`i18n/fr/partners.json`, `shared.scope`; a test checks they agree).
SCOPE_LABELS: dict[GrantScope, str] = {
    GrantScope.SUMMARY: "Fiche résumée",
    GrantScope.FINANCING: "Financement",
    GrantScope.DOCUMENTS: "Documents",
    GrantScope.FULL: "Fiche complète",
}
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
    ("Portée du partage", 18),
    ("Partagé jusqu'au", 16),
    ("Produits", 40),
    ("Jalons passés", 14),
    ("Contact", 24),
    ("E-mail du contact", 30),
]


@dataclass(frozen=True)
class SharedProjectRow:
    row: ProjectRow
    scope: GrantScope
    expires_on: date | None
    products: tuple[str, ...] | None  # None: the grant does not cover them
    progress: MilestoneProgress


def check_reads_through_grants(principal: Principal | None) -> None:
    """This export is a partner's: staff export the projects list (`/exports/projects.xlsx`)."""
    if not may_need_grant(principal, Action.VIEW_PROJECT_SUMMARY):
        raise NotFoundError("Cet export est celui des projets partagés avec une organisation partenaire.")


async def shared_project_rows(
    uow: UnitOfWork,
    principal: Principal,
    *,
    region: str | None,
    filters: ProjectFilters,
    scopes: Collection[GrantScope],
) -> tuple[list[SharedProjectRow], int]:
    """The shared projects in list order (those of `scopes` if any are given), and how many match in all.
    A fixed number of statements per region whatever the number of projects: grants, products, progress."""
    rows, total = await project_rows(uow, principal, region=region, filters=filters)
    grants: dict[tuple[str, int], GrantView] = {}
    products: dict[tuple[str, int], tuple[str, ...]] = {}
    progress: dict[tuple[str, int], MilestoneProgress] = {}
    for slug in sorted({row.project.card.region for row in rows}):
        here = [row.project for row in rows if row.project.card.region == slug]
        ids = [view.card.id for view in here]
        session = uow.region(slug)
        found_grants = await viewer_grants(uow, principal, slug, ids)
        grants.update({(slug, project_id): grant for project_id, grant in found_grants.items()})
        financed = [view.card.id for view in here if view.shows(Visibility.FINANCING)]
        for project_id, entries in (await products_by_project(session, financed) if financed else {}).items():
            products[(slug, project_id)] = tuple(entry.name for entry in entries)
        found_progress = await milestone_progress(session, ids)
        progress.update({(slug, project_id): found for project_id, found in found_progress.items()})
    shared: list[SharedProjectRow] = []
    for row in rows:
        key = (row.project.card.region, row.project.card.id)
        grant = grants.get(key)
        if grant is None or (scopes and grant.scope not in scopes):
            continue  # a grant that ended since the list was read, or another scope than the one asked
        shared.append(
            SharedProjectRow(
                row=row,
                scope=grant.scope,
                expires_on=grant.expires_on,
                products=products.get(key),
                progress=progress[key],
            )
        )
    return shared, total if not scopes else len(shared)


def note_reads(reads: ConfidentialReads, rows: list[SharedProjectRow]) -> None:
    """The confidential columns the workbook fills, for the access log of each project."""
    for entry in rows:
        card = entry.row.project.card
        if entry.products is not None:
            reads.note(card.region, card.id, "products")
        if entry.row.project.confidential is not None:
            reads.note(card.region, card.id, "contact")


def shared_projects_workbook(rows: list[SharedProjectRow], total: int) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": "Projets partagés avec votre organisation", "author": "Filière"})
    workbook.set_properties({"created": datetime.now(UTC)})
    sheet = workbook.add_worksheet("Projets partagés")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    expiry = [title for title, _ in COLUMNS].index("Partagé jusqu'au")
    for column, (title, width) in enumerate(COLUMNS):
        sheet.write_string(0, column, title, header)
        sheet.set_column(column, column, width)
    for index, entry in enumerate(rows, start=1):
        row = entry.row
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
            SCOPE_LABELS[entry.scope],
            "",  # the expiry, written as a date below
            ", ".join(entry.products or ()),
            f"{entry.progress.passed} / {entry.progress.total}",
            company.contact.name if confidential else "",
            company.contact.email if confidential else "",
        ]
        for column, cell in enumerate(cells):
            if cell:  # an empty cell stays blank: nothing there, or nothing the grant covers
                sheet.write_string(index, column, cell)
        if entry.expires_on is not None:
            sheet.write_datetime(index, expiry, datetime.combine(entry.expires_on, time()), day)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    if total > len(rows):
        sheet.write_string(
            len(rows) + 2, 0, f"Export limité aux {len(rows)} premiers projets sur {total} : affinez les filtres."
        )
    workbook.close()
    return buffer.getvalue()
