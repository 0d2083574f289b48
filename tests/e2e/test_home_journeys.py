"""Issue 12, « Mon tableau de bord »: each member of the staff lands on their work — an adviser on their
projects, deadlines, milestones, requests and notifications, the region's head on the candidacies to
review, CCI France on the regions side by side — and an adviser's project list opens on « Mes projets »,
« Tous » one click away (and « Précédent » back)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}


def dashboard(page: Page) -> None:
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1, name="Mon tableau de bord")).to_be_visible()
    expect(page.get_by_role("link", name="Tableau de bord")).to_have_attribute("aria-current", "page")


def both_screens(page: Page, name: str) -> None:
    """axe and a screenshot on a desktop, then on a phone."""
    page.set_viewport_size(DESKTOP)
    assert_accessible(page, name)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(PHONE)
    assert_accessible(page, f"{name}-mobile")
    page.screenshot(path=str(ARTIFACTS / f"{name}-mobile.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_an_adviser_lands_on_their_work_and_their_projects(page: Page) -> None:
    page.set_viewport_size(DESKTOP)
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    dashboard(page)

    projects = page.get_by_role("region", name="Mes projets")
    expect(projects).to_contain_text("Vous suivez 7 projets.")
    mine = projects.get_by_role("list", name="Mes projets et leur prochaine échéance").get_by_role("listitem")
    expect(mine).to_have_count(5)
    expect(mine.first).to_contain_text("Prochaine échéance")

    milestones = page.get_by_role("region", name="Mes jalons")
    expect(milestones).to_contain_text(re.compile(r"jalons? en retard, .* à venir dans les 10 prochains jours ouvrés"))
    coming = milestones.get_by_role("list", name="Mes jalons en retard et à venir").get_by_role("listitem")
    expect(coming.first).to_contain_text("En retard")

    expect(page.get_by_role("region", name="Demandes de sourcing")).to_contain_text("la réponse de votre région")
    expect(page.get_by_role("region", name="Notifications")).to_contain_text("non lue")
    expect(page.get_by_role("region", name="Candidatures à examiner")).to_have_count(0)
    both_screens(page, "tableau-de-bord")

    # « Voir mes projets »: the list opens on « Mes projets ».
    projects.get_by_role("link", name="Voir mes projets").click()
    expect(page.get_by_role("heading", level=1, name="Projets")).to_be_visible()
    view = page.get_by_role("radiogroup", name="Projets affichés")
    expect(view.get_by_role("radio", name="Mes projets")).to_be_checked()
    expect(page.get_by_text("7 projets")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Vélo taxi innovant")
    assert_accessible(page, "projets-mes-projets")
    page.screenshot(path=str(ARTIFACTS / "projets-mes-projets.png"), full_page=True)

    # « Tous » in one click, in the address; « Précédent » comes back to « Mes projets ».
    view.get_by_text("Tous", exact=True).click()
    expect(page).to_have_url(re.compile(r"/projets\?conseiller=tous$"))
    expect(view.get_by_role("radio", name="Tous")).to_be_checked()
    expect(page.get_by_role("table")).to_contain_text("Vélo taxi innovant")
    page.go_back()
    expect(page).to_have_url(re.compile(r"/projets$"))
    expect(view.get_by_role("radio", name="Mes projets")).to_be_checked()

    # The navigation's « Tableau de bord » comes back home.
    page.get_by_role("link", name="Tableau de bord").click()
    dashboard(page)


def test_the_region_s_head_sees_the_candidacies_to_review(page: Page) -> None:
    page.set_viewport_size(DESKTOP)
    sign_in(page, "admin.hauts-de-france@demo.filiere.fr")
    dashboard(page)
    candidacies = page.get_by_role("region", name="Candidatures à examiner")
    expect(candidacies).to_contain_text("1 candidature attend votre décision.")
    expect(candidacies.get_by_role("link", name="Conserves de légumes de plein champ (démo)")).to_be_visible()
    expect(page.get_by_role("region", name="Mes projets")).to_have_count(0)
    both_screens(page, "tableau-de-bord-responsable")

    candidacies.get_by_role("link", name="Examiner les candidatures").click()
    expect(page).to_have_url(re.compile(r"/candidatures$"))
    expect(page.get_by_text("Conserves de légumes de plein champ (démo)").first).to_be_visible()


def test_cci_france_sees_the_regions_side_by_side(page: Page) -> None:
    page.set_viewport_size(DESKTOP)
    sign_in(page, "national@demo.filiere.fr")
    dashboard(page)
    table = page.get_by_role("table", name="Projets de chaque région, par étape")
    rows = table.get_by_role("row")
    expect(rows).to_have_count(5)  # the header and the four regions
    expect(table.get_by_role("row", name=re.compile("^Hauts-de-France"))).to_contain_text("3")
    expect(page.get_by_role("region", name="Demandes de sourcing")).to_contain_text("réponse")
    expect(page.get_by_role("region", name="Mes jalons")).to_have_count(0)
    both_screens(page, "tableau-de-bord-cci-france")

    normandie_total = table.get_by_role("row", name=re.compile("^Normandie")).get_by_role("cell").last.inner_text()
    table.get_by_role("link", name="Normandie").click()
    expect(page).to_have_url(re.compile(r"/projets\?region=normandie$"))
    # As many as the table said (other journeys may have added candidacies before this one).
    expect(page.get_by_text(f"{normandie_total} projets")).to_be_visible()
