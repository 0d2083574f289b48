"""The selection committee in the browser: two members of Hauts-de-France score the same candidacy on their own,
then read the average, the spread and who scored what beside the candidacy's record."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

CANDIDATE = "Conserves de légumes de plein champ (démo)"


def open_candidacy(page: Page, email: str) -> Locator:
    sign_in(page, email)
    page.get_by_role("link", name="Candidatures", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Candidatures")).to_be_visible()
    page.get_by_role("button", name=CANDIDATE).click()
    return page.get_by_role("dialog", name=CANDIDATE)


def score(drawer: Locator, points: list[str], comment: str) -> None:
    mine = drawer.get_by_role("region", name="Ma note")
    for group, value in zip(mine.get_by_role("radiogroup").all(), points, strict=True):
        group.get_by_role("radio", name=value, exact=True).check()
    mine.get_by_role("textbox", name="Commentaire (facultatif)").fill(comment)
    mine.get_by_role("button", name="Enregistrer ma note").click()


def whole_drawer(page: Page, name: str) -> None:
    """The drawer is as tall as the window: a taller window shows all of it on the screenshot."""
    size = page.viewport_size
    assert size is not None
    page.set_viewport_size({"width": size["width"], "height": 2600})
    page.screenshot(path=str(ARTIFACTS / name))
    page.set_viewport_size(size)


def test_two_members_score_a_candidacy_and_read_the_committee(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: BrowserErrors
) -> None:
    # The regional admin opens the candidacy: its whole record, then their own grid.
    drawer = open_candidacy(page, "admin.hauts-de-france@demo.filiere.fr")
    for term in ("SIREN", "Code NAF", "Filière", "Nature", "Candidature déposée le"):
        expect(drawer.get_by_text(term, exact=True)).to_be_visible()
    expect(drawer.get_by_role("region", name="Contact dans l'entreprise")).to_be_visible()
    expect(drawer).to_contain_text("Aucun membre du comité n'a encore noté cette candidature.")
    score(drawer, ["3", "3", "2", "3", "2"], "Marché à confirmer.")
    expect(drawer).to_contain_text("Moyenne du comité : 13 / 20 (1 membre a noté).")

    # The adviser scores on their own; the committee then reads two scores.
    other_context = browser.new_context(**browser_context_args)
    browser_errors.watch(other_context)
    other = other_context.new_page()
    other_drawer = open_candidacy(other, "conseiller.hauts-de-france@demo.filiere.fr")
    expect(other_drawer).to_contain_text("Vous n'avez pas encore noté cette candidature.")
    score(other_drawer, ["4", "3", "4", "3", "3"], "Dossier solide.")
    expect(other_drawer).to_contain_text("Moyenne du comité : 15 / 20, de 13 à 17 selon les 2 membres qui ont noté.")
    table = other_drawer.get_by_role("table", name="Qui a noté quoi")
    expect(table.get_by_role("columnheader", name="Léa Dupuis (vous)")).to_be_visible()
    expect(table.get_by_role("columnheader", name="Mathis Carpentier")).to_be_visible()
    expect(table.get_by_role("row", name="Total")).to_contain_text("de 13 à 17")
    expect(other_drawer.get_by_role("list", name="Commentaires des membres")).to_contain_text("Marché à confirmer.")
    assert_accessible(other, "candidature-comite")
    whole_drawer(other, "candidature-comite.png")
    # The list orders the candidacies by the committee's average.
    other.keyboard.press("Escape")
    row = other.get_by_role("row", name=CANDIDATE)
    expect(row).to_contain_text("15 / 20")
    expect(row).to_contain_text("2 notes, de 13 à 17")
    other_context.close()

    # The admin rewrites only their own score: the adviser's stays.
    page.reload()
    page.get_by_role("button", name=CANDIDATE).click()
    drawer = page.get_by_role("dialog", name=CANDIDATE)
    mine = drawer.get_by_role("region", name="Ma note")
    expect(mine).to_contain_text("Vous avez noté 13 / 20")
    mine.get_by_role("radiogroup").first.get_by_role("radio", name="4", exact=True).check()
    mine.get_by_role("button", name="Réécrire ma note").click()
    expect(drawer).to_contain_text("Moyenne du comité : 15,5 / 20, de 14 à 17 selon les 2 membres qui ont noté.")
    assert_accessible(page, "candidature-ma-note")
    whole_drawer(page, "candidature-fiche-et-grille.png")
