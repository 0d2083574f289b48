"""The foundation's user stories, in a real browser against the real server."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

NORMANDIE_COMPANIES = ["MIJUIN", "HUMAN MOB", "ARTHUS et PAOLA", "Conseil Départemental du Calvados", "PIERCAN"]


def projects_table(page: Page):  # type: ignore[no-untyped-def]
    return page.get_by_role("table")


def choose_region(page: Page, name: str) -> None:
    page.get_by_label("Région").select_option(label=name)


def test_sign_in_page_is_french_accessible_and_explains_mistakes(page: Page, browser_errors: BrowserErrors) -> None:
    # The form answers a wrong password with a 401, which Chromium logs.
    browser_errors.expect(r"status of 401 .*/auth/authorize")
    page.goto("/")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    assert page.get_attribute("html", "lang") == "fr"
    assert_accessible(page, "connexion")
    page.get_by_label("Adresse e-mail").fill("conseiller.normandie@demo.filiere.fr")
    page.get_by_label("Mot de passe").fill("mauvais mot de passe")
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("alert")).to_have_text("Adresse e-mail ou mot de passe incorrect.")


def test_normandie_adviser_signs_in_reads_a_project_and_signs_out(page: Page) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    # Staff land on their dashboard (test_home_journeys.py); the list opens on their projects, all of them here.
    page.get_by_role("link", name="Projets", exact=True).click()
    expect(page).to_have_url(re.compile(r"/projets"))
    expect(page.get_by_role("heading", level=1, name="Projets")).to_be_visible()
    expect(page.get_by_role("banner")).to_contain_text("Camille Lemoine")
    expect(page.get_by_role("banner")).to_contain_text("Normandie")
    table = projects_table(page)
    for company in NORMANDIE_COMPANIES:
        expect(table).to_contain_text(company)
    expect(table).not_to_contain_text("TOUROUL-CHEVALERIE")
    expect(page.get_by_text("Fiche résumée")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "projets-normandie.png"), full_page=True)
    assert_accessible(page, "projets")

    page.get_by_role("link", name="Vélo taxi innovant").click()
    expect(page.get_by_role("heading", level=1, name="Vélo taxi innovant")).to_be_visible()
    expect(page.get_by_role("heading", name="Notes internes")).to_be_visible()
    expect(page.get_by_text("HUMAN MOB").first).to_be_visible()
    assert_accessible(page, "projet")

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(re.compile(r"/au-revoir"))
    expect(page.get_by_text("Vous êtes déconnecté")).to_be_visible()
    # The issuer session is over: coming back asks for the password again.
    page.goto("/projets")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()


def test_other_region_adviser_sees_only_summary_cards(page: Page) -> None:
    sign_in(page, "conseiller.ile-de-france@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Projets")).to_be_visible()
    expect(projects_table(page)).to_contain_text("TOUROUL-CHEVALERIE")
    expect(projects_table(page)).to_contain_text("Groupe DELINEO")

    choose_region(page, "Normandie")
    for company in NORMANDIE_COMPANIES:
        expect(projects_table(page)).to_contain_text(company)
    expect(page.get_by_text("Fiche résumée")).to_have_count(7)

    page.get_by_role("link", name="Vélo taxi innovant").click()
    expect(page.get_by_role("heading", level=1, name="Vélo taxi innovant")).to_be_visible()
    expect(page.get_by_role("heading", name="Notes internes")).to_have_count(0)
    expect(page.get_by_text("Note interne fictive")).to_have_count(0)


def test_national_switches_between_regions_and_all_regions(page: Page) -> None:
    sign_in(page, "national@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Projets")).to_be_visible()
    expect(page.get_by_text("17 projets")).to_be_visible()
    rows = projects_table(page).get_by_role("row")
    expect(rows).to_have_count(18)  # header + 17
    names = [name.strip() for name in projects_table(page).get_by_role("link").all_inner_texts()]
    assert names[0] == "Atelier de linge de bain en circuit court"
    assert len(names) == 17
    for region, count in (
        ("Normandie", 7),
        ("Île-de-France", 4),
        ("Hauts-de-France", 3),
        ("Bourgogne-Franche-Comté", 3),
    ):
        choose_region(page, region)
        expect(page.get_by_text(f"{count} projets")).to_be_visible()
    choose_region(page, "Toutes les régions")
    expect(page.get_by_text("17 projets")).to_be_visible()


def test_partner_sees_exactly_its_shared_projects_within_their_scope(page: Page) -> None:
    sign_in(page, "bpifrance@demo.filiere.fr")
    # Partners land on the projects shared with their organisation (demo: MIJUIN financing, PIERCAN documents).
    expect(page.get_by_role("heading", level=1, name="Projets partagés")).to_be_visible()
    table = page.get_by_role("table", name="Projets partagés avec Bpifrance")
    expect(table.get_by_role("row")).to_have_count(3)  # header + 2
    mijuin = table.get_by_role("row").filter(has_text="MIJUIN")
    expect(mijuin).to_contain_text("Financement")
    expect(mijuin).to_contain_text(re.compile(r"\d{1,2}(er)? \w+ 20\d\d"))  # the grant's end, in French
    expect(table.get_by_role("columnheader", name="Jalons passés")).to_be_visible()
    expect(mijuin).to_contain_text(re.compile(r"\d+ / \d+"))  # its milestones passed, counts only
    piercan = table.get_by_role("row").filter(has_text="PIERCAN")
    expect(piercan).to_contain_text("Documents")
    expect(piercan).to_contain_text("— hors du partage")  # no products under a documents grant
    for other in ("HUMAN MOB", "TOUROUL-CHEVALERIE", "Atelier de linge de bain"):
        expect(table).not_to_contain_text(other)
    expect(page.get_by_text("Aucun projet n'a encore été partagé")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "partenaire-projets-partages.png"), full_page=True)
    assert_accessible(page, "partenaire")

    page.get_by_role("link", name="Fabrication de marques complémentaires en lin").click()
    expect(page.get_by_role("heading", level=1, name="Fabrication de marques complémentaires en lin")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Partagé avec Bpifrance jusqu'au .* — portée : financement\."))).to_be_visible()
    expect(page.get_by_text("Objet : Étude d'un prêt d'amorçage")).to_be_visible()
    expect(page.get_by_role("heading", name="Notes internes")).to_have_count(0)
    expect(page.get_by_text("Note interne fictive")).to_have_count(0)
    page.get_by_role("tab", name="Entreprise").click()
    expect(page.get_by_text("Les coordonnées du contact dans l'entreprise sont réservées")).to_be_visible()
    expect(page.get_by_label("Adresse e-mail")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "partenaire-projet-financement.png"), full_page=True)
    assert_accessible(page, "partenaire-projet")
