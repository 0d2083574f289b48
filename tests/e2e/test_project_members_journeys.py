"""Issue 13, coaches, experts and students: each reads the projects they are attached to — a student their
team's market study only, a coach the whole record but the CCI's notes (and comments), an expert the
summary and the thread — and an adviser gives and withdraws their access on the project's « Équipe » tab."""

from __future__ import annotations

import base64
import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

MIJUIN = "Fabrication de marques complémentaires en lin"


def checked(page: Page, name: str) -> None:
    """axe, then a screenshot of the whole page."""
    assert_accessible(page, name)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def another_project_url(url: str) -> str:
    """The address of the region's next project: the same global id (« Project:<region>:<n> ») but one."""
    encoded = url.rsplit("/", 1)[1].split("?", 1)[0]
    kind, region, key = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode().split(":")
    other = base64.urlsafe_b64encode(f"{kind}:{region}:{int(key) + 1}".encode()).decode().rstrip("=")
    return f"/projets/{other}"


def test_a_student_reads_their_team_market_study_only(page: Page) -> None:
    sign_in(page, "etudiant.normandie@demo.filiere.fr")
    expect(page.get_by_role("heading", level=1, name="Bienvenue sur Filière")).to_be_visible()
    expect(page.get_by_text("Votre équipe mène l'étude de marché de ce projet")).to_be_visible()
    navigation = page.get_by_role("navigation", name="Navigation principale")
    expect(navigation.get_by_role("link")).to_have_text(["Mes projets"])
    mine = page.get_by_role("region", name="Mes projets")
    expect(mine.get_by_role("listitem")).to_have_count(1)
    expect(mine).to_contain_text("MIJUIN · Normandie")
    checked(page, "membres-accueil-etudiant")

    mine.get_by_role("link", name=MIJUIN).click()
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    # The market study first: it is their work.
    expect(page.get_by_role("tab", name="Étude de marché")).to_have_attribute("aria-selected", "true")
    study = page.get_by_role("tabpanel", name="Étude de marché")
    expect(study.get_by_role("heading", name="Ajouter un entretien")).to_be_visible()
    tabs = page.get_by_role("tablist", name="Sections du projet").get_by_role("tab")
    expect(tabs).to_have_text(["Synthèse", "Étude de marché", "Documents"])
    checked(page, "membres-projet-etudiant")

    page.get_by_role("tab", name="Synthèse").click()
    summary = page.get_by_role("tabpanel", name="Synthèse")
    expect(summary.get_by_role("heading", name="Objectif")).to_be_visible()
    expect(summary.get_by_role("heading", name="Notes internes")).to_have_count(0)
    expect(page.get_by_role("heading", name="Contact dans l'entreprise")).to_have_count(0)
    expect(page.get_by_role("tab", name="Commentaires")).to_have_count(0)

    page.get_by_role("tab", name="Documents").click()
    expect(page.get_by_role("tabpanel", name="Documents").get_by_role("heading", name="Documents")).to_be_visible()
    checked(page, "membres-documents-etudiant")

    # Another project of the region: not theirs.
    page.goto(another_project_url(page.url))
    expect(page.get_by_role("heading", level=1, name="Projet introuvable")).to_be_visible()
    expect(page.get_by_text("Ce projet n'existe pas, ou vous n'avez pas accès à sa fiche.")).to_be_visible()
    # Nor the projects' list.
    page.goto("/projets")
    expect(page.get_by_role("heading", level=1, name="Accès réservé")).to_be_visible()
    checked(page, "membres-acces-reserve-etudiant")


def test_a_coach_reads_the_company_record_but_not_the_notes_and_comments(page: Page) -> None:
    sign_in(page, "coach.normandie@demo.filiere.fr")
    expect(page.get_by_text("Vous accompagnez ces projets en tant que coach.")).to_be_visible()
    page.get_by_role("region", name="Mes projets").get_by_role("link", name=MIJUIN).click()
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    summary = page.get_by_role("tabpanel", name="Synthèse")
    expect(summary.get_by_role("heading", name="Objectif")).to_be_visible()
    expect(summary.get_by_role("heading", name="Notes internes")).to_have_count(0)
    expect(page.get_by_role("tab", name="Historique")).to_have_count(0)
    checked(page, "membres-projet-coach")

    page.get_by_role("tab", name="Entreprise").click()
    company = page.get_by_role("tabpanel", name="Entreprise")
    expect(company.get_by_role("heading", name="Contact dans l'entreprise")).to_be_visible()
    checked(page, "membres-entreprise-coach")

    # Every tab the coach is given opens on what the API gives them: no error, no refusal.
    for name in ("Produits", "Équipe", "Jalons", "Étude de marché", "Chaîne d'approvisionnement", "Documents"):
        page.get_by_role("tab", name=name, exact=True).click()
        panel = page.get_by_role("tabpanel", name=name, exact=True)
        expect(panel.get_by_role("heading").first).to_be_visible()
        expect(panel.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("region", name="Accès à Filière")).to_have_count(0)

    page.get_by_role("tab", name="Commentaires").click()
    thread = page.get_by_role("tabpanel", name="Commentaires")
    body = f"Point d'étape du coach {uuid.uuid4().hex[:6]} : rendez-vous fixé avec l'atelier."
    thread.get_by_label("Votre commentaire").fill(body)
    thread.get_by_role("button", name="Publier le commentaire").click()
    expect(thread.get_by_text(body)).to_be_visible()
    checked(page, "membres-commentaires-coach")


def test_an_adviser_gives_and_withdraws_access_to_a_new_expert(page: Page) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    expect(page.get_by_role("heading", level=1, name="Mon tableau de bord")).to_be_visible()
    page.goto("/projets?conseiller=tous&q=MIJUIN")
    page.get_by_role("link", name=MIJUIN).click()
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    page.get_by_role("tab", name="Équipe").click()
    access = page.get_by_role("region", name="Accès à Filière")
    expect(access.get_by_role("rowheader").first).to_be_visible()
    checked(page, "membres-equipe-conseiller")

    email = f"expert.{uuid.uuid4().hex[:8]}@exemple.fr"
    access.get_by_role("button", name="Donner accès").click()
    dialog = page.get_by_role("dialog", name="Donner accès au projet")
    expect(dialog).to_be_visible()
    checked(page, "membres-donner-acces")
    dialog.get_by_role("textbox", name="Adresse e-mail").fill(email)
    dialog.get_by_role("textbox", name="Nom et prénom").fill("Nadia Benali")
    dialog.get_by_role("combobox", name="Rôle").select_option(label="Expert")
    dialog.get_by_role("button", name="Donner accès").click()
    expect(dialog).to_be_hidden()
    expect(access.get_by_role("status")).to_have_text(f"Invitation envoyée à {email}.")
    row = access.get_by_role("row").filter(has_text=email)
    expect(row).to_contain_text("Invitation en attente")
    expect(row).to_contain_text("Expert")
    expect(row).to_contain_text(re.compile(r"\d{1,2}(er)? [a-zéû]+ \d{4}"))
    checked(page, "membres-invitation-envoyee")

    row.get_by_role("button", name="Retirer l'accès de Nadia Benali").click()
    confirm = page.get_by_role("dialog", name="Retirer l'accès au projet")
    expect(confirm).to_contain_text(email)
    checked(page, "membres-retirer-acces")
    confirm.get_by_role("button", name="Retirer l'accès").click()
    expect(confirm).to_be_hidden()
    expect(access.get_by_role("row").filter(has_text=email)).to_have_count(0)
