"""Issue 16 (the event and its programme) in a real browser: a visitor without an account reads the public page on a
phone and takes its calendar file; an organiser adds a session, told first that the room is taken; the list offers
« Gestion » to the organising regions only."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

SLUG = "2023-pour-une-france-industrielle"
EVENT = "Pour une France industrielle"


def test_a_visitor_reads_the_programme_on_a_phone_and_downloads_the_calendar(page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/evenements/{SLUG}")
    expect(page.get_by_role("heading", level=1, name=EVENT)).to_be_visible()
    thursday = page.get_by_role("region", name="Jeudi 30 novembre 2023")
    expect(thursday.get_by_text("Olivier Dufour")).to_be_visible()
    expect(
        thursday.get_by_text("Complet — liste d'attente").or_(thursday.get_by_text("3 places restantes"))
    ).to_be_visible()
    expect(page.get_by_role("button", name="Inscriptions closes")).to_be_disabled()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "nothing wider than the phone"
    assert_accessible(page, "event-public-page")
    page.screenshot(path=str(ARTIFACTS / "event-public-page-390.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Ajouter l'événement à mon agenda").click()
    path = download.value.path()
    content = path.read_text(encoding="utf-8")
    assert download.value.suggested_filename == f"{SLUG}.ics"
    assert content.startswith("BEGIN:VCALENDAR") and "SUMMARY:Pour une France industrielle" in content
    assert "Olivier Dufour" in content.replace("\r\n ", "") and "Hackathon" not in content


def test_an_organiser_adds_a_session_in_a_free_room_after_the_overlap_is_refused(page: Page) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    expect(page.get_by_role("banner")).to_be_visible()
    page.goto(f"/evenements/{SLUG}/gestion")
    expect(page.get_by_role("heading", level=1, name=f"Gestion de « {EVENT} »")).to_be_visible()
    table = page.get_by_role("table", name="Sessions du programme, par jour et par heure")
    expect(table.get_by_text("L'épopée de Verkor, la gigafactory de batteries")).to_be_visible()
    assert_accessible(page, "event-manage-programme")
    page.get_by_role("button", name="Ajouter une session").click()
    dialog = page.get_by_role("dialog", name="Nouvelle session")
    dialog.get_by_role("textbox", name="Titre").fill("Table ronde des financeurs (démo)")
    dialog.get_by_label(re.compile("^Début")).fill("10:00")
    dialog.get_by_label(re.compile("^Fin")).fill("10:20")
    room = dialog.get_by_role("textbox", name="Salle")
    room.fill("amphithéâtre")
    dialog.get_by_role("textbox", name=re.compile("Nombre de places")).fill("30")
    assert_accessible(page, "event-session-dialog")
    dialog.get_by_role("button", name="Ajouter la session").click()
    expect(dialog.get_by_text(re.compile("La salle « Amphithéâtre » est déjà prise par"))).to_be_visible()
    expect(room).to_have_attribute("aria-invalid", "true")
    room.fill("Salle 101")
    dialog.get_by_role("button", name="Ajouter la session").click()
    expect(dialog).to_be_hidden()
    row = table.get_by_role("row", name=re.compile("Table ronde des financeurs"))
    expect(row.get_by_role("cell", name="Salle 101")).to_be_visible()


def event_card(page: Page):
    page.goto("/evenements")
    card = page.get_by_role("article", name=EVENT)
    expect(card.get_by_role("link", name=f"Page publique de « {EVENT} »")).to_be_visible()
    return card


def test_only_the_organising_regions_see_gestion(page: Page) -> None:
    sign_in(page, "conseiller.hauts-de-france@demo.filiere.fr")
    expect(page.get_by_role("banner")).to_be_visible()
    expect(event_card(page).get_by_role("link", name=f"Gestion de « {EVENT} »")).to_have_count(0)
    page.goto(f"/evenements/{SLUG}/gestion")
    expect(page.get_by_role("alert").get_by_text(re.compile("réservée aux organisateurs"))).to_be_visible()


def test_the_co_organising_region_sees_gestion(page: Page) -> None:
    sign_in(page, "conseiller.ile-de-france@demo.filiere.fr")
    expect(page.get_by_role("banner")).to_be_visible()
    event_card(page).get_by_role("link", name=f"Gestion de « {EVENT} »").click()
    expect(page.get_by_role("heading", level=1, name=f"Gestion de « {EVENT} »")).to_be_visible()
    expect(page.get_by_role("tab", name="Programme")).to_have_attribute("aria-selected", "true")
