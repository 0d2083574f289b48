"""The supplier directory in a real browser: Normandie's adviser looks for a spinning mill around Rouen,
finds those of Seine-Maritime first, and opens one; Hauts-de-France answers Normandie's sourcing request by
picking from its own directory. The demo directory (filiere.demo.suppliers) is fictional."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, expect

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

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


def test_another_region_answers_a_sourcing_request_by_picking_from_its_directory(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    # Normandie asks the other regions for a spinning mill at one stage of a demo project's chain.
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    page.get_by_role("link", name="Fabrication de marques complémentaires en lin").click()
    page.get_by_role("tab", name="Chaîne d'approvisionnement").click()
    page.get_by_role("button", name="Modifier les étapes").click()
    page.get_by_role("button", name="Enregistrer les étapes").click()
    stage = "Transformation"
    page.get_by_role("button", name=f"Demander aux autres régions des fournisseurs pour l'étape « {stage} »").click()
    dialog = page.get_by_role("dialog", name="Demander des fournisseurs aux autres régions")
    dialog.get_by_role("textbox", name="Besoin", exact=True).fill("Une filature de lin, fils fins, 2 tonnes par mois.")
    dialog.get_by_label("Activités suggérées").fill("13.10Z")
    assert_accessible(page, "demande-sourcing")
    dialog.get_by_role("button", name="Poster la demande").click()
    expect(page.get_by_text("Votre demande a été postée")).to_be_visible()

    # Hauts-de-France answers from its own directory: the search starts from the request's activity.
    context = browser.new_context(**browser_context_args)
    browser_errors.watch(context)
    other = context.new_page()
    sign_in(other, "conseiller.hauts-de-france@demo.filiere.fr")
    other.get_by_role("link", name="Demandes de sourcing", exact=True).click()
    card = other.get_by_role("article", name="Fabrication de marques complémentaires en lin (Normandie)")
    card.get_by_role("button", name="Répondre").click()
    answer = card.get_by_role("region", name="Proposer des établissements")
    search = answer.get_by_role("search", name="Chercher des établissements à proposer")
    expect(search.get_by_role("textbox", name=re.compile(r"^Activités"))).to_have_value("13.10Z")
    search.get_by_role("searchbox", name="Activité, savoir-faire ou nom").fill("filature")
    search.get_by_role("button", name="Chercher").click()
    results = answer.get_by_role("list", name="Établissements trouvés")
    found = results.get_by_role("listitem").filter(has_text="Filature Hauvelaere").first
    expect(found).to_contain_text("(59)")
    for item in results.get_by_role("listitem").all():
        expect(item).to_contain_text(re.compile(r"\((02|59|60|62|80)\)"))  # Hauts-de-France's only
    found.get_by_role("button", name="Choisir").click()
    picked = answer.get_by_role("list", name="Établissement choisi (1 sur 10)")
    expect(picked).to_contain_text("Filature Hauvelaere")
    expect(picked).to_contain_text(re.compile(r"SIRET \d{14} · (ROUBAIX|TOURCOING) \(59\)"))
    answer.get_by_label("Note pour la région qui demande").fill("Filature de lin recyclé, à Roubaix.")
    assert_accessible(other, "reponse-sourcing-annuaire")
    other.screenshot(path=str(ARTIFACTS / "reponse-sourcing-annuaire.png"), full_page=True)
    answer.get_by_role("button", name="Envoyer la réponse").click()
    expect(card.get_by_text("Votre réponse a été envoyée.")).to_be_visible()
    expect(card.get_by_role("region", name="Réponses de votre région")).to_contain_text("Filature Hauvelaere")
    expect(card).to_contain_text("1 réponse")
    context.close()
