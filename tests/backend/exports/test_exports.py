"""Retroplanning downloads: the workbook read back with openpyxl, the ICS file, and who may have them."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select, update

from filiere.exports.service import export_filename
from filiere.ids import encode_id
from filiere.planning.cohorts import CohortView
from filiere.planning.milestones import MilestoneStatus, status_of
from filiere.planning.models import Milestone
from filiere.programmes.models import Project
from tests.backend.planning.calendar.support import (
    IDF_ADVISER,
    JUROR,
    NATIONAL,
    NORMANDIE_ADMIN,
    NORMANDIE_ADVISER,
    OPS,
    PARTNER,
    SECRET_EVIDENCE,
    add_milestones,
    cohort_gid,
    cohort_id,
    events,
    hide_evidence_everywhere,
    milestones,
)
from tests.backend.world import World, count_statements

COLUMNS = [
    "Phase",
    "Jalon",
    "Projet",
    "Portée",
    "J±",
    "Échéance",
    "Statut",
    "Fait le",
    "Responsable",
    "Livrable attendu",
]
TODAY = date(2026, 11, 23)  # the demo's statuses are drawn as of this day (world settings freeze it)


def url(cohort: str, extension: str) -> str:
    return f"/exports/cohorts/{cohort}/retroplanning.{extension}"


async def download(world: World, cohort: str, extension: str, as_user: str | None) -> Any:
    return await world.client.get(url(cohort, extension), headers=await world.headers(as_user))


async def make_one_late(world: World, region: str) -> None:
    """The cohort's first milestone, due long ago, not done: late whatever the demo drew."""
    first = (await milestones(world, region, Milestone.cohort_id == await cohort_id(world, region)))[0]
    async with world.registry.region(region).sessions() as session, session.begin():
        await session.execute(update(Milestone).where(Milestone.id == first.id).values(done_on=None, started_on=None))


def as_date(value: Any) -> date | None:
    return value.date() if isinstance(value, datetime) else value


async def test_the_workbook_reads_back_as_the_cohort_page_shows_it(world: World) -> None:
    await hide_evidence_everywhere(world, "normandie")
    await make_one_late(world, "normandie")
    cohort = await cohort_gid(world, "normandie")
    response = await download(world, cohort, "xlsx", NORMANDIE_ADVISER)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response.headers["content-disposition"] == (
        'attachment; filename="retroplanning-normandie-cohorte-2027-demonstration.xlsx"'
    )
    assert response.headers["cache-control"] == "private, no-store"

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Rétroplanning"]
    sheet = workbook["Rétroplanning"]
    assert sheet["A1"].value == "Rétroplanning — Cohorte 2027 (démonstration)"
    assert (sheet["A2"].value, sheet["B2"].value) == ("Région", "Normandie")
    assert sheet["A3"].value == "J0 (événement)" and as_date(sheet["B3"].value) == date(2027, 3, 18)
    assert sheet["B3"].number_format == "dd/mm/yyyy"
    assert sheet["A4"].value == "Méthode"
    assert sheet["B4"].value == "Version 1 — Méthode nationale de l'Accélérateur de Relocalisations"
    assert as_date(sheet["B5"].value) == TODAY
    assert sheet["B6"].hyperlink.target.endswith(f"/cohortes/{cohort}")
    assert [cell.value for cell in sheet[8]] == COLUMNS
    assert sheet.freeze_panes == "A9"
    rows = await milestones(world, "normandie", Milestone.cohort_id == await cohort_id(world, "normandie"))
    assert sheet.auto_filter.ref == f"A8:J{8 + len(rows)}"
    assert sheet.max_row == 8 + len(rows)
    assert sheet.column_dimensions["B"].width > 40 and sheet.column_dimensions["E"].width < 10

    table = [list(row) for row in sheet.iter_rows(min_row=9)]
    by_title: dict[tuple[str, str], list[Any]] = {(r[1].value, r[2].value or ""): r for r in table}
    statuses = {r[6].value for r in table}
    assert statuses <= {"À faire", "En cours", "Fait", "En retard"} and {"Fait", "En retard"} <= statuses
    late = [r for r in table if r[6].value == "En retard"]
    on_time = [r for r in table if r[6].value != "En retard"]
    assert all(cell.fill.fgColor.rgb == "FFFDE2E1" for r in late for cell in r)
    assert not any(cell.fill.fgColor.rgb == "FFFDE2E1" for r in on_time for cell in r)
    # Every milestone is there, in plan order, with real dates and the status of the day.
    assert len(table) == len(rows)
    due_dates = [as_date(r[5].value) for r in table]
    assert due_dates == sorted(due_dates)  # type: ignore[type-var]
    async with world.registry.region("normandie").sessions() as session:
        projects = dict((await session.execute(select(Project.id, Project.name))).all())
    for row in rows:
        cells = by_title[(row.title, projects[row.project_id] if row.project_id else "")]
        assert as_date(cells[5].value) == row.due_date
        assert cells[5].number_format == "dd/mm/yyyy" and isinstance(cells[5].value, datetime)
        assert as_date(cells[7].value) == row.done_on
        assert cells[4].value == row.offset_working_days and cells[4].number_format == '"J+"0;"J-"0;"J0"'
        expected = status_of(row.due_date, row.started_on, row.done_on, TODAY)
        assert (
            cells[6].value
            == {
                MilestoneStatus.TODO: "À faire",
                MilestoneStatus.IN_PROGRESS: "En cours",
                MilestoneStatus.DONE: "Fait",
                MilestoneStatus.LATE: "En retard",
            }[expected]
        )
    diagnostic = next(r for key, r in by_title.items() if key[0] == "Diagnostic de l'entreprise")
    assert diagnostic[0].value == "Sélection et diagnostic" and diagnostic[3].value == "Projet"
    assert diagnostic[8].value == "Conseiller CCI — Camille Lemoine"
    assert diagnostic[9].value == "Fiche diagnostic"
    committee = by_title[("Comité de sélection", "")]
    assert committee[3].value == "Cohorte" and committee[8].value == "Responsable régional — Hugo Bertin"
    everything = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    assert SECRET_EVIDENCE not in everything and "secret.example" not in everything


async def test_text_typed_by_users_stays_text_in_the_workbook(world: World) -> None:
    cohort = await cohort_id(world, "normandie")
    formula = '=HYPERLINK("https://evil.example","Cliquez")'
    async with world.registry.region("normandie").sessions() as session, session.begin():
        first = (await milestones(world, "normandie", Milestone.cohort_id == cohort))[0]
        await session.execute(update(Milestone).where(Milestone.id == first.id).values(title=formula))
    response = await download(world, await cohort_gid(world, "normandie"), "xlsx", NORMANDIE_ADVISER)
    sheet = load_workbook(io.BytesIO(response.content))["Rétroplanning"]
    cell = next(row[1] for row in sheet.iter_rows(min_row=9) if row[1].value == formula)
    assert cell.data_type == "s"


async def test_the_ics_download_is_the_cohort_calendar(world: World) -> None:
    await hide_evidence_everywhere(world, "normandie")
    cohort = await cohort_gid(world, "normandie")
    response = await download(world, cohort, "ics", NORMANDIE_ADMIN)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"] == (
        'attachment; filename="retroplanning-normandie-cohorte-2027-demonstration.ics"'
    )
    rows = await milestones(
        world, "normandie", Milestone.cohort_id == await cohort_id(world, "normandie"), Milestone.due_date.is_not(None)
    )
    assert set(events(response.content)) == {f"milestone-normandie-{row.id}@filiere" for row in rows}
    assert SECRET_EVIDENCE not in response.text


async def test_who_may_download_a_cohorts_retroplanning(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    for extension in ("xlsx", "ics"):
        # Staff who read the cohort page (every region's: same rhythm) may take it away; nobody else.
        for user in (NORMANDIE_ADVISER, NORMANDIE_ADMIN, IDF_ADVISER, NATIONAL):
            assert (await download(world, cohort, extension, user)).status_code == 200, (user, extension)
        missing = await download(world, encode_id("Cohort", "normandie", 999_999), extension, NORMANDIE_ADVISER)
        assert missing.status_code == 404
        for user in (PARTNER, JUROR, OPS):
            refused = await download(world, cohort, extension, user)
            assert refused.status_code == 404, (user, extension)
            assert (
                refused.json()
                == missing.json()
                == {
                    "code": "NOT_FOUND",
                    "message": "Élément introuvable ou inaccessible.",
                }
            )
            assert "content-disposition" not in refused.headers
        anonymous = await world.client.get(url(cohort, extension))
        assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
        assert anonymous.json()["code"] == "UNAUTHENTICATED"
        forged = await world.client.get(url(cohort, extension), headers={"Authorization": "Bearer pas.un.jeton"})
        assert forged.status_code == 401 and 'error="invalid_token"' in forged.headers["www-authenticate"]
        for bad in ("pas-un-identifiant", encode_id("Project", "normandie", 1), encode_id("Cohort", "atlantide", 1)):
            assert (await download(world, bad, extension, NORMANDIE_ADVISER)).status_code == 404, bad


async def test_statements_do_not_grow_with_the_number_of_milestones(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    headers = await world.headers(NORMANDIE_ADVISER)

    async def statements(extension: str) -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.get(url(cohort, extension), headers=headers)
        assert response.status_code == 200
        return counter.count

    before = {extension: await statements(extension) for extension in ("xlsx", "ics")}
    await add_milestones(world, "normandie", await cohort_id(world, "normandie"), 40)
    after = {extension: await statements(extension) for extension in ("xlsx", "ics")}
    print(f"\nexport statements: {before} → {after}")
    assert after == before and before["xlsx"] <= 5


def test_filenames_are_ascii_whatever_the_cohort_is_called() -> None:
    def cohort(name: str) -> CohortView:
        return CohortView(
            region="ile-de-france",
            id=7,
            edition_id=1,
            edition_year=2027,
            method_version_id=1,
            name=name,
            sort_key="",
            event_date=None,
            event_end_date=None,
            start_date=None,
            venue="",
            school_partner="",
            version=1,
        )

    assert (
        export_filename(cohort("Été / Œuvres « 2027 »"), "xlsx") == "retroplanning-ile-de-france-ete-oeuvres-2027.xlsx"
    )
    assert export_filename(cohort('"; rm -rf / ;'), "ics") == "retroplanning-ile-de-france-rm-rf.ics"
    assert export_filename(cohort("« »"), "xlsx") == "retroplanning-ile-de-france-cohorte-7.xlsx"
    assert export_filename(cohort("x" * 300), "xlsx") == f"retroplanning-ile-de-france-{'x' * 60}.xlsx"
