"""Browser journey of the jury (issue 16): the organiser orders the pitches from the keyboard and runs
presenter mode (screenshot), a juror scores on a 390-px-wide screen, the organiser locks and publishes, and the
result appears on the project's page. Each page and dialog is checked with axe.

The demo's 2023 event is published (locked): the journey runs on an event of its own, seeded in the server's
databases like the other journeys' data."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from filiere.accounts.models import User
from filiere.events.jury_models import Juror, Pitch
from filiere.events.models import Event
from filiere.planning.models import Edition
from filiere.programmes.models import Project
from filiere.text import newest_first_key
from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

SLUG = "2026-jury-de-demonstration-e2e"
EVENT = "Jury de démonstration (e2e)"
MIJUIN = "Fabrication de marques complémentaires en lin"
HUMAN_MOB = "Vélo taxi innovant"
PIERCAN = "Nouveaux marchés pour les boîtes à gants"
ADVISER = "conseiller.normandie@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"


@pytest.fixture
def jury_event(live_server: str, server_var_dir: Path) -> str:
    """An open event of Normandie with three pitches and the demo's juror, in the server's databases."""
    national = create_engine(f"sqlite:///{server_var_dir / 'national.db'}")
    with Session(national) as session:
        version_id = session.scalar(select(Edition.method_version_id).where(Edition.year == 2023))
        juror_id = session.scalar(select(User.id).where(User.email == JUROR))
    national.dispose()
    normandie = create_engine(f"sqlite:///{server_var_dir / 'normandie.db'}")
    with Session(normandie) as session, session.begin():
        if session.scalar(select(Event.id).where(Event.slug == SLUG)) is None:
            rows = session.execute(
                select(Project.name, Project.id).where(Project.name.in_([MIJUIN, HUMAN_MOB, PIERCAN]))
            )
            projects = {row.name: row.id for row in rows}
            event = Event(
                slug=SLUG,
                name=EVENT,
                edition_year=2026,
                sort_key=newest_first_key(2026, EVENT),
                starts_on=date(2026, 12, 3),
                ends_on=date(2026, 12, 3),
                venue="NEOMA Business School, Rouen",
                method_version_id=version_id,
            )
            session.add(event)
            session.flush()
            session.add_all(
                Pitch(event_id=event.id, project_region="normandie", project_id=projects[name], position=position)
                for position, name in enumerate([MIJUIN, HUMAN_MOB, PIERCAN], start=1)
            )
            session.add(Juror(event_id=event.id, user_id=juror_id, invited_at=datetime.now(UTC)))
    normandie.dispose()
    return SLUG


def checked(page: Page, name: str) -> None:
    assert_accessible(page, name)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_pitches_presenter_scoring_lock_publish_and_the_project_s_record(
    page: Page, browser: Browser, browser_context_args: dict[str, Any], browser_errors: Any, jury_event: str
) -> None:
    # The organiser orders the pitches from the keyboard.
    sign_in(page, ADVISER)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(f"/evenements/{jury_event}/gestion?onglet=pitchs")
    expect(page.get_by_role("heading", level=1, name=EVENT)).to_be_visible()
    expect(page.get_by_role("tab", name="Pitchs")).to_have_attribute("aria-selected", "true")
    checked(page, "jury-pitchs")
    page.get_by_role("button", name=f"Descendre « {MIJUIN} »").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text=f"« {MIJUIN} » passe en position 2.")).to_be_attached()
    order = page.get_by_role("list", name="Ordre de passage").get_by_role("listitem")
    expect(order.nth(0)).to_contain_text(HUMAN_MOB)
    expect(order.nth(1)).to_contain_text(MIJUIN)

    # Presenter mode: the project, its company and the countdown, large; Space starts it.
    page.get_by_role("link", name="Lancer la présentation").click()
    expect(page.get_by_role("heading", level=1, name=HUMAN_MOB)).to_be_visible()
    timer = page.get_by_role("timer")
    expect(timer).to_have_text("3:00")
    expect(page.get_by_text(f"Ensuite : {MIJUIN} — MIJUIN")).to_be_visible()
    page.keyboard.press("Space")
    expect(timer).not_to_have_text("3:00", timeout=5000)
    page.keyboard.press("Space")
    assert_accessible(page, "jury-presentation")
    page.screenshot(path=str(ARTIFACTS / "presenter-mode.png"))
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("heading", level=1, name=MIJUIN)).to_be_visible()
    expect(timer).to_have_text("3:00")

    # A juror scores on a phone.
    phone = browser.new_context(**{**browser_context_args, "viewport": {"width": 390, "height": 844}})
    browser_errors.watch(phone)
    juror = phone.new_page()
    sign_in(juror, JUROR)
    expect(juror.get_by_role("link", name="Ouvrir mes jurys")).to_be_visible()
    juror.get_by_role("link", name="Ouvrir mes jurys").click()
    expect(juror.get_by_role("heading", level=1, name="Mes jurys")).to_be_visible()
    checked(juror, "jury-mes-jurys")
    juror.get_by_role("link", name=EVENT).click()
    first = juror.get_by_role("region", name=HUMAN_MOB)
    expect(first).to_contain_text("HUMAN MOB")
    checked(juror, "jury-notation")
    for index, value in enumerate(["8", "7,5", "7", "8", "9"]):
        first.get_by_role("textbox").nth(index).fill(value)
    first.get_by_role("button", name="Enregistrer ma fiche").click()
    expect(first.get_by_text("Fiche enregistrée.")).to_be_visible()
    expect(first).to_contain_text("Noté")
    second = juror.get_by_role("region", name=MIJUIN)
    second.get_by_role("button", name="Conflit d'intérêts").click()
    dialog = juror.get_by_role("dialog", name="Déclarer un conflit d'intérêts")
    expect(dialog).to_contain_text(MIJUIN)
    checked(juror, "jury-abstention")
    dialog.get_by_role("button", name="Je m'abstiens").click()
    expect(second).to_contain_text("Vous vous êtes déclaré en conflit d'intérêts")
    phone.close()

    # The organiser follows the jury, locks and publishes.
    page.goto(f"/evenements/{jury_event}/gestion?onglet=jury")
    members = page.get_by_role("region", name="Membres du jury")
    expect(members).to_contain_text("Élise Martin")
    results = page.get_by_role("table", name="Classement pondéré")
    expect(results).to_contain_text(HUMAN_MOB)
    checked(page, "jury-resultats")
    page.get_by_role("button", name="Verrouiller les résultats").click()
    confirm = page.get_by_role("dialog", name="Verrouiller les résultats ?")
    checked(page, "jury-verrouiller")
    confirm.get_by_role("button", name="Verrouiller").click()
    expect(confirm).to_be_hidden()
    # The lock's confirmation gone for good (its overlay too) before the next one opens above the page.
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator(".mantine-Modal-overlay")).to_have_count(0)
    expect(page.get_by_role("button", name="Publier les résultats")).to_be_visible()
    page.get_by_role("button", name="Publier les résultats").click()
    publish = page.get_by_role("dialog", name="Publier les résultats ?")
    checked(page, "jury-publier")
    publish.get_by_role("button", name="Publier").click()
    expect(page.get_by_text(re.compile(r"^Publiés le"))).to_be_visible()

    # The result on the project's record.
    page.goto("/projets?q=taxi")
    page.get_by_role("link", name=HUMAN_MOB).first.click()
    awards = page.get_by_role("region", name="Prix et jury")
    expect(awards).to_contain_text(f"1er du jury — {EVENT} (2026)")
    checked(page, "jury-fiche-projet")
