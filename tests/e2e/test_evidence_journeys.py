"""Issue 12 in a real browser: the project's « Jalons » say which evidence each milestone needs and when it is
missing (« Preuve manquante », « Fait sans preuve »), and the audit journal names each row's object
(« Projet Sèche-linge… », not « Projet ») with the request id kept in its details."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

PROJECT = "Sèche-linge à pompe à chaleur (démo)"


def open_project(page: Page) -> None:
    page.get_by_role("link", name="Projets", exact=True).click()
    scope = page.get_by_role("radiogroup", name="Projets affichés")
    if scope.count():
        scope.get_by_text("Tous", exact=True).click()
    page.get_by_role("link", name=PROJECT).click()
    expect(page.get_by_role("heading", level=1, name=PROJECT)).to_be_visible()


def test_milestones_show_their_missing_evidence_and_the_journal_names_its_objects(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "admin.normandie@demo.filiere.fr")
    open_project(page)

    # The demo's questionnaire milestone is past due, and no questionnaire was ever uploaded.
    page.get_by_role("tab", name="Jalons").click()
    table = page.get_by_role("table", name=re.compile("Jalons du rétroplanning"))
    questionnaire = table.get_by_role("row").filter(has_text="Questionnaire d'étude validé")
    expect(questionnaire).to_contain_text("Preuve manquante")
    expect(questionnaire).to_contain_text("Attendu : Questionnaire (document du projet).")
    expect(questionnaire.get_by_role("link", name="Voir les documents")).to_be_visible()
    expect(table.get_by_role("row").filter(has_text="Diagnostic de l'entreprise")).to_contain_text("Aucune demandée")
    if "Fait" in (questionnaire.get_by_role("cell").nth(1).text_content() or ""):
        expect(questionnaire).to_contain_text("Fait sans preuve")
    assert_accessible(page, "projet-jalons-preuves")
    page.screenshot(path=str(ARTIFACTS / "projet-jalons-preuves.png"), full_page=True)

    # A change to the project, then the journal: its row names the project and keeps the request id.
    page.get_by_role("tab", name="Commentaires").click()
    page.get_by_label("Votre commentaire").fill("Questionnaire à déposer avant le prochain point.")
    page.get_by_role("button", name="Publier le commentaire").click()
    # Published (an article of the thread), not merely typed: the journal must find it.
    expect(
        page.get_by_role("article").filter(has_text="Questionnaire à déposer avant le prochain point.")
    ).to_be_visible()
    expect(page.get_by_label("Votre commentaire")).to_have_value("")

    page.get_by_role("link", name="Journal d'audit", exact=True).click()
    journal = page.get_by_role("table", name=re.compile("Journal d'audit"))
    row = journal.get_by_role("row").filter(has=page.get_by_role("link", name=f"Projet {PROJECT}")).first
    expect(row).to_contain_text("a commenté")
    row.get_by_text("Détails").click()
    expect(row.get_by_text(re.compile(r"^Requête [0-9a-f]{32}$"))).to_be_visible()
    # Rows the demo's load wrote name their cohort too.
    expect(journal.get_by_text(re.compile(r"^Cohorte ")).first).to_be_visible()
    assert_accessible(page, "journal-objets")
    page.screenshot(path=str(ARTIFACTS / "journal-objets.png"), full_page=True)
