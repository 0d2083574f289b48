"""Issue 13, « Utilisateurs »: a regional admin lists the advisers of their region, filters the list from
the address, invites an adviser (the account waits for its invitation) and is asked before deactivating one."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e


def test_a_regional_admin_invites_an_adviser(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "admin.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Utilisateurs").click()
    expect(page.get_by_role("heading", level=1, name="Utilisateurs")).to_be_visible()
    table = page.get_by_role("table", name="Comptes")
    expect(table).to_contain_text("conseiller.normandie@demo.filiere.fr")
    expect(table).to_contain_text("Camille Lemoine")

    # « Inviter »: the region is the admin's own; the new account waits for its invitation.
    page.get_by_role("button", name="Inviter").click()
    dialog = page.get_by_role("dialog", name="Inviter une personne")
    expect(dialog.get_by_label("Région")).to_have_value("normandie")
    assert_accessible(page, "utilisateurs-inviter")
    dialog.get_by_label("Adresse e-mail").fill("nouveau.conseiller@demo.filiere.fr")
    dialog.get_by_label("Nom affiché").fill("Nouveau Conseiller")
    dialog.get_by_role("button", name="Inviter").click()
    # Sent when the server has a mail relay (the expiry said then, Vitest checks it), or said not sent.
    expect(dialog.get_by_role("status")).to_contain_text("Le compte de Nouveau Conseiller")
    dialog.get_by_role("button", name="Fermer").first.click()
    row = table.get_by_role("row").filter(has_text="nouveau.conseiller@demo.filiere.fr")
    expect(row).to_contain_text("Invitation en attente")

    # The same address twice: the server's refusal under the field.
    page.get_by_role("button", name="Inviter").click()
    dialog.get_by_label("Adresse e-mail").fill("nouveau.conseiller@demo.filiere.fr")
    dialog.get_by_label("Nom affiché").fill("Nouveau Conseiller")
    dialog.get_by_role("button", name="Inviter").click()
    expect(dialog.get_by_text("Un compte existe déjà avec cette adresse e-mail.")).to_be_visible()
    dialog.get_by_role("button", name="Annuler").click()

    # Filters live in the address.
    page.get_by_label("État").select_option("non")
    expect(page).to_have_url(re.compile(r"/utilisateurs\?actif=non$"))
    expect(table).to_contain_text("nouveau.conseiller@demo.filiere.fr")
    # The exact cell: the demo's deactivated « ancien.conseiller.normandie@… » contains the address.
    expect(table.get_by_role("cell", name="conseiller.normandie@demo.filiere.fr", exact=True)).to_have_count(0)
    page.get_by_label("État").select_option("")
    expect(table).to_contain_text("conseiller.normandie@demo.filiere.fr")
    assert_accessible(page, "utilisateurs")
    page.screenshot(path=str(ARTIFACTS / "utilisateurs.png"), full_page=True)

    # « Désactiver » asks first and says that the sessions end at once; « Annuler » leaves the account open.
    page.get_by_role("button", name="Actions pour Camille Lemoine").click()
    page.get_by_role("menuitem", name="Désactiver").click()
    confirm = page.get_by_role("dialog", name="Désactiver le compte de Camille Lemoine ?")
    expect(confirm).to_contain_text("Ses sessions prennent fin immédiatement")
    assert_accessible(page, "utilisateurs-desactiver")
    confirm.get_by_role("button", name="Annuler").click()
    expect(confirm).to_have_count(0)
    expect(table.get_by_role("row").filter(has_text="Camille Lemoine")).to_contain_text("Actif")


def test_a_regional_admin_renames_and_invites_again_from_a_rows_menu(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "admin.bourgogne-franche-comte@demo.filiere.fr")
    page.get_by_role("link", name="Utilisateurs").click()
    table = page.get_by_role("table", name="Comptes")
    expect(table).to_contain_text("conseiller.bourgogne-franche-comte@demo.filiere.fr")

    page.get_by_role("button", name="Inviter").click()
    dialog = page.get_by_role("dialog", name="Inviter une personne")
    dialog.get_by_label("Adresse e-mail").fill("invitee.bfc@demo.filiere.fr")
    dialog.get_by_label("Nom affiché").fill("Invitée Bourgogne")
    dialog.get_by_role("button", name="Inviter").click()
    expect(dialog.get_by_role("status")).to_contain_text("Le compte de Invitée Bourgogne")
    dialog.get_by_role("button", name="Fermer").first.click()
    row = table.get_by_role("row").filter(has_text="invitee.bfc@demo.filiere.fr")
    expect(row).to_contain_text("Invitation en attente")

    # The row's menu: rename, send the invitation again (never opened: nothing to deactivate yet).
    row.get_by_role("button", name="Actions pour Invitée Bourgogne").click()
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_count(2)
    assert_accessible(page, "utilisateurs-menu")
    menu.get_by_role("menuitem", name="Renommer").click()
    rename = page.get_by_role("dialog", name="Renommer le compte de Invitée Bourgogne")
    assert_accessible(page, "utilisateurs-renommer")
    rename.get_by_label("Nom affiché").fill("Inès Bourgogne")
    rename.get_by_role("button", name="Renommer").click()
    expect(rename).to_have_count(0)
    expect(row).to_contain_text("Inès Bourgogne")

    row.get_by_role("button", name="Actions pour Inès Bourgogne").click()
    page.get_by_role("menuitem", name="Renvoyer l'invitation").click()
    again = page.get_by_role("dialog", name="Renvoyer l'invitation à Inès Bourgogne ?")
    expect(again).to_contain_text("le lien précédent ne fonctionne plus")
    assert_accessible(page, "utilisateurs-renvoyer")
    again.get_by_role("button", name="Renvoyer l'invitation").click()
    # Sent when the server has a mail relay, or said not sent: either way a new link exists.
    expect(again.get_by_role("status")).to_contain_text("invitee.bfc@demo.filiere.fr")
    again.get_by_role("button", name="Fermer").first.click()
    expect(row).to_contain_text("Invitation en attente")
