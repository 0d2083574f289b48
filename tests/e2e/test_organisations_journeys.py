"""Issue 13, « Organisations »: an operator adds a partner organisation (the server's refusal of a bad website
shown under the field, then fixed) and edits it; the list says how many accounts each one has. Issue 14: an
API client made for Bpifrance, its secret shown once and used at the token endpoint, then revoked."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e


def test_an_operator_creates_and_edits_an_organisation(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "ops@demo.filiere.fr")
    page.get_by_role("link", name="Organisations").click()
    expect(page.get_by_role("heading", level=1, name="Organisations")).to_be_visible()
    table = page.get_by_role("table", name="Organisations partenaires")
    expect(table.get_by_role("row").filter(has_text="Bpifrance")).to_contain_text("1 compte")
    assert_accessible(page, "organisations")

    # « Nouvelle organisation »: a website the server refuses, said under the field; fixed, it is created.
    page.get_by_role("button", name="Nouvelle organisation").click()
    dialog = page.get_by_role("dialog", name="Nouvelle organisation")
    assert_accessible(page, "organisations-nouvelle")
    dialog.get_by_label("Nom").fill("Atelier du Lin Normand")
    dialog.get_by_label("Type").select_option("NETWORK")
    dialog.get_by_label("Site internet").fill("ftp://lin-normand.fr")
    dialog.get_by_role("button", name="Créer l'organisation").click()
    expect(dialog.get_by_text("Le site internet doit être une adresse http ou https complète")).to_be_visible()
    dialog.get_by_label("Site internet").fill("www.lin-normand.fr")
    dialog.get_by_role("button", name="Créer l'organisation").click()
    expect(dialog).to_have_count(0)
    row = table.get_by_role("row").filter(has_text="Atelier du Lin Normand")
    expect(row).to_contain_text("Réseau")
    expect(row).to_contain_text("www.lin-normand.fr (nouvel onglet)")
    expect(row).to_contain_text("0 compte")

    # « Modifier »: its identifier stays, its name and kind change.
    page.get_by_role("button", name="Modifier Atelier du Lin Normand").click()
    edit = page.get_by_role("dialog", name="Modifier Atelier du Lin Normand")
    expect(edit).to_contain_text("Identifiant : atelier-du-lin-normand")
    assert_accessible(page, "organisations-modifier")
    edit.get_by_label("Nom").fill("Atelier du Lin de Normandie")
    edit.get_by_label("Type").select_option("DISTRIBUTOR")
    edit.get_by_role("button", name="Enregistrer").click()
    expect(edit).to_have_count(0)
    row = table.get_by_role("row").filter(has_text="Atelier du Lin de Normandie")
    expect(row).to_contain_text("Distributeur")
    page.screenshot(path=str(ARTIFACTS / "organisations.png"), full_page=True)


def test_an_operator_gives_bpifrance_an_api_client_then_revokes_it(page: Page, live_server: str) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, "ops@demo.filiere.fr")
    page.get_by_role("link", name="Organisations").click()
    page.get_by_role("button", name="Clients d'API de Bpifrance").click()
    clients = page.get_by_role("dialog", name="Clients d'API — Bpifrance")
    expect(clients).to_contain_text("grant_type=client_credentials")
    assert_accessible(page, "organisations-clients-api")

    # « Nouveau client »: the secret is shown once, beside the client's identifier.
    clients.get_by_label("Nom du nouveau client").fill("ERP Bpifrance (navigateur)")
    clients.get_by_role("button", name="Nouveau client").click()
    shown = page.get_by_role("dialog", name="Secret du client « ERP Bpifrance (navigateur) »")
    expect(shown).to_contain_text("Ce secret ne sera plus affiché")
    expect(shown.get_by_role("button", name="Copier le secret")).to_be_visible()
    assert_accessible(page, "organisations-clients-api-secret")
    page.screenshot(path=str(ARTIFACTS / "organisations-api-client-secret.png"), full_page=True)
    client_id = shown.get_by_role("textbox", name="Identifiant du client").input_value()
    secret = shown.get_by_role("textbox", name="Secret", exact=True).input_value()
    assert client_id.startswith("filiere-partner-") and len(secret) >= 43

    # The partner's system asks the token endpoint with what it was given.
    token_url = f"{live_server}/auth/token"
    form = {"grant_type": "client_credentials"}
    granted = httpx.post(token_url, data=form, auth=(client_id, secret), timeout=10)
    assert granted.status_code == 200, granted.text
    assert granted.json()["access_token"]

    # Back to the list, the secret is gone: the client is there, used just now.
    shown.get_by_role("button", name="J'ai copié le secret").click()
    row = clients.get_by_role("row").filter(has_text=client_id)
    expect(row).to_contain_text("ERP Bpifrance (navigateur)")
    expect(row).to_contain_text("Actif")
    expect(clients.get_by_text(secret)).to_have_count(0)

    # « Révoquer », confirmed: the token endpoint refuses the client from then on.
    row.get_by_role("button", name="Révoquer ERP Bpifrance (navigateur)").click()
    confirmation = page.get_by_role("dialog", name="Révoquer « ERP Bpifrance (navigateur) » ?")
    expect(confirmation).to_contain_text("La révocation est définitive")
    assert_accessible(page, "organisations-clients-api-revoquer")
    confirmation.get_by_role("button", name="Révoquer", exact=True).click()
    row = clients.get_by_role("row").filter(has_text=client_id)
    expect(row).to_contain_text("Révoqué le")
    expect(row).not_to_contain_text("jamais utilisé")  # its token was asked for
    refused = httpx.post(token_url, data=form, auth=(client_id, secret), timeout=10)
    assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"
    page.screenshot(path=str(ARTIFACTS / "organisations-api-clients.png"), full_page=True)
