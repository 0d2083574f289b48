"""axe with the menus, lists and confirmations open that the accessibility walk found failing (red confirm
buttons, an open multi-select, the phone's account menu): each is opened, checked, and closed without
writing anything."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def test_an_open_filter_list_and_a_red_confirmation_pass_axe(page: Page) -> None:
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("link", name="Projets", exact=True).click()
    page.get_by_role("radiogroup", name="Projets affichés").get_by_text("Tous", exact=True).click()

    # The status filter, open: its options are listed in one scrolling popup.
    page.get_by_role("combobox", name="Statut").click()
    options = page.get_by_role("listbox")
    expect(options.get_by_role("option").first).to_be_visible()
    assert_accessible(page, "filtre-statut-ouvert")
    page.keyboard.press("Escape")
    expect(options).to_be_hidden()

    # « Abandonner le projet… »: its red confirm button on white must read at AA contrast.
    page.get_by_role("link", name="Vélo taxi innovant").click()
    page.get_by_role("group", name="Changer le statut du projet").get_by_role(
        "button", name="Abandonner le projet…"
    ).click()
    dialog = page.get_by_role("dialog", name="Abandonner ce projet ?")
    expect(dialog.get_by_role("button", name="Abandonner le projet", exact=True)).to_be_visible()
    assert_accessible(page, "abandonner-projet")
    dialog.get_by_role("button", name="Annuler").click()
    expect(dialog).to_be_hidden()


def test_the_phone_account_menu_passes_axe_open(page: Page) -> None:
    page.set_viewport_size(PHONE)
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.get_by_role("button", name="Mon compte").click()
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem", name="Se déconnecter")).to_be_visible()
    assert_accessible(page, "menu-compte-mobile")
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
