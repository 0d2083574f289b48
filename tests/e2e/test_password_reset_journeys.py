"""Issue 13, « Mot de passe oublié ? »: the e-mail the server sends (received by the session's SMTP server)
carries a link, valid once, to choose a new password; the old one stops working. The journey uses an account
of its own (demo accounts share one password that nobody resets)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.backend.mail import Inbox
from tests.e2e.conftest import ARTIFACTS, BrowserErrors, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

EMAIL = "bastien.morel@cci-hauts-de-france.fr"
OLD_PASSWORD = "un phare au bout de la digue"
NEW_PASSWORD = "les goélands tournent sur Dunkerque"


def link_in(inbox: Inbox, email: str, subject: str, path: str) -> str:
    body = inbox.wait_for(email, subject=subject).get_content()
    found = re.search(rf"https?://\S+{re.escape(path)}[\w-]+", body)
    assert found is not None, body
    return found.group(0)


def choose_password(page: Page, password: str, submit: str) -> None:
    page.get_by_label("Mot de passe", exact=True).fill(password)
    page.get_by_label("Confirmez le mot de passe").fill(password)
    page.get_by_role("button", name=submit).click()


def open_account(page: Page, inbox: Inbox, cli: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    """An adviser whose account is open, with a password of their own."""
    command = ["users", "create", "--email", EMAIL, "--name", "Bastien Morel", "--role", "adviser"]
    created = cli(*command, "--region", "hauts-de-france", "--send")
    assert created.returncode == 0, created.stderr
    page.goto(link_in(inbox, EMAIL, "créez votre mot de passe", "/auth/invitation/"))
    choose_password(page, OLD_PASSWORD, "Créer mon mot de passe")
    expect(page.get_by_role("heading", name="Votre mot de passe est créé")).to_be_visible()


def test_a_forgotten_password_is_reset_through_the_emailed_link(
    page: Page,
    inbox: Inbox,
    filiere_cli: Callable[..., subprocess.CompletedProcess[str]],
    browser_errors: BrowserErrors,
) -> None:
    browser_errors.expect(r"status of 400 .*/auth/password-reset/")  # the common password, refused on purpose
    browser_errors.expect(r"status of 401 .*/auth/authorize")  # the old password, refused on purpose
    browser_errors.expect(r"status of 410 .*/auth/password-reset/")  # the link opened again
    open_account(page, inbox, filiere_cli)

    page.goto("/")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    page.get_by_role("link", name="Mot de passe oublié ?").click()
    expect(page.get_by_role("heading", level=1, name="Mot de passe oublié")).to_be_visible()
    assert_accessible(page, "mot-de-passe-oublie-formulaire")
    page.get_by_label("Adresse e-mail").fill(EMAIL)
    page.get_by_role("button", name="Recevoir le lien").click()
    # The answer an unknown address gets too (test_invitation_journeys.py).
    expect(page.get_by_role("status")).to_contain_text(f"Si un compte Filière ouvert existe avec l'adresse {EMAIL}")
    assert_accessible(page, "mot-de-passe-oublie-compte")

    link = link_in(inbox, EMAIL, "choisissez un nouveau mot de passe", "/auth/password-reset/")
    page.goto(link)
    expect(page.get_by_role("heading", level=1, name="Choisir un nouveau mot de passe")).to_be_visible()
    expect(page.get_by_label("Adresse e-mail")).to_have_value(EMAIL)
    choose_password(page, "password1234!", "Changer mon mot de passe")
    expect(page.get_by_role("alert")).to_contain_text("Ce mot de passe fait partie des plus courants")
    expect(page.get_by_label("Mot de passe", exact=True)).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "nouveau-mot-de-passe")
    page.screenshot(path=str(ARTIFACTS / "nouveau-mot-de-passe-refuse.png"), full_page=True)
    choose_password(page, NEW_PASSWORD, "Changer mon mot de passe")
    expect(page.get_by_role("heading", name="Votre mot de passe est changé")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(f"connectez-vous avec {EMAIL} et votre nouveau mot de passe")

    sign_in(page, EMAIL, OLD_PASSWORD)
    expect(page.get_by_role("alert")).to_have_text("Adresse e-mail ou mot de passe incorrect.")
    page.get_by_label("Mot de passe").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", level=1, name="Mon tableau de bord")).to_be_visible()
    expect(page.get_by_role("banner")).to_contain_text("Bastien Morel")

    # The link served once.
    page.goto(link)
    expect(page.get_by_role("heading", level=1, name="Lien expiré ou déjà utilisé")).to_be_visible()
    expect(page.get_by_text("il a déjà servi")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "lien-reinitialisation-utilise.png"), full_page=True)
    page.get_by_role("link", name="Demander un nouveau lien").click()
    expect(page.get_by_role("heading", level=1, name="Mot de passe oublié")).to_be_visible()
