"""Issue 12 in a real browser: the public form says which regions run the coming edition and when, and
SIRENE proposes the company's address and headcount from its SIRET, which the adviser takes in one click."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from stdnum import luhn

from filiere.sourcing.models import Supplier, SupplierState
from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

# A fictional company of its own: the other journeys' candidacies stay as they expect them.
COMPANY = "Tissage des Hauts de Malaunay"
PROJECT = "Toile de lin de Malaunay"
SIREN = "51234567" + luhn.calc_check_digit("51234567")
SIRET = SIREN + "0001" + luhn.calc_check_digit(SIREN + "0001")


@pytest.fixture
def normandie_directory(live_server: str, server_var_dir: Path) -> Path:
    """Normandie's database of the server under test (conftest's `live_server`, one per session)."""
    return server_var_dir / "normandie.db"


def import_establishment(database: Path) -> None:
    """The company's establishment in Normandie's SIRENE directory, as the next stock import would add it."""
    engine = create_engine(f"sqlite:///{database}")
    with Session(engine) as session, session.begin():
        session.merge(
            Supplier(
                siret=SIRET,
                siren=SIREN,
                legal_name=COMPANY.upper(),
                trade_names="",
                naf_code="13.20Z",
                workforce_band="12",
                is_head_office=True,
                diffusible=True,
                street="3 RUE DE L'AUSTREBERTHE",
                postal_code="76770",
                commune_code="76402",
                commune_name="MALAUNAY",
                departement="76",
                lambert_x=None,
                lambert_y=None,
                search_text="tissage des hauts de malaunay",
                content_hash="0" * 16,
                state=SupplierState.ACTIVE,
                imported_at=datetime.now(UTC),
            )
        )
    engine.dispose()


def test_the_public_form_shows_the_regions_and_dates_of_the_coming_edition(page: Page) -> None:
    page.goto("/candidater")
    form = page.get_by_role("main")
    # As of the demo's day (23 November 2026), the coming edition is the demonstration one of 2027.
    expect(form).to_contain_text(
        "Édition 2027 (démonstration) : l'Accélérateur de Relocalisations est mené par les CCI de 4 régions."
    )
    # Normandie's event day is left out: the planning journey moves it (one server serves the session).
    for region in ("Île-de-France", "Hauts-de-France", "Bourgogne-Franche-Comté"):
        expect(form.get_by_role("listitem").filter(has_text=f"{region} :")).to_have_text(
            f"{region} : événement de clôture du 18 au 19 mars 2027"
        )
    expect(form.get_by_role("listitem").filter(has_text="Normandie :")).to_contain_text("événement de clôture")
    assert_accessible(page, "candidater-regions")
    page.screenshot(path=str(ARTIFACTS / "candidature-regions.png"), full_page=True)


def test_sirene_proposes_what_it_holds_and_the_adviser_takes_it(page: Page, normandie_directory: Path) -> None:
    page.goto("/candidater")
    # The edition's regions come in above the commune field: once they are there, the field (and the list
    # of communes under it) stays where it is. Typing earlier raced that shift on a busy machine: the list,
    # pushed out of view, was hidden before its options could be clicked.
    expect(page.get_by_role("main")).to_contain_text("mené par les CCI de")
    page.get_by_label("Nom de l'entreprise").fill(COMPANY)
    page.get_by_label("SIREN").fill(SIREN)
    page.get_by_label("Commune (nom ou code postal)").fill("Malaunay")
    page.get_by_role("option", name=re.compile(r"^Malaunay \(76770\)")).click()
    page.get_by_label("Nom du projet").fill(PROJECT)
    page.get_by_label("Description du projet").fill("Tisser en Normandie la toile de lin aujourd'hui importée.")
    page.get_by_label("Nature du projet").select_option("RELOCATION")
    page.get_by_label("Filière").select_option("TEXTILE")
    page.get_by_label("Sourcing production").check()
    page.get_by_label("Nom et prénom").fill("Louis Durand")
    page.get_by_label("Adresse e-mail").fill("louis.durand@tissage.example")
    page.get_by_label("J'accepte que ces informations soient utilisées pour étudier ma candidature.").check()
    page.get_by_role("button", name="Envoyer ma candidature").click()
    # What happens next, with the region's own event day.
    expect(page.get_by_role("status")).to_contain_text(
        re.compile(r"Édition 2027 \(démonstration\) : l'événement de clôture de votre région a lieu (le|du) .+ 2027\.")
    )
    import_establishment(normandie_directory)

    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    # A candidacy nobody follows yet: among every adviser's projects.
    page.goto("/projets?conseiller=tous")
    page.get_by_role("link", name=PROJECT).click()
    page.get_by_role("tab", name="Entreprise").click()
    company = page.get_by_role("tabpanel", name="Entreprise")
    company.get_by_role("button", name="Modifier la fiche").click()
    # No SIRET yet: nothing to propose.
    expect(company.get_by_role("region", name="Proposé par SIRENE")).to_have_count(0)
    company.get_by_label("SIRET", exact=True).fill(SIRET)
    company.get_by_role("button", name="Enregistrer la fiche").click()
    expect(page.get_by_text("La fiche de l'entreprise a été mise à jour.")).to_be_visible()

    company.get_by_role("button", name="Modifier la fiche").click()
    proposal = company.get_by_role("region", name="Proposé par SIRENE")
    expect(proposal).to_contain_text("Le répertoire SIRENE connaît l'établissement")
    expect(company.get_by_text("Proposé par SIRENE : 3 RUE DE L'AUSTREBERTHE")).to_be_visible()
    expect(company.get_by_text("Proposé par SIRENE : 20 à 49 salariés")).to_be_visible()
    # Nothing is taken unasked.
    expect(company.get_by_role("textbox", name="Adresse (numéro et voie)")).to_have_value("")
    assert_accessible(page, "entreprise-sirene")
    page.screenshot(path=str(ARTIFACTS / "entreprise-sirene.png"), full_page=True)

    company.get_by_role("button", name="Reprendre la valeur SIRENE pour « Adresse (numéro et voie) »").click()
    expect(company.get_by_role("textbox", name="Adresse (numéro et voie)")).to_have_value("3 RUE DE L'AUSTREBERTHE")
    expect(company.get_by_role("textbox", name="Adresse (numéro et voie)")).to_be_focused()
    proposal.get_by_role("button", name=re.compile(r"^Tout reprendre")).click()
    company.get_by_role("button", name="Enregistrer la fiche").click()
    # The first save's notice may still be shown beside this one's.
    expect(page.get_by_text("La fiche de l'entreprise a été mise à jour.").last).to_be_visible()
    expect(company).to_contain_text("3 RUE DE L'AUSTREBERTHE, 76770 Malaunay")
    expect(company).to_contain_text("13.20Z")
    expect(company).to_contain_text("20 à 49 salariés")
