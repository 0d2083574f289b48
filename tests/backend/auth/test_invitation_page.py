"""The invitation link's page « Créer votre mot de passe »: it opens the account once, under the policy."""

from __future__ import annotations

import html
import secrets
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from filiere.administration.service import COMMAND_LINE, invite_again
from filiere.audit.models import NationalAuditEvent
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.auth.issuer_flow import Flow, code_of, csrf_of, sign_in
from tests.backend.auth.password_pages import INVITED, NEW_PASSWORD, account_state, choose_password, invite
from tests.backend.world import World

DEAD_LINK = "Ce lien n'est plus valable"


def path_of(token: str) -> str:
    return f"/auth/invitation/{token}"


async def test_the_page_is_french_states_the_rules_and_loads_only_its_own_script(world: World) -> None:
    invited = await invite(world)
    page = await world.client.get(path_of(invited.token))
    assert page.status_code == 200
    assert '<html lang="fr">' in page.text and "Créer votre mot de passe" in page.text
    assert 'name="password"' in page.text and 'name="confirmation"' in page.text
    assert page.text.count('autocomplete="new-password"') == 2
    assert "onpaste" not in page.text, "pasting from a password manager is allowed"
    assert "Au moins 12 caractères" in page.text and INVITED in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert page.headers["cache-control"] == "no-store"
    script = await world.client.get("/auth/static/password.js")
    assert script.status_code == 200 and "Robustesse estimée" in script.text


async def test_setting_the_password_opens_the_account_and_signs_in(world: World) -> None:
    invited = await invite(world)
    done = await choose_password(world.client, path_of(invited.token))
    assert done.status_code == 200, done.text
    assert "Votre mot de passe est créé" in done.text
    state = await account_state(world)
    assert state.active and state.used_invitations == 1
    assert state.password_hash is not None and PasswordHasher().verify(state.password_hash, NEW_PASSWORD)
    async with world.registry.national.sessions() as session:
        event = await session.scalar(select(NationalAuditEvent).where(NationalAuditEvent.action == "user.activated"))
    assert event is not None
    assert (event.actor_subject, event.entity_id) == (invited.user.subject, invited.user.id)
    assert event.after == {"active": True, "passwordSet": True}

    flow = Flow.start()
    code_of(await sign_in(world.client, flow, INVITED, NEW_PASSWORD), flow)
    # The link is spent: it opens nothing a second time.
    again = await world.client.get(path_of(invited.token))
    assert again.status_code == 410 and DEAD_LINK in html.unescape(again.text)
    assert "demandez une nouvelle invitation à votre responsable" in again.text


async def test_a_link_used_between_opening_and_sending_the_form_is_refused(world: World) -> None:
    invited = await invite(world)
    page = await world.client.get(path_of(invited.token))
    assert (await choose_password(world.client, path_of(invited.token))).status_code == 200
    before = await account_state(world)
    replay = await world.client.post(
        path_of(invited.token),
        data={
            "csrf_token": csrf_of(page.text),
            "password": "un autre mot de passe",
            "confirmation": "un autre mot de passe",
        },
    )
    assert replay.status_code == 410 and DEAD_LINK in html.unescape(replay.text)
    assert await account_state(world) == before


@pytest.mark.parametrize("case", ["expired", "replaced", "unknown"])
async def test_expired_replaced_and_unknown_links_are_refused(world: World, case: str) -> None:
    if case == "expired":
        token = (await invite(world, now=datetime.now(UTC) - timedelta(days=7, minutes=1))).token
    elif case == "replaced":
        invited = await invite(world)
        token = invited.token
        async with UnitOfWork(world.registry) as uow:
            await invite_again(uow, COMMAND_LINE, user_id=invited.user.id, request_id="test")
            await uow.commit()
    else:
        token = secrets.token_urlsafe(32)
    page = await world.client.get(path_of(token))
    assert page.status_code == 410 and DEAD_LINK in html.unescape(page.text)
    assert 'name="password"' not in page.text
    posted = await world.client.post(path_of(token), data={"password": NEW_PASSWORD, "confirmation": NEW_PASSWORD})
    assert posted.status_code == 410
    if case != "unknown":
        state = await account_state(world)
        assert not state.active and state.password_hash is None


@pytest.mark.parametrize(
    ("password", "confirmation", "message"),
    [
        ("court", None, "au moins 12 caractères (il en compte 5)"),
        ("Password123456", None, "plus courants"),
        ("lea.petit-2026!", None, "ni votre nom ni votre adresse e-mail"),
        (NEW_PASSWORD, "la mer est calme ce matin", "Les deux mots de passe saisis sont différents."),
    ],
)
async def test_a_refused_password_is_explained_and_writes_nothing(
    world: World, password: str, confirmation: str | None, message: str
) -> None:
    invited = await invite(world)
    before = await account_state(world)
    refused = await choose_password(world.client, path_of(invited.token), password, confirmation)
    assert refused.status_code == 400 and message in html.unescape(refused.text)
    assert 'aria-invalid="true"' in refused.text and 'role="alert"' in refused.text
    assert await account_state(world) == before
    # The link still works.
    assert (await choose_password(world.client, path_of(invited.token))).status_code == 200


async def test_a_form_without_its_csrf_token_writes_nothing(world: World) -> None:
    invited = await invite(world)
    before = await account_state(world)
    forged = await world.client.post(
        path_of(invited.token), data={"csrf_token": "x", "password": NEW_PASSWORD, "confirmation": NEW_PASSWORD}
    )
    assert forged.status_code == 400 and "Votre formulaire a expiré" in forged.text
    assert await account_state(world) == before
