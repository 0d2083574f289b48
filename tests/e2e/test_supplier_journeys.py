"""The supplier directory in a real browser: Normandie's adviser looks for a spinning mill around Rouen,
finds those of Seine-Maritime first, and opens one. The demo directory (filiere.demo.suppliers) is fictional."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import ConsoleMessage, Error, Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e


def test_fournisseurs_a_filature_is_found_around_rouen_and_opened(page: Page) -> None:
    # Playwright wraps its handlers: plain functions, not bound built-ins such as list.append.
    crashes: list[Error] = []
    console: list[str] = []

    def on_crash(error: Error) -> None:
        crashes.append(error)

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            console.append(f"{message.type}: {message.text}")

    page.on("pageerror", on_crash)
    page.on("console", on_console)

    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Fournisseurs", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Fournisseurs")).to_be_visible()

    page.get_by_role("searchbox", name="Activité, savoir-faire ou nom").fill("filature")
    page.get_by_role("radio", name="Une commune").check()
    page.get_by_role("textbox", name="Code INSEE de la commune").fill("76540")
    expect(page).to_have_url(re.compile(r"/fournisseurs\?q=filature&commune=76540$"))

    # Seine-Maritime's mills first, under their heading; the others further down.
    expect(page.get_by_text("Recherche autour de Rouen (76).")).to_be_visible()
    departement = page.get_by_role("region", name="Dans le département")
    expect(departement.get_by_role("heading", level=2, name="Dans le département")).to_be_visible()
    results = departement.get_by_role("listitem")
    expect(results.first).to_be_visible()
    expect(results.first).to_contain_text("(76)")
    expect(page.get_by_role("status").filter(has_text=re.compile(r"^\d+ fournisseurs?$"))).to_be_visible()

    # The map draws the results, or says in French that it cannot: the page never fails for it.
    map_panel = page.get_by_role("region", name="Carte des fournisseurs")
    drawn = map_panel.locator("canvas.maplibregl-canvas")
    not_drawn = map_panel.get_by_text("La carte ne peut pas s'afficher sur ce navigateur.")
    expect(drawn.or_(not_drawn)).to_be_visible(timeout=15_000)
    if drawn.is_visible():
        expect(map_panel.get_by_text("Contours : IGN Admin Express, Licence Ouverte")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "fournisseurs.png"), full_page=True)
    assert_accessible(page, "fournisseurs")

    # One of them, in full: its establishment and the region's profile.
    name_button = results.first.get_by_role("heading", level=3).get_by_role("button")
    name = name_button.inner_text()
    name_button.click()
    drawer = page.get_by_role("dialog", name=name)
    expect(drawer).to_be_visible()
    expect(drawer).to_contain_text("SIRET")
    expect(drawer).to_contain_text("13.10Z")
    expect(drawer).to_contain_text("(76)")
    expect(drawer).to_contain_text("Normandie")
    expect(drawer.get_by_role("heading", name="Fiche de votre région")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "fournisseur-fiche.png"), full_page=True)

    # The region's profile, completed: the know-how shows on the result, the change in the history.
    drawer.get_by_role("button", name=re.compile(r"^(Créer|Modifier) la fiche$")).click()
    drawer.get_by_role("combobox", name="Savoir-faire").fill("lin peigné")
    drawer.get_by_role("combobox", name="Savoir-faire").press("Enter")
    drawer.get_by_role("textbox", name="E-mail du contact").fill("atelier@filature.example")
    drawer.get_by_role("button", name="Enregistrer la fiche").click()
    expect(drawer.get_by_role("button", name="Modifier la fiche")).to_be_visible()
    expect(drawer).to_contain_text("atelier@filature.example")
    expect(drawer.get_by_role("listitem").filter(has_text="Modifié par Camille Lemoine")).to_contain_text(
        "savoir-faire"
    )
    expect(results.first.get_by_text("lin peigné")).to_be_visible()

    assert not crashes, f"uncaught errors: {crashes}; console: {console}"
