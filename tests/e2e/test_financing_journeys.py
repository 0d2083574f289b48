"""Browser journeys of financing (issue 15): a coach fills the investment plan of the project they follow,
takes a proposed scheme into the financing plan, marks it obtained and exports the plan; the de minimis
warning of a plan over the ceiling; the catalogue of schemes, searched, and a scheme refused then created by
CCI France. Each page, dialog and menu is checked with axe."""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

# The demo's coach follows MIJUIN, whose plans the demo fills (`demo/financing_plans.py`).
MIJUIN = "Fabrication de marques complémentaires en lin"
# A Normandie plan over the de minimis ceiling once the company's earlier aid counts.
OVER_CEILING = "Sèche-linge à pompe à chaleur (démo)"


def checked(page: Page, name: str) -> None:
    assert_accessible(page, name)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_coach_fills_the_plan_takes_a_proposed_scheme_marks_it_obtained_and_exports(page: Page) -> None:
    sign_in(page, "coach.normandie@demo.filiere.fr")
    page.get_by_role("region", name="Mes projets").get_by_role("link", name=MIJUIN).click()
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    page.get_by_role("tab", name="Financement").click()
    panel = page.get_by_role("tabpanel", name="Financement")
    lines = panel.get_by_role("table", name="Lignes du plan d'investissement")
    expect(lines).to_contain_text("Métier à tisser jacquard (démo)")
    expect(panel.get_by_role("table", name="Investissement par catégorie")).to_contain_text("Machines et équipements")
    expect(panel.get_by_role("table", name="Équilibre du plan par année")).to_be_visible()
    checked(page, "financement-onglet")

    # A line typed in the table: Enter saves it, the totals follow.
    label = f"Presse de découpe {uuid.uuid4().hex[:4]} (démo)"
    panel.get_by_role("button", name="Ajouter une ligne").click()
    row = lines.locator("tr[data-editing]")
    expect(row.get_by_role("combobox", name=re.compile(r"^Catégorie de la ligne"))).to_be_focused()
    row.get_by_role("combobox", name=re.compile(r"^Catégorie de la ligne")).select_option(label="Outillage")
    row.get_by_role("textbox", name=re.compile(r"^Montant HT")).fill("abc")
    row.get_by_role("textbox", name=re.compile(r"^Libellé de la ligne")).fill(label)
    row.get_by_role("textbox", name=re.compile(r"^Libellé de la ligne")).press("Enter")
    expect(row).to_contain_text("Le montant s'indique en euros entiers")
    checked(page, "financement-ligne-erreur")
    row.get_by_role("textbox", name=re.compile(r"^Montant HT")).fill("45 000")
    row.get_by_role("textbox", name=re.compile(r"^Montant HT")).press("Enter")
    saved = lines.get_by_role("row").filter(has_text=label)
    expect(saved).to_contain_text("45 000 €")
    expect(saved).to_contain_text("Outillage")
    expect(panel.get_by_role("table", name="Investissement par catégorie")).to_contain_text("Outillage")
    expect(panel.get_by_role("button", name=f"Modifier la ligne « {label} »")).to_be_focused()

    # Escape gives an edit up.
    panel.get_by_role("button", name=f"Modifier la ligne « {label} »").click()
    lines.get_by_role("textbox", name=re.compile(r"^Libellé de la ligne")).fill("Changement abandonné")
    lines.get_by_role("textbox", name=re.compile(r"^Libellé de la ligne")).press("Escape")
    expect(lines.get_by_role("row").filter(has_text=label)).to_be_visible()
    expect(lines).not_to_contain_text("Changement abandonné")

    # A deletion is confirmed first.
    panel.get_by_role("button", name=f"Supprimer la ligne « {label} »").click()
    confirmation = page.get_by_role("dialog", name="Supprimer la ligne")
    expect(confirmation).to_contain_text("45 000 €")
    checked(page, "financement-supprimer-ligne")
    confirmation.get_by_role("button", name="Garder la ligne").click()
    expect(confirmation).to_be_hidden()
    expect(lines.get_by_role("row").filter(has_text=label)).to_be_visible()

    # « Dispositifs proposés »: with their reasons; one click adds one as a source to apply.
    proposals = panel.get_by_role("list", name="Dispositifs proposés")
    expect(proposals.get_by_role("listitem").first).to_contain_text("Pourquoi")
    add = proposals.get_by_role("button", name=re.compile(r"^Ajouter au plan « .+ »$")).first
    scheme = re.sub(r"^Ajouter au plan « (.+) »$", r"\1", add.get_attribute("aria-label") or "")
    add.click()
    sources = panel.get_by_role("table", name="Ressources du plan de financement")
    source = sources.get_by_role("row").filter(has_text=scheme).last
    expect(source).to_contain_text("À déposer")
    expect(proposals.get_by_role("listitem").filter(has_text=scheme)).to_contain_text("Dans le plan")

    # Obtained, with its dates: the dialog says where a date contradicts the status.
    source.get_by_role("button", name=re.compile(r"^Modifier la ressource")).click()
    dialog = page.get_by_role("dialog", name="Modifier la ressource")
    dialog.get_by_role("combobox", name=re.compile(r"^Statut")).select_option(label="Obtenu")
    dialog.get_by_role("textbox", name="Date de dépôt").fill("15/03/2026")
    dialog.get_by_role("textbox", name="Date de décision").fill("10/03/2026")
    dialog.get_by_role("button", name="Enregistrer").click()
    expect(dialog.get_by_role("textbox", name="Date de décision")).to_have_attribute("aria-invalid", "true")
    checked(page, "financement-ressource-dialogue")
    dialog.get_by_role("textbox", name="Date de décision").fill("20/06/2026")
    dialog.get_by_role("button", name="Enregistrer").click()
    expect(dialog).to_be_hidden()
    expect(source).to_contain_text("Obtenu")
    expect(source).to_contain_text("Décision le 20 juin 2026")

    # The bank-style workbook.
    with page.expect_download() as download:
        panel.get_by_role("button", name="Exporter le plan (.xlsx)").click()
    path = Path(download.value.path())
    assert download.value.suggested_filename.endswith(".xlsx")
    assert zipfile.is_zipfile(path)

    # The printable page.
    panel.get_by_role("link", name="Version imprimable").click()
    expect(page.get_by_role("heading", level=1, name=f"Plan de financement — {MIJUIN}")).to_be_visible()
    expect(page.get_by_role("table", name="Ressources du plan de financement")).to_contain_text(scheme)
    expect(page.get_by_role("button", name="Modifier", exact=False)).to_have_count(0)
    checked(page, "financement-impression")
    # On paper: the plan alone, without the app's header, navigation and buttons.
    page.emulate_media(media="print")
    expect(page.get_by_role("banner")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Navigation principale")).to_be_hidden()
    expect(page.get_by_role("button", name="Imprimer")).to_be_hidden()
    expect(page.get_by_role("table", name="Équilibre du plan par année")).to_be_visible()
    page.emulate_media(media="screen")


def test_an_adviser_reads_the_de_minimis_warning_and_enters_the_company_earlier_aid(page: Page) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Projets")).to_be_visible()
    page.get_by_role("link", name=OVER_CEILING).click()
    expect(page.get_by_role("heading", level=1, name=OVER_CEILING)).to_be_visible()
    page.get_by_role("tab", name="Financement").click()
    panel = page.get_by_role("tabpanel", name="Financement")
    box = panel.get_by_role("region", name="Plafond de minimis")
    expect(box.get_by_role("alert")).to_contain_text("Le plan dépasse le plafond de minimis")
    expect(box.get_by_role("alert")).to_contain_text("300 000 €")
    expect(box.get_by_role("alert")).to_contain_text("Le plafond est dépassé à partir du")
    checked(page, "financement-de-minimis")

    box.get_by_role("button", name="Ajouter une aide antérieure").click()
    dialog = page.get_by_role("dialog", name="Aide de minimis antérieure")
    dialog.get_by_role("button", name="Ajouter l'aide").click()
    expect(dialog).to_contain_text("Indiquez qui l'a octroyée.")
    checked(page, "financement-aide-anterieure")
    dialog.get_by_role("button", name="Annuler").click()
    expect(dialog).to_be_hidden()


def test_the_catalogue_is_searched_and_cci_france_adds_a_scheme(page: Page) -> None:
    sign_in(page, "national@demo.filiere.fr")
    page.get_by_role("link", name="Dispositifs de financement").click()
    expect(page.get_by_role("heading", level=1, name="Dispositifs de financement")).to_be_visible()
    table = page.get_by_role("table", name="Dispositifs de financement")
    expect(table.get_by_role("row").nth(1)).to_be_visible()
    checked(page, "dispositifs-catalogue")

    page.get_by_role("combobox", name="Territoire").select_option(label="Normandie")
    expect(page.get_by_role("status")).to_contain_text("dispositif")
    page.get_by_role("searchbox", name=re.compile(r"^Rechercher")).fill("aucun dispositif ne porte ce nom")
    expect(page.get_by_text("Aucun dispositif ne correspond à ces critères.")).to_be_visible()
    page.get_by_role("searchbox", name=re.compile(r"^Rechercher")).fill("")

    name = f"Aide au test {uuid.uuid4().hex[:6]} (démo)"
    page.get_by_role("button", name="Nouveau dispositif").click()
    dialog = page.get_by_role("dialog", name="Nouveau dispositif")
    dialog.get_by_role("button", name="Créer le dispositif").click()
    expect(dialog).to_contain_text("Indiquez le nom du dispositif.")
    checked(page, "dispositifs-dialogue")
    dialog.get_by_role("textbox", name=re.compile(r"^Nom")).fill(name)
    dialog.get_by_role("textbox", name=re.compile(r"^Financeur")).fill("Financeur fictif (démo)")
    dialog.get_by_role("combobox", name=re.compile(r"^Type")).select_option(label="Subvention")
    dialog.get_by_role("textbox", name="Source", exact=False).first.fill("pas une adresse")
    dialog.get_by_role("button", name="Créer le dispositif").click()
    expect(dialog.get_by_role("textbox", name=re.compile(r"^Source"))).to_have_attribute("aria-invalid", "true")
    dialog.get_by_role("textbox", name=re.compile(r"^Source")).fill("https://exemple.fr/aide-demo")
    dialog.get_by_role("button", name="Créer le dispositif").click()
    expect(dialog).to_be_hidden()
    page.get_by_role("searchbox", name=re.compile(r"^Rechercher")).fill(name)
    expect(page.get_by_role("table", name="Dispositifs de financement")).to_contain_text(name)
