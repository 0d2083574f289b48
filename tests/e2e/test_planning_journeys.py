"""Issue 4's story in a real browser: one method, one retroplanning, the same rhythm everywhere."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

COHORT = "Cohorte 2027 (démonstration)"


def milestone_row(page: Page, title: str, project: str | None = None):  # type: ignore[no-untyped-def]
    rows = page.get_by_role("table", name="Liste des jalons").get_by_role("row").filter(has_text=title)
    return rows.filter(has_text=project) if project else rows


def test_cci_france_publishes_a_method_version(page: Page) -> None:
    sign_in(page, "national@demo.filiere.fr")
    page.get_by_role("link", name="Méthode", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Méthode nationale")).to_be_visible()
    expect(page.get_by_text("Version en vigueur : version 1")).to_be_visible()
    assert_accessible(page, "methode")

    page.get_by_role("button", name="Créer un brouillon").click()
    expect(page.get_by_role("heading", name="Brouillon de la version 2")).to_be_visible()
    page.get_by_label("Nom de la version").fill("Méthode nationale — édition 2028")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    publish = page.get_by_role("button", name="Publier la version")
    expect(publish).to_be_enabled()
    publish.click()
    expect(page.get_by_text("Version en vigueur : version 2")).to_be_visible()
    expect(page.get_by_text("Méthode nationale — édition 2028").first).to_be_visible()

    # The former version stays readable; once retired, new editions can no longer choose it.
    page.get_by_role("button", name="Consulter la version 1").click()
    expect(page.get_by_role("heading", level=2, name="Version 1 (publiée)")).to_be_visible()
    page.get_by_role("button", name="Retirer la version 1").click()
    page.get_by_role("dialog").get_by_role("button", name="Retirer la version 1").click()
    expect(page.get_by_role("heading", level=2, name="Version 1 (retirée)")).to_be_visible()
    expect(page.get_by_role("button", name="Retirer la version 1")).to_have_count(0)
    page.get_by_role("button", name="Revenir à la version en vigueur").click()
    expect(page.get_by_text("Version en vigueur : version 2")).to_be_visible()


def test_moving_j0_replans_the_cohort_and_my_milestones_follow(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    # The adviser's « Mes jalons » before the move.
    adviser_context = browser.new_context(**browser_context_args)
    browser_errors.watch(adviser_context)
    adviser = adviser_context.new_page()
    sign_in(adviser, "conseiller.normandie@demo.filiere.fr")
    adviser.get_by_role("link", name="Mes jalons", exact=True).click()
    expect(adviser.get_by_role("heading", level=1, name="Mes jalons")).to_be_visible()
    mine = adviser.get_by_role("main")
    expect(mine).to_contain_text("Chaîne d'approvisionnement cartographiée")
    expect(mine).to_contain_text("1er décembre 2026")
    assert_accessible(adviser, "mes-jalons")

    # Normandie's admin moves J0 one week later.
    sign_in(page, "admin.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Cohortes", exact=True).click()
    page.get_by_role("link", name=COHORT).first.click()
    expect(page.get_by_role("heading", level=1, name=COHORT)).to_be_visible()
    expect(page.get_by_role("region", name="Rétroplanning (diagramme de Gantt)")).to_be_visible()
    pitch = milestone_row(page, "Pitch de 3 minutes", "Sèche-linge")
    done = milestone_row(page, "Appel à candidatures publié")
    expect(pitch).to_contain_text("11 mars 2027")
    expect(done).to_contain_text("28 septembre 2026")
    expect(done).to_contain_text("Fait")
    page.screenshot(path=str(ARTIFACTS / "cohorte-avant.png"), full_page=True)
    assert_accessible(page, "cohorte")

    page.get_by_role("button", name="Déplacer J0").click()
    page.get_by_label("Nouvelle date de J0").fill("2027-03-25")
    page.get_by_role("button", name="Prévisualiser").click()
    preview = page.get_by_role("table", name="Échéances qui changent (ancienne → nouvelle)")
    expect(preview).to_contain_text("Pitch de 3 minutes")
    expect(preview).not_to_contain_text("Appel à candidatures publié")
    page.get_by_role("button", name="Appliquer").click()

    expect(pitch).to_contain_text("18 mars 2027")
    expect(done).to_contain_text("28 septembre 2026")
    expect(page.get_by_text("25 mars 2027").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "cohorte-apres.png"), full_page=True)

    # The adviser's list follows: what moved beyond ten working days leaves it.
    adviser.reload()
    expect(adviser.get_by_role("heading", level=1, name="Mes jalons")).to_be_visible()
    expect(adviser.get_by_role("main")).to_contain_text("1er décembre 2026")
    expect(adviser.get_by_role("main")).not_to_contain_text("Chaîne d'approvisionnement cartographiée")
    adviser_context.close()


def test_the_rhythm_dashboard_compares_the_regions(page: Page) -> None:
    sign_in(page, "national@demo.filiere.fr")
    page.get_by_role("link", name="Rythme", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Rythme national")).to_be_visible()
    table = page.get_by_role("table").last
    for region in ("Normandie", "Île-de-France", "Hauts-de-France", "Bourgogne-Franche-Comté"):
        expect(table).to_contain_text(region)
    # The chart (loaded on demand) draws a bar per region and kind that has milestones.
    expect(page.locator(".recharts-bar-rectangle").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "rythme.png"), full_page=True)
    assert_accessible(page, "rythme")
