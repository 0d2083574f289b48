"""Issue 13, « Organisations »: an operator adds a partner organisation (the server's refusal of a bad website
shown under the field, then fixed) and edits it; the list says how many accounts each one has."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e


def test_an_operator_creates_and_edits_an_organisation(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "ops@demo.filiere.fr")
    page.get_by_role("link", name="Organisations").click()
    expect(page.get_by_role("heading", level=1, name="Organisations")).to_be_visible()
    table = page.get_by_role("table", name="Organisations partenaires")
    expect(table.get_by_role("row").filter(has_text="Bpifrance")).to_contain_text("1 compte")
    assert_accessible(page, "organisations")

    # « Nouvelle organisation »: a website the server refuses, said under the field; fixed, it is created.
    page.get_by_role("button", name="Nouvelle organisation").click()
    dialog = page.get_by_role("dialog", name="Nouvelle organisation")
    assert_accessible(page, "organisations-nouvelle")
    dialog.get_by_label("Nom").fill("Atelier du Lin Normand")
    dialog.get_by_label("Type").select_option("NETWORK")
    dialog.get_by_label("Site internet").fill("ftp://lin-normand.fr")
    dialog.get_by_role("button", name="Créer l'organisation").click()
    expect(dialog.get_by_text("Le site internet doit être une adresse http ou https complète")).to_be_visible()
    dialog.get_by_label("Site internet").fill("www.lin-normand.fr")
    dialog.get_by_role("button", name="Créer l'organisation").click()
    expect(dialog).to_have_count(0)
    row = table.get_by_role("row").filter(has_text="Atelier du Lin Normand")
    expect(row).to_contain_text("Réseau")
    expect(row).to_contain_text("www.lin-normand.fr (nouvel onglet)")
    expect(row).to_contain_text("0 compte")

    # « Modifier »: its identifier stays, its name and kind change.
    page.get_by_role("button", name="Modifier Atelier du Lin Normand").click()
    edit = page.get_by_role("dialog", name="Modifier Atelier du Lin Normand")
    expect(edit).to_contain_text("Identifiant : atelier-du-lin-normand")
    assert_accessible(page, "organisations-modifier")
    edit.get_by_label("Nom").fill("Atelier du Lin de Normandie")
    edit.get_by_label("Type").select_option("DISTRIBUTOR")
    edit.get_by_role("button", name="Enregistrer").click()
    expect(edit).to_have_count(0)
    row = table.get_by_role("row").filter(has_text="Atelier du Lin de Normandie")
    expect(row).to_contain_text("Distributeur")
    page.screenshot(path=str(ARTIFACTS / "organisations.png"), full_page=True)
