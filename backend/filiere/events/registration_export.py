"""The registrations as a file for badges and the door list: CSV (French spreadsheets: UTF-8 with BOM, « ; »,
a value a spreadsheet would run as a formula prefixed with « ' », as the audit export does) or xlsx.
Registered people only (the cancelled are no badge), by name; organisers only (`managed_event`)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped
from sqlalchemy import select

from filiere.auth.principal import Principal
from filiere.errors import ForbiddenError, NotFoundError
from filiere.events.models import Registration, RegistrationStatus, SeatStatus
from filiere.events.registration_seats import seats_by_registration
from filiere.events.registrations import RegistrationView
from filiere.events.service import EventView, managed_event
from filiere.tenancy.unit_of_work import UnitOfWork

HEADERS = ("Nom", "Entreprise", "Fonction", "Sessions", "Liste d'attente", "E-mail", "Sur place", "Présent")
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, kw_only=True)
class BadgeRow:
    registration: RegistrationView
    confirmed: tuple[str, ...]
    waiting: tuple[str, ...]

    def cells(self) -> tuple[str, ...]:
        person = self.registration
        return (
            person.name,
            person.company,
            person.function,
            ", ".join(self.confirmed),
            ", ".join(self.waiting),
            person.email or "",
            "oui" if person.walk_in else "",
            "oui" if person.checked_in_at else "",
        )


@dataclass(frozen=True, kw_only=True)
class RegistrationExport:
    event: EventView
    rows: list[BadgeRow]


async def registration_export(
    uow: UnitOfWork, principal: Principal | None, region: str, event_id: int
) -> RegistrationExport:
    try:
        event = await managed_event(uow, principal, region, event_id)
    except ForbiddenError:  # CCI France reads the event, not its registrants: the same 404 as for anyone
        raise NotFoundError() from None
    session = uow.region(region)
    people = list(
        await session.scalars(
            select(Registration)
            .where(Registration.event_id == event.id, Registration.status == RegistrationStatus.REGISTERED)
            .order_by(Registration.sort_key, Registration.id)
        )
    )
    seats = await seats_by_registration(session, region, [row.id for row in people])
    rows = [
        BadgeRow(
            registration=RegistrationView.of(region, row),
            confirmed=tuple(s.session.title for s in seats[row.id] if s.status is SeatStatus.CONFIRMED),
            waiting=tuple(s.session.title for s in seats[row.id] if s.status is SeatStatus.WAITING),
        )
        for row in people
    ]
    return RegistrationExport(event=event, rows=rows)


def _safe(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_PREFIXES) else value


def registrations_csv(export: RegistrationExport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in export.rows:
        writer.writerow([_safe(cell) for cell in row.cells()])
    return ("\ufeff" + buffer.getvalue()).encode()


def registrations_workbook(export: RegistrationExport) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties(
        {"title": f"Inscrits — {export.event.name}", "author": "Filière", "created": datetime.now(UTC)}
    )
    sheet = workbook.add_worksheet("Inscrits")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    for column, (title, width) in enumerate(zip(HEADERS, (28, 28, 24, 50, 30, 32, 10, 10), strict=True)):
        sheet.write_string(0, column, title, header)
        sheet.set_column(column, column, width)
    last = 0
    for last, row in enumerate(export.rows, start=1):
        for column, cell in enumerate(row.cells()):
            sheet.write_string(last, column, cell)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last, 1), len(HEADERS) - 1)
    workbook.close()
    return buffer.getvalue()
