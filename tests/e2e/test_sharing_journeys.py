"""Browser journey of sharing a project with a partner (issue 14): the adviser shares, the partner reads
(without the CCI's notes), the read shows in the project's access log, the adviser revokes, the partner
reads nothing more."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

# A one-page PDF, as a scanned signature would come.
SIGNED_CONSENT = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
# A Normandie project the demo shares with nobody: the journey leaves it so.
PROJECT = "Chauffage à partir de matériaux sourcés localement"


def test_adviser_shares_a_project_sees_the_partners_reads_and_revokes(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    page.get_by_role("link", name=PROJECT).click()
    expect(page.get_by_role("heading", level=1, name=PROJECT)).to_be_visible()
    project_url = page.url
    # Every section of the record in sight on a laptop; on a phone, one line that scrolls sideways.
    sections = page.get_by_role("tablist", name="Sections du projet")
    expect(sections.get_by_role("tab", name="Partage")).to_be_visible()
    for tab in sections.get_by_role("tab").all():
        box = tab.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1366, tab.text_content()
    page.set_viewport_size({"width": 390, "height": 844})
    assert sections.evaluate(
        "list => list.scrollWidth > list.clientWidth && getComputedStyle(list).flexWrap === 'nowrap'"
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    page.get_by_role("tab", name="Partage").click()
    panel = page.get_by_role("tabpanel", name="Partage")
    expect(panel).to_contain_text("Ce projet n'est partagé avec aucun partenaire.")
    expect(panel).to_contain_text("Chaque consultation par un partenaire apparaît ici")
    assert_accessible(page, "partage")

    # « Partager avec un partenaire »: beyond the summary card, the company's consent is asked for.
    panel.get_by_role("button", name="Partager avec un partenaire").click()
    dialog = page.get_by_role("dialog", name="Partager avec un partenaire")
    organisation = dialog.get_by_role("combobox", name=re.compile(r"^Organisation partenaire"))
    organisation.click()
    organisation.fill("Bpi")
    page.get_by_role("option", name="Bpifrance").click()
    dialog.get_by_role("radio", name=re.compile(r"^Financement :")).check()
    dialog.get_by_role("button", name="Partager", exact=True).click()
    expect(dialog).to_contain_text("Indiquez qui, dans l'entreprise, a donné son accord.")
    assert_accessible(page, "partage-dialogue")
    page.screenshot(path=str(ARTIFACTS / "partage-dialogue.png"), full_page=True)
    dialog.get_by_role("textbox", name=re.compile(r"^Qui a donné son accord")).fill("Jeanne Martin, présidente")
    dialog.get_by_role("textbox", name=re.compile(r"^Pourquoi ce partage")).fill("Étude d'un prêt d'amorçage")
    # The signed paper, joined to the grant once it is stored: read by the team, never by the partner.
    dialog.locator("input[type=file]").set_input_files(
        files=[{"name": "accord-signe.pdf", "mimeType": "application/pdf", "buffer": SIGNED_CONSENT}]
    )
    dialog.get_by_role("button", name="Partager", exact=True).click()
    expect(dialog).to_be_hidden()
    grants = panel.get_by_role("list", name="Partages du projet")
    expect(grants).to_contain_text("Bpifrance")
    expect(grants).to_contain_text("Financement — jusqu'au")
    expect(grants).to_contain_text("Accord de Jeanne Martin, présidente le")
    expect(grants.get_by_role("link", name=re.compile(r"accord-signe\.pdf"))).to_be_visible()

    # Bpifrance reads the project, without the CCI's notes: each read is logged.
    partner_context = browser.new_context(**browser_context_args)
    browser_errors.watch(partner_context)
    partner = partner_context.new_page()
    sign_in(partner, "bpifrance@demo.filiere.fr")
    partner.goto(project_url)
    expect(partner.get_by_role("heading", level=1, name=PROJECT)).to_be_visible()
    expect(partner.get_by_role("heading", name="Notes internes")).to_have_count(0)
    expect(partner.get_by_text("Note interne fictive")).to_have_count(0)
    expect(partner.get_by_role("tab", name="Partage")).to_have_count(0)

    # The adviser sees the read in « Journal des accès ».
    page.reload()
    log = page.get_by_role("list", name="Consultations du projet par des partenaires")
    expect(log).to_contain_text(re.compile(r"Bpifrance \(.+\) a consulté"))
    expect(page.get_by_role("button", name="Exporter (.xlsx)")).to_be_visible()
    assert_accessible(page, "partage-journal")
    page.screenshot(path=str(ARTIFACTS / "partage-journal.png"), full_page=True)

    # « Révoquer », from the row's menu, after a confirmation.
    page.get_by_role("button", name="Actions sur le partage avec Bpifrance").click()
    expect(page.get_by_role("menu").get_by_role("menuitem")).to_have_count(2)
    # Measured once faded in: half-transparent items would fail on contrast.
    page.wait_for_function("() => getComputedStyle(document.querySelector('[role=menu]')).opacity === '1'")
    assert_accessible(page, "partage-menu")
    page.get_by_role("menuitem", name="Révoquer").click()
    confirmation = page.get_by_role("dialog", name="Révoquer le partage")
    assert_accessible(page, "partage-revoquer")
    confirmation.get_by_role("button", name="Révoquer le partage").click()
    expect(confirmation).to_be_hidden()
    grants = page.get_by_role("list", name="Partages du projet")
    expect(grants.get_by_role("listitem").first).to_contain_text("Révoqué")

    # The partner's next request no longer finds the project.
    partner.reload()
    expect(partner.get_by_role("heading", level=1, name=PROJECT)).to_have_count(0)
    expect(partner.get_by_role("heading", level=1)).to_be_visible()
    partner.get_by_role("link", name=re.compile(r"Projets")).first.click()
    expect(partner.get_by_role("main")).not_to_contain_text(PROJECT)
    partner_context.close()


# Shared with Bpifrance by the demo (financing).
MIJUIN = "Fabrication de marques complémentaires en lin"


def test_a_partner_asks_the_adviser_a_question_and_reads_the_answer(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    page.get_by_role("link", name=MIJUIN).click()
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    project_url = page.url

    # Bpifrance asks from the project's page.
    partner_context = browser.new_context(**browser_context_args)
    browser_errors.watch(partner_context)
    partner = partner_context.new_page()
    sign_in(partner, "bpifrance@demo.filiere.fr")
    partner.goto(project_url)
    questions = partner.get_by_role("region", name="Vos questions au conseiller")
    expect(questions).to_contain_text("Aucune question pour l'instant.")
    questions.get_by_role("textbox", name=re.compile(r"^Votre question")).fill("Quel montant de prêt envisagez-vous ?")
    questions.get_by_role("button", name="Envoyer la question").click()
    expect(questions.get_by_role("listitem")).to_contain_text("Quel montant de prêt envisagez-vous ?")
    assert_accessible(partner, "questions-partenaire")

    # The adviser reads it under « Commentaires », with the organisation, and answers.
    page.get_by_role("tab", name="Commentaires").click()
    team = page.get_by_role("region", name="Questions des partenaires")
    bpifrance = team.get_by_role("region", name="Bpifrance")
    expect(bpifrance).to_contain_text("Quel montant de prêt envisagez-vous ?")
    assert_accessible(page, "questions-equipe")
    bpifrance.get_by_role("textbox", name=re.compile(r"^Votre réponse à Bpifrance")).fill("Environ 200 000 €.")
    bpifrance.get_by_role("button", name="Répondre").click()
    expect(bpifrance.get_by_role("listitem")).to_have_count(2)

    # Bpifrance reads the answer.
    partner.reload()
    expect(partner.get_by_role("region", name="Vos questions au conseiller")).to_contain_text("Environ 200 000 €.")
    partner_context.close()
