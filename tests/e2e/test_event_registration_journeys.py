"""Issue 16 (public registration) in a real browser: a company registers on the public form of an event whose
registration is open, gets the e-mail with its `.ics` and opens its personal link; an organiser checks someone
in from a phone (390 px). axe on every page and dialog."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from filiere.events.models import Event, EventSession, Registration, RegistrationStatus, SessionKind
from filiere.events.registrations import new_token
from filiere.text import fold
from tests.backend.mail import Inbox
from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

SLUG = "2023-pour-une-france-industrielle"
ORGANISER = "conseiller.normandie@demo.filiere.fr"
EMAIL = "sacha.durand@exemple.fr"
# Sessions of their own: the other journeys' programme stays as they expect it.
WORKSHOP = "Atelier inscription (démo) : se développer à l'export"
CONFERENCE = "Conférence inscription (démo) : souveraineté"


@pytest.fixture
def open_event(live_server: str, server_var_dir: Path) -> None:
    """The 2023 event of the server under test, its registration open, with a workshop and a conference."""
    engine = create_engine(f"sqlite:///{server_var_dir / 'normandie.db'}")
    with Session(engine) as session, session.begin():
        event = session.scalar(select(Event).where(Event.slug == SLUG))
        assert event is not None
        event.registration_closes_at = datetime.now(UTC) + timedelta(days=30)
        if session.scalar(select(EventSession.id).where(EventSession.title == WORKSHOP)) is None:
            day = datetime(2030, 11, 30, 9, tzinfo=UTC)
            session.add_all(
                [
                    EventSession(
                        event_id=event.id,
                        kind=SessionKind.WORKSHOP,
                        title=WORKSHOP,
                        starts_at=day,
                        ends_at=day + timedelta(minutes=20),
                        room="Salle 2",
                        capacity=12,
                    ),
                    EventSession(
                        event_id=event.id,
                        kind=SessionKind.CONFERENCE,
                        title=CONFERENCE,
                        starts_at=day + timedelta(hours=1),
                        ends_at=day + timedelta(hours=2),
                        room="Amphi",
                    ),
                ]
            )
    engine.dispose()


def test_a_company_registers_gets_the_e_mail_with_the_ics_and_opens_its_link(
    page: Page, open_event: None, inbox: Inbox
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/evenements/{SLUG}/inscription")
    expect(page.get_by_role("heading", name="S'inscrire à « Pour une France industrielle »")).to_be_visible()
    assert_accessible(page, "event-registration-form")
    page.get_by_role("textbox", name="Nom et prénom").fill("Sacha Durand (démo)")
    page.get_by_role("textbox", name="Adresse e-mail").fill(EMAIL)
    page.get_by_role("textbox", name="Entreprise").fill("Mécanique de Seine (démo)")
    page.get_by_role("textbox", name="Fonction").fill("Responsable achats")
    page.get_by_role("checkbox", name=re.compile(re.escape(WORKSHOP))).check()
    page.get_by_role("checkbox", name=re.compile(re.escape(CONFERENCE))).check()
    page.get_by_role("checkbox", name=re.compile("J'accepte")).check()
    page.get_by_role("button", name="M'inscrire").click()
    expect(page.get_by_role("heading", name="Inscription enregistrée")).to_be_visible()
    expect(page.get_by_text("Un e-mail vous a été envoyé", exact=False)).to_be_visible()
    assert_accessible(page, "event-registration-done")
    page.screenshot(path=str(ARTIFACTS / "event-registration-phone.png"), full_page=True)

    message = inbox.wait_for(EMAIL, subject="Votre inscription")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert WORKSHOP in attachment.get_content()
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    found = re.search(r"https?://[^\s]+/evenements/" + SLUG + r"/inscription/[\w-]+", str(body.get_content()))
    assert found is not None
    page.goto(found.group(0))
    expect(page.get_by_role("heading", name="Mon inscription")).to_be_visible()
    expect(page.get_by_text("Confirmée").first).to_be_visible()
    assert_accessible(page, "event-my-registration")
    page.get_by_role("button", name="Annuler mon inscription").click()
    dialog = page.get_by_role("dialog", name="Annuler votre inscription ?")
    expect(dialog).to_be_visible()
    assert_accessible(page, "event-my-registration-cancel-dialog")
    dialog.get_by_role("button", name="Garder mon inscription").click()
    expect(dialog).to_be_hidden()


@pytest.fixture
def registered_person(live_server: str, server_var_dir: Path, open_event: None) -> str:
    """Someone registered (not checked in) for the 2023 event: their name."""
    name = "Eden Laurent (démo)"
    engine = create_engine(f"sqlite:///{server_var_dir / 'normandie.db'}")
    with Session(engine) as session, session.begin():
        event = session.scalar(select(Event).where(Event.slug == SLUG))
        assert event is not None
        row = session.scalar(select(Registration).where(Registration.email == "eden.laurent@exemple.fr"))
        if row is None:
            row = Registration(
                event_id=event.id,
                name=name,
                sort_key=fold(name),
                email="eden.laurent@exemple.fr",
                company="Tissages du Roumois (démo)",
                function="Directrice générale",
                status=RegistrationStatus.REGISTERED,
                token_hash=new_token()[1],
                consented_at=datetime.now(UTC),
            )
            session.add(row)
        row.checked_in_at = None
    engine.dispose()
    return name


def test_an_organiser_checks_someone_in_from_a_phone(page: Page, registered_person: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, ORGANISER)
    expect(page.get_by_role("banner")).to_be_visible()
    page.goto(f"/evenements/{SLUG}/gestion?onglet=inscriptions")
    expect(page.get_by_role("heading", name="Remplissage des sessions")).to_be_visible()
    assert_accessible(page, "event-registrations-tab")
    page.get_by_role("tab", name="Accueil").click()
    page.get_by_role("button", name="Inscription sur place").click()
    dialog = page.get_by_role("dialog", name="Inscription sur place")
    expect(dialog).to_be_visible()
    assert_accessible(page, "event-walk-in-dialog")
    dialog.get_by_role("textbox", name="Nom et prénom").fill("Morgan Simon (démo)")
    dialog.get_by_role("textbox", name="Entreprise").fill("Plasturgie normande (démo)")
    dialog.get_by_role("button", name="Inscrire et pointer présent").click()
    expect(dialog).to_be_hidden()
    page.get_by_role("searchbox", name="Rechercher une personne").fill("eden")
    present = page.get_by_role("button", name=f"Présent : {registered_person}")
    expect(present).to_have_attribute("aria-pressed", "false")
    present.click()
    expect(present).to_have_attribute("aria-pressed", "true")
    page.get_by_role("searchbox", name="Rechercher une personne").fill("morgan")
    expect(page.get_by_role("button", name="Présent : Morgan Simon (démo)").first).to_have_attribute(
        "aria-pressed", "true"
    )
    assert_accessible(page, "event-check-in-tab")
    page.screenshot(path=str(ARTIFACTS / "event-check-in-phone.png"), full_page=True)
