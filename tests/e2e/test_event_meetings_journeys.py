"""Browser journeys of the event day's hackathon teams and B2B meetings (issue 16): the organiser composes a
team, accepts a request, schedules the meetings, reads the grid and sends the agendas; the partner reads their
agenda. The pitches and the programme are other parts' demo data: this module seeds what it needs into the
live server's Normandie database. axe on each page and dialog."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from filiere.accounts.models import User
from filiere.events.jury_models import Pitch
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.models import Event, EventSession, SessionKind
from filiere.programmes.models import Company, Project
from tests.backend.mail import Inbox
from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

SLUG = "2023-pour-une-france-industrielle"
MEETINGS_START = datetime(2023, 12, 1, 8, 0, tzinfo=UTC)
PARTNER = "bpifrance@demo.filiere.fr"


def checked(page: Page, name: str) -> None:
    assert_accessible(page, name)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def staged(live_server: str, server_var_dir: Path) -> list[str]:
    """Three Normandie projects pitching at the 2023 event (MIJUIN's first), a pitch session the day before,
    three meeting slots on two tables, and Bpifrance's requests: two accepted, one pending. The projects'
    names."""
    national = create_engine(f"sqlite:///{server_var_dir / 'national.db'}")
    with Session(national) as session:
        partner_id = session.scalar(select(User.id).where(User.email == PARTNER))
    assert partner_id is not None
    engine = create_engine(f"sqlite:///{server_var_dir / 'normandie.db'}")
    with Session(engine) as session, session.begin():
        event = session.scalar(select(Event).where(Event.slug == SLUG))
        assert event is not None
        projects = list(
            session.execute(
                select(Project.id, Project.name)
                .join(Company, Company.id == Project.company_id)
                .order_by(Company.name != "MIJUIN", Project.id)
                .limit(3)
            )
        )
        if session.scalar(select(Pitch.id).where(Pitch.event_id == event.id).limit(1)) is None:
            pitches = [
                Pitch(event_id=event.id, project_region="normandie", project_id=project.id, position=index)
                for index, project in enumerate(projects, start=1)
            ]
            session.add_all(pitches)
            session.add_all(
                [
                    EventSession(
                        event_id=event.id,
                        kind=SessionKind.PITCHES,
                        title="Pitchs des projets",
                        starts_at=MEETINGS_START - timedelta(hours=19),
                        ends_at=MEETINGS_START - timedelta(hours=17),
                        version=1,
                    ),
                    EventSession(
                        event_id=event.id,
                        kind=SessionKind.MEETINGS,
                        title="Rendez-vous d'affaires",
                        starts_at=MEETINGS_START,
                        ends_at=MEETINGS_START + timedelta(hours=1),
                        version=1,
                    ),
                ]
            )
            event.meeting_tables = 2
            session.add_all(
                MeetingRequest(
                    event_id=event.id,
                    project_region="normandie",
                    project_id=project.id,
                    partner_user_id=partner_id,
                    asked_by_partner=True,
                    message=f"Échange n° {index} (démo)",
                    status=status,
                    version=1,
                )
                for index, (project, status) in enumerate(
                    zip(
                        projects,
                        [MeetingRequestStatus.ACCEPTED, MeetingRequestStatus.ACCEPTED, MeetingRequestStatus.PENDING],
                        strict=True,
                    ),
                    start=1,
                )
            )
    engine.dispose()
    national.dispose()
    return [project.name for project in projects]


def test_the_organiser_composes_a_team_schedules_meetings_and_the_partner_reads_the_agenda(
    page: Page,
    *,
    browser: Browser,
    browser_context_args: dict[str, Any],
    browser_errors: BrowserErrors,
    staged: list[str],
    inbox: Inbox,
) -> None:
    first, _, third = staged
    sign_in(page, "conseiller.normandie@demo.filiere.fr")
    page.goto(f"/evenements/{SLUG}/gestion?onglet=hackathon")
    expect(page.get_by_role("heading", level=1, name="Gestion de « Pour une France industrielle »")).to_be_visible()
    card = page.get_by_role("region", name=f"Pitch n° 1 — {first}")
    expect(card).to_contain_text("Équipe à composer.")
    checked(page, "evenement-hackathon")

    card.get_by_role("button", name=f"Composer l'équipe de « {first} »").click()
    dialog = page.get_by_role("dialog", name=f"Équipe de « {first} »")
    dialog.get_by_role("button", name="Ajouter un membre").click()
    dialog.get_by_role("textbox", name="Nom (1)").fill("Dirigeante de l'entreprise (démo)")
    dialog.get_by_role("button", name="Ajouter un membre").click()
    dialog.get_by_role("combobox", name="Rôle (2)").click()
    page.get_by_role("option", name="Coach").click()
    dialog.get_by_role("combobox", name="Compte rattaché au projet (2)").click()
    page.get_by_role("option", name="Margaux Delaunay").click()
    dialog.get_by_role("button", name="Ajouter un défi").click()
    dialog.get_by_role("textbox", name="Défi n° 1").fill("Réduire le coût du tricot en France (démo)")
    checked(page, "evenement-hackathon-dialogue")
    dialog.get_by_role("button", name="Enregistrer").click()
    expect(dialog).to_be_hidden()
    expect(card).to_contain_text("Margaux Delaunay")
    expect(card).to_contain_text("Réduire le coût du tricot en France (démo)")

    page.get_by_role("tab", name="Rendez-vous").click()
    requests = page.get_by_role("table", name="Demandes de rendez-vous (3)")
    pending = requests.get_by_role("row").filter(has_text=third)
    pending.get_by_role("button", name="Accepter").click()
    expect(pending).to_contain_text("Accepté")
    page.get_by_role("button", name="Planifier automatiquement").click()
    expect(page.get_by_text("3 rendez-vous placés.")).to_be_visible()
    grid = page.get_by_role("table", name="Rendez-vous par créneau (lignes) et par table (colonnes)")
    for name in staged:
        expect(grid.get_by_role("button", name=f"{name} — Karim Benali")).to_be_visible()
    checked(page, "evenement-rendez-vous")

    grid.get_by_role("button", name=f"{first} — Karim Benali").click()
    place = page.get_by_role("dialog", name=f"Placer le rendez-vous « {first} — Karim Benali »")
    expect(place.get_by_role("button", name="Retirer de la grille")).to_be_visible()
    checked(page, "evenement-rendez-vous-placer")
    place.get_by_role("button", name="Annuler").click()
    expect(place).to_be_hidden()

    page.get_by_role("button", name="Envoyer les agendas").click()
    expect(page.get_by_text(re.compile(r"^Agendas? envoyés? à \d+ participants?\.$"))).to_be_visible()
    message = inbox.wait_for(PARTNER, subject="vos rendez-vous")
    assert [part.get_filename() for part in message.iter_attachments()] == ["rendez-vous.ics"]

    partner_context = browser.new_context(**browser_context_args)
    browser_errors.watch(partner_context)
    partner = partner_context.new_page()
    sign_in(partner, PARTNER)
    partner.goto(f"/evenements/{SLUG}/rendez-vous")
    agenda = partner.get_by_role("region", name="Mon agenda")
    for name in staged:
        expect(agenda).to_contain_text(name)
    expect(agenda.get_by_role("button", name="Télécharger l'agenda (.ics)")).to_be_visible()
    checked(partner, "evenement-mes-rendez-vous")
    partner_context.close()
