"""Issues 5 and 12 in a real browser: a company applies (its commune typed by name), Normandie selects it,
assigns its adviser, completes the company's record and the products concerned, documents it, asks another
region for help; the adviser mentioned reads and answers the thread from the summary card, and Normandie
sees the answer."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from stdnum import luhn

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

PROJECT = "Fil de lin normand"
SIREN = "732829320"
# A tiny PDF (the store checks the bytes, not only the name).
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def siret_of(siren: str, establishment: str = "0001") -> str:
    """A valid SIRET of the company: its SIREN, the establishment's number, then the Luhn key."""
    body = siren + establishment
    return body + luhn.calc_check_digit(body)


def spaced_siret(siret: str) -> str:
    """« 732 829 320 00009 », as the company tab writes it."""
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def apply(page: Page) -> None:
    page.goto("/candidater")
    expect(page.get_by_role("heading", level=1, name="Candidater à l'Accélérateur de Relocalisations")).to_be_visible()
    assert_accessible(page, "candidater")
    page.get_by_label("Nom de l'entreprise").fill("Filature du Roumois")
    page.get_by_label("SIREN").fill(SIREN)
    commune = page.get_by_label("Commune (nom ou code postal)")
    commune.fill("malaunay")
    page.get_by_role("option", name=re.compile(r"^Malaunay \(76770\)")).click()
    page.get_by_label("Nom du projet").fill(PROJECT)
    page.get_by_label("Description du projet").fill("Relocaliser la filature du lin teillé en Normandie.")
    page.get_by_label("Nature du projet").select_option("RELOCATION")
    page.get_by_label("Filière").select_option("TEXTILE")
    page.get_by_label("Étude de marché").check()
    page.get_by_label("Nom et prénom").fill("Claire Lefort")
    page.get_by_label("Adresse e-mail").fill("claire.lefort@filature.example")
    page.get_by_label("J'accepte que ces informations soient utilisées pour étudier ma candidature.").check()
    page.get_by_role("button", name="Envoyer ma candidature").click()
    confirmation = page.get_by_role("status")
    expect(confirmation).to_contain_text("Candidature envoyée")
    expect(confirmation).to_contain_text("Normandie")
    page.screenshot(path=str(ARTIFACTS / "candidature.png"), full_page=True)


def test_a_candidacy_becomes_a_documented_project_and_a_mention_crosses_regions(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    apply(page)

    # Normandie's adviser finds the candidate and selects it.
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    # The list opens on « Mes projets »; the candidate has no adviser yet.
    page.get_by_role("radiogroup", name="Projets affichés").get_by_text("Tous", exact=True).click()
    page.get_by_role("link", name=PROJECT).click()
    expect(page.get_by_role("heading", level=1, name=PROJECT)).to_be_visible()
    page.get_by_role("button", name="Passer à : Sélectionné").click()
    page.get_by_role("dialog").get_by_role("button", name="Passer à : Sélectionné").click()
    parcours = page.get_by_role("region", name="Parcours")
    expect(parcours).to_contain_text("candidat → sélectionné")

    # Selected, the page proposes the next steps: the adviser who will follow it, then a cohort.
    next_steps = page.get_by_role("region", name="Prochaines étapes")
    next_steps.get_by_role("button", name="Attribuer le conseiller").click()
    dialog = page.get_by_role("dialog", name="Attribuer le conseiller du projet")
    assert_accessible(page, "attribuer-conseiller")
    dialog.get_by_label("Conseiller").select_option(label="Camille Lemoine")
    dialog.get_by_role("button", name="Attribuer le projet").click()
    expect(page.get_by_text("Camille Lemoine suit désormais le projet")).to_be_visible()
    expect(page.get_by_role("main")).not_to_contain_text("Non attribué")
    page.screenshot(path=str(ARTIFACTS / "projet-conseiller-attribue.png"), full_page=True)

    # The company record, completed: the main establishment's SIRET and the activity's NAF code.
    page.get_by_role("tab", name="Entreprise").click()
    company = page.get_by_role("tabpanel", name="Entreprise")
    expect(company).to_contain_text("Claire Lefort")
    company.get_by_role("button", name="Modifier la fiche").click()
    # The edit form open, with the contact and the notice of what its personal data is for.
    expect(company.get_by_role("group", name="Contact dans l'entreprise")).to_be_visible()
    assert_accessible(page, "entreprise-modifier")
    page.screenshot(path=str(ARTIFACTS / "entreprise-modifier.png"), full_page=True)
    siret = siret_of(SIREN)
    company.get_by_label("SIRET", exact=True).fill(siret)
    company.get_by_label("Code NAF", exact=True).fill("13.10Z")
    company.get_by_role("button", name="Enregistrer la fiche").click()
    expect(page.get_by_text("La fiche de l'entreprise a été mise à jour.")).to_be_visible()
    expect(company.get_by_role("button", name="Modifier la fiche")).to_be_focused()
    expect(company).to_contain_text(spaced_siret(siret))
    expect(company).to_contain_text("13.10Z — Préparation de fibres textiles et filature")

    # A product concerned, in its own tab.
    page.get_by_role("tab", name="Produits").click()
    products = page.get_by_role("tabpanel", name="Produits")
    expect(products).to_contain_text("Aucun produit n'est encore renseigné pour ce projet.")
    products.get_by_role("button", name="Modifier les produits").click()
    row = products.get_by_role("group", name="Produit 1")
    row.get_by_role("textbox", name="Produit", exact=True).fill("Fil de lin teillé")
    row.get_by_role("textbox", name="Code douanier").fill("5306 10 10")
    row.get_by_role("textbox", name="Importations annuelles remplacées").fill("120000")
    products.get_by_role("button", name="Enregistrer les produits").click()
    expect(page.get_by_text("Les produits concernés par le projet ont été enregistrés.")).to_be_visible()
    table = products.get_by_role("table")
    expect(table.get_by_role("row", name="Fil de lin teillé")).to_contain_text("5306 10 10")
    expect(table.get_by_role("row", name="Fil de lin teillé")).to_contain_text("120 000 €")
    assert_accessible(page, "projet-produits")
    page.screenshot(path=str(ARTIFACTS / "projet-produits.png"), full_page=True)

    # Then a PDF deliverable.
    page.get_by_role("tab", name="Documents").click()
    page.get_by_label("Fichier à déposer").set_input_files(
        files=[{"name": "synthese-etude.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    expect(page.get_by_text("synthese-etude.pdf a été déposé.")).to_be_visible()
    expect(page.get_by_role("tabpanel")).to_contain_text("synthese-etude.pdf")
    assert_accessible(page, "projet-documents")

    # A question to Hauts-de-France, with a mention.
    page.get_by_role("tab", name="Commentaires").click()
    box = page.get_by_label("Votre commentaire")
    box.fill("Connaissez-vous un fileur de lin ? ")
    box.press_sequentially("@Léa")
    page.get_by_role("option", name="Léa Dupuis").click()
    page.get_by_role("button", name="Publier le commentaire").click()
    expect(page.get_by_role("tabpanel")).to_contain_text("Connaissez-vous un fileur de lin ?")
    page.screenshot(path=str(ARTIFACTS / "projet-commentaires.png"), full_page=True)

    # Its author may delete it: the confirmation, checked open, then cancelled.
    own = page.get_by_role("article").filter(has_text="Connaissez-vous un fileur de lin ?")
    own.get_by_role("button", name="Supprimer").click()
    confirmation = page.get_by_role("dialog", name="Supprimer ce commentaire ?")
    expect(confirmation.get_by_role("button", name="Supprimer le commentaire")).to_be_visible()
    assert_accessible(page, "commentaire-supprimer")
    page.screenshot(path=str(ARTIFACTS / "commentaire-supprimer.png"), full_page=True)
    confirmation.get_by_role("button", name="Annuler").click()
    expect(confirmation).to_be_hidden()

    # Hauts-de-France's adviser sees the notice; it opens the thread on the summary card, and they answer.
    other_context = browser.new_context(**browser_context_args)
    browser_errors.watch(other_context)
    other = other_context.new_page()
    sign_in(other, "conseiller.hauts-de-france@demo.filiere.fr")
    # Other journeys may notify this adviser too (a sourcing request to every region): any unread count.
    other.get_by_role("link", name=re.compile(r"^Notifications \d+ non lues?$")).click()
    notices = other.get_by_role("list", name="Vos notifications")
    expect(notices).to_contain_text("Camille Lemoine vous a mentionné sur le projet")
    expect(notices).to_contain_text("Connaissez-vous un fileur de lin ?")
    assert_accessible(other, "notifications")
    notices.get_by_role("link", name=PROJECT).click()
    expect(other.get_by_role("heading", level=1, name=PROJECT)).to_be_visible()
    expect(other.get_by_role("tab", name="Commentaires")).to_have_attribute("aria-selected", "true")
    thread = other.get_by_role("tabpanel", name="Commentaires")
    expect(thread).to_contain_text("Connaissez-vous un fileur de lin ?")
    for confidential in ("Documents", "Équipe", "Produits"):
        expect(other.get_by_role("tab", name=confidential)).to_have_count(0)
    expect(other.get_by_role("main")).not_to_contain_text("Claire Lefort")
    expect(other.get_by_role("main")).not_to_contain_text("Fil de lin teillé")
    thread.get_by_label("Votre commentaire").fill("Oui : je vous mets en relation avec une filature de notre région.")
    thread.get_by_role("button", name="Publier le commentaire").click()
    expect(thread).to_contain_text("je vous mets en relation avec une filature")
    assert_accessible(other, "fil-mentionne")
    other.screenshot(path=str(ARTIFACTS / "fiche-resumee-fil.png"), full_page=True)
    other.context.close()

    # Normandie sees the answer in its thread.
    page.reload()
    page.get_by_role("tab", name="Commentaires").click()
    expect(page.get_by_role("tabpanel", name="Commentaires")).to_contain_text(
        "je vous mets en relation avec une filature"
    )
