"""Issue 13, invitations: `filiere users create --send`, or « Inviter » on the « Utilisateurs » page, e-mails a
link (received by the session's SMTP server); the invited person opens it in Chromium, chooses a password on
« Créer votre mot de passe » (strength meter, the server's refusals) and signs in with it; « Mot de passe
oublié ? » answers alike for any address."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.backend.mail import Inbox
from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

EMAIL = "ines.garnier@cci-normandie.fr"
PASSWORD = "des cerisiers en fleur à Honfleur"
SUBJECT = "Votre compte Filière : créez votre mot de passe"


def invitation_link(inbox: Inbox, live_server: str, email: str) -> str:
    body = inbox.wait_for(email, subject=SUBJECT).get_content()
    found = re.search(rf"{re.escape(live_server)}/auth/invitation/[\w-]+", body)
    assert found is not None, body
    return found.group(0)


def test_an_invited_adviser_chooses_a_password_and_signs_in(
    page: Page,
    live_server: str,
    inbox: Inbox,
    filiere_cli: Callable[..., subprocess.CompletedProcess[str]],
    browser_errors: BrowserErrors,
) -> None:
    browser_errors.expect(r"status of 400 .*/auth/invitation/")  # the refused password, on purpose
    # What an operator does for a first account.
    command = ["users", "create", "--email", EMAIL, "--name", "Inès Garnier", "--role", "adviser"]
    created = filiere_cli(*command, "--region", "normandie", "--send")
    assert created.returncode == 0, created.stderr
    page.goto(invitation_link(inbox, live_server, EMAIL))
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


def test_an_operator_invites_from_the_users_page_and_the_person_signs_in(
    page: Page, live_server: str, inbox: Inbox
) -> None:
    email, name = "agathe.renaud@cci-bourgogne-franche-comte.fr", "Agathe Renaud"
    sign_in(page, "ops@demo.filiere.fr")
    page.get_by_role("link", name="Utilisateurs").click()
    expect(page.get_by_role("heading", level=1, name="Utilisateurs")).to_be_visible()
    page.get_by_role("button", name="Inviter").click()
    dialog = page.get_by_role("dialog", name="Inviter une personne")
    dialog.get_by_label("Adresse e-mail").fill(email)
    dialog.get_by_label("Nom affiché").fill(name)
    dialog.get_by_label("Rôle").select_option(label="Conseiller CCI")
    dialog.get_by_label("Région").select_option(label="Bourgogne-Franche-Comté")
    assert_accessible(page, "utilisateurs-inviter-exploitation")
    dialog.get_by_role("button", name="Inviter").click()
    # The server has a mail relay: the dialog says the invitation left, and until when its link works.
    expect(dialog.get_by_role("status")).to_contain_text(f"son invitation envoyée à {email}")
    page.screenshot(path=str(ARTIFACTS / "utilisateurs-invitation-envoyee.png"), full_page=True)
    dialog.get_by_role("button", name="Fermer").first.click()

    message = inbox.wait_for(email, subject=SUBJECT)
    assert "Équipe d'exploitation vous a ouvert un compte" in message.get_content()
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_text("Vous êtes déconnecté")).to_be_visible()
    page.goto(invitation_link(inbox, live_server, email))
    expect(page.get_by_role("heading", level=1, name="Créer votre mot de passe")).to_be_visible()
    expect(page.get_by_label("Adresse e-mail")).to_have_value(email)
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_label("Confirmez le mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon mot de passe").click()
    expect(page.get_by_role("heading", name="Votre mot de passe est créé")).to_be_visible()

    sign_in(page, email, PASSWORD)
    expect(page.get_by_role("heading", level=1, name="Mon tableau de bord")).to_be_visible()
    expect(page.get_by_role("banner")).to_contain_text(name)
