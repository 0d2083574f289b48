"""Issue 13, invitations: `filiere users create --send` e-mails a link (received by a test SMTP server); the
invited person opens it in Chromium, chooses a password on « Créer votre mot de passe » (strength meter, the
server's refusals) and signs in with it; « Mot de passe oublié ? » answers alike for any address."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.backend.mail import SENDER, Inbox, running_smtp
from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

EMAIL = "ines.garnier@cci-normandie.fr"
PASSWORD = "des cerisiers en fleur à Honfleur"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    yield from running_smtp()


def invitation_link(live_server: str, server_var_dir: Path, smtp_port: int, inbox: Inbox) -> str:
    """What an operator does for a first account: `filiere users create … --send`, on the server's data."""
    env = {
        **{name: value for name, value in os.environ.items() if not name.startswith("FILIERE_")},
        "FILIERE_VAR_DIR": str(server_var_dir),
        "FILIERE_PUBLIC_URL": live_server,
        "FILIERE_SMTP_HOST": "127.0.0.1",
        "FILIERE_SMTP_PORT": str(smtp_port),
        "FILIERE_SMTP_FROM": SENDER,
        "FILIERE_LOG_LEVEL": "WARNING",
    }
    command = ["users", "create", "--email", EMAIL, "--name", "Inès Garnier", "--role", "adviser"]
    created = subprocess.run(
        [sys.executable, "-m", "filiere.cli", *command, "--region", "normandie", "--send"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    body = inbox.by_recipient()[EMAIL].get_content()
    found = re.search(rf"{re.escape(live_server)}/auth/invitation/[\w-]+", body)
    assert found is not None, body
    return found.group(0)


def test_an_invited_adviser_chooses_a_password_and_signs_in(
    page: Page, live_server: str, server_var_dir: Path, smtp: tuple[Inbox, int], browser_errors: BrowserErrors
) -> None:
    inbox, port = smtp
    browser_errors.expect(r"status of 400 .*/auth/invitation/")  # the refused password, on purpose
    page.goto(invitation_link(live_server, server_var_dir, port, inbox))
    expect(page.get_by_role("heading", level=1, name="Créer votre mot de passe")).to_be_visible()
    expect(page.get_by_label("Adresse e-mail")).to_have_value(EMAIL)
    password = page.get_by_label("Mot de passe", exact=True)
    meter = page.locator("#force-mot-de-passe")

    # The meter advises as one types (its script passes the page's CSP); the server decides.
    password.fill("azerty")
    expect(meter).to_contain_text("trop court (encore 6 caractères)")
    password.fill("Ines.Garnier-2026")
    page.get_by_label("Confirmez le mot de passe").fill("Ines.Garnier-2026")
    page.get_by_role("button", name="Créer mon mot de passe").click()
    expect(page.get_by_role("alert")).to_contain_text("ni votre nom ni votre adresse e-mail")
    expect(password).to_have_attribute("aria-invalid", "true")

    password.fill(PASSWORD)
    expect(meter).to_contain_text("Robustesse estimée : très bon")
    page.get_by_label("Confirmez le mot de passe").fill(PASSWORD)
    assert_accessible(page, "creer-mot-de-passe")
    page.screenshot(path=str(ARTIFACTS / "creer-mot-de-passe.png"), full_page=True)
    page.get_by_role("button", name="Créer mon mot de passe").click()
    expect(page.get_by_role("heading", name="Votre mot de passe est créé")).to_be_visible()

    sign_in(page, EMAIL, PASSWORD)
    expect(page.get_by_role("heading", level=1, name="Mon tableau de bord")).to_be_visible()


def test_the_sign_in_page_leads_to_the_reset_form(page: Page) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    page.get_by_role("link", name="Mot de passe oublié ?").click()
    expect(page.get_by_role("heading", level=1, name="Mot de passe oublié")).to_be_visible()
    assert_accessible(page, "mot-de-passe-oublie")
    page.get_by_label("Adresse e-mail").fill("personne@cci-normandie.fr")
    page.get_by_role("button", name="Recevoir le lien").click()
    # The same answer whether the address has an account or not.
    expect(page.get_by_role("status")).to_contain_text("Si un compte Filière ouvert existe avec l'adresse")
    assert_accessible(page, "mot-de-passe-oublie-envoye")
    page.screenshot(path=str(ARTIFACTS / "mot-de-passe-oublie.png"), full_page=True)
