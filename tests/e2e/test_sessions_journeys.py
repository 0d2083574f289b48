"""Issue 13, « Mes sessions »: a person signed in on two browsers sees both sessions, signs out everywhere, and
the other browser is asked for the password again on its next visit (its tokens no longer refresh)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ARTIFACTS, assert_accessible, sign_in

pytestmark = pytest.mark.e2e

# An account no other journey signs in with: ending its sessions disturbs nobody.
EMAIL = "conseiller.bourgogne-franche-comte@demo.filiere.fr"


def test_signing_out_everywhere_ends_the_other_browsers_session(
    page: Page, browser: Browser, browser_context_args: dict[str, Any]
) -> None:
    other_context = browser.new_context(**browser_context_args)
    try:
        other = other_context.new_page()
        with other.expect_response(lambda response: response.url.endswith("/auth/token")) as token_response:
            sign_in(other, EMAIL)
        other_refresh_token = token_response.value.json()["refresh_token"]
        expect(other.get_by_role("button", name="Se déconnecter", exact=True)).to_be_visible()

        sign_in(page, EMAIL)
        page.get_by_role("link", name="Mes sessions").click()
        expect(page.get_by_role("heading", level=1, name="Mes sessions")).to_be_visible()
        table = page.get_by_role("table", name="Sessions ouvertes")
        expect(table.get_by_role("row")).to_have_count(3)  # the header and the two browsers
        expect(page.get_by_text("2 sessions ouvertes")).to_be_visible()
        # The browser each session started in, and which one this is (the newest: this page's).
        expect(table.get_by_role("row").nth(1)).to_contain_text("Cette session")
        expect(table.get_by_role("row").nth(2)).not_to_contain_text("Cette session")
        expect(table).to_contain_text("Chrome")
        expect(table).to_contain_text("127.0.0.1")
        assert_accessible(page, "mes-sessions")
        page.screenshot(path=str(ARTIFACTS / "mes-sessions.png"), full_page=True)

        # « Se déconnecter partout » asks first; « Annuler » changes nothing.
        page.get_by_role("button", name="Se déconnecter partout").click()
        dialog = page.get_by_role("dialog", name="Se déconnecter partout ?")
        expect(dialog).to_contain_text("celle-ci comprise")
        assert_accessible(page, "mes-sessions-partout")
        dialog.get_by_role("button", name="Annuler").click()
        expect(dialog).to_have_count(0)
        page.get_by_role("button", name="Se déconnecter partout").click()
        dialog.get_by_role("button", name="Se déconnecter partout").click()
        # This browser signs out too.
        expect(page.get_by_role("heading", level=1, name="Vous êtes déconnecté")).to_be_visible()

        # The other browser's refresh token is dead, and its next visit asks for the password again.
        refused = other_context.request.post(
            "/auth/token",
            form={"grant_type": "refresh_token", "refresh_token": other_refresh_token, "client_id": "filiere-spa"},
        )
        assert refused.status == 400
        other.reload()
        expect(other.get_by_role("heading", name="Connexion")).to_be_visible()
    finally:
        other_context.close()
