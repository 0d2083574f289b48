"""« Mot de passe oublié ? »: the same answer for any address, a single-use link valid 30 minutes by e-mail,
every session of the account ended once the password changes."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from filiere.accounts.models import User
from filiere.administration.passwords import request_password_reset
from filiere.app import create_app
from filiere.audit.models import NationalAuditEvent
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.auth.issuer_flow import ADVISER, Flow, code_of, csrf_of, exchange, refresh, sign_in
from tests.backend.auth.password_pages import INVITED, NEW_PASSWORD, choose_password, invite
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.world import PUBLIC_URL, World

RESET_PASSWORD = "un vélo bleu sous la pluie"
DEAD_LINK = "Ce lien n'est plus valable"


@pytest.fixture
async def client(world: World, smtp: tuple[Inbox, int]) -> AsyncIterator[httpx.AsyncClient]:
    """A browser on an app that mails through the test SMTP server, with an open account `INVITED`."""
    app = create_app(settings_with_smtp(world, smtp[1]))
    invited = await invite(world)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL) as browser:
            assert (await choose_password(browser, f"/auth/invitation/{invited.token}")).status_code == 200
            yield browser
    finally:
        await app.state.registry.dispose()


async def ask_reset(client: httpx.AsyncClient, email: str) -> httpx.Response:
    form = await client.get("/auth/password-reset")
    assert form.status_code == 200
    return await client.post("/auth/password-reset", data={"username": email, "csrf_token": csrf_of(form.text)})


def reset_path(inbox: Inbox) -> str:
    body = inbox.received[-1].message.get_content()
    found = re.search(rf"{re.escape(PUBLIC_URL)}(/auth/password-reset/[\w-]+)", body)
    assert found is not None, body
    return found.group(1)


def without_address(response: httpx.Response, email: str) -> str:
    return re.sub(r'value="[^"]*"', "", response.text).replace(email, "…")


async def test_the_sign_in_page_links_the_reset_form(world: World) -> None:
    page = await world.client.get(Flow.start().url)
    assert '<a href="/auth/password-reset">Mot de passe oublié ?</a>' in page.text
    form = await world.client.get("/auth/password-reset")
    assert form.status_code == 200 and 'name="username"' in form.text and "Mot de passe oublié" in form.text


async def test_known_and_unknown_addresses_get_the_same_answer_and_only_the_owner_a_mail(
    client: httpx.AsyncClient, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    known = await ask_reset(client, INVITED.upper())
    unknown = await ask_reset(client, "personne@cci-normandie.fr")
    demo = await ask_reset(client, ADVISER)  # demo accounts share one password: nobody resets it
    assert known.status_code == unknown.status_code == demo.status_code == 200
    assert without_address(known, INVITED) == without_address(unknown, "personne@cci-normandie.fr")
    assert "Ce lien vaut 30 minutes" in html.unescape(known.text)
    assert [item.rcpt_tos for item in inbox.received] == [[INVITED]]
    message = inbox.received[0].message
    assert message["Subject"] == "Filière : choisissez un nouveau mot de passe"
    assert "valable 30 minutes et une seule fois" in message.get_content()


async def test_a_new_password_ends_every_session_and_the_link_is_spent(
    world: World, client: httpx.AsyncClient, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    flow = Flow.start()
    tokens = (await exchange(client, flow, code_of(await sign_in(client, flow, INVITED, NEW_PASSWORD), flow))).json()
    await ask_reset(client, INVITED)
    path = reset_path(inbox)
    page = await client.get(path)
    assert page.status_code == 200 and "Choisir un nouveau mot de passe" in page.text
    assert 'autocomplete="new-password"' in page.text

    done = await choose_password(client, path, RESET_PASSWORD)
    assert done.status_code == 200 and "Votre mot de passe est changé" in done.text
    assert (await refresh(client, tokens["refresh_token"])).status_code == 400
    # The browser's sign-in session is over too: the sign-in form is asked again.
    again = Flow.start()
    assert "Connexion" in (await client.get(again.url)).text
    assert (await sign_in(client, again, INVITED, NEW_PASSWORD)).status_code == 401
    code_of(await sign_in(client, again, INVITED, RESET_PASSWORD), again)
    spent = await client.get(path)
    assert spent.status_code == 410 and DEAD_LINK in html.unescape(spent.text)
    async with world.registry.national.sessions() as session:
        actions = list(
            await session.scalars(
                select(NationalAuditEvent.action).where(NationalAuditEvent.action.like("user.password_reset%"))
            )
        )
    assert sorted(actions) == ["user.password_reset", "user.password_reset_requested"]


async def test_a_refused_password_changes_nothing(
    world: World, client: httpx.AsyncClient, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    await ask_reset(client, INVITED)
    async with world.registry.national.sessions() as session:
        before = await session.scalar(select(User.password_hash).where(User.email == INVITED))
    refused = await choose_password(client, reset_path(inbox), "Lea.Petit.2026")
    assert refused.status_code == 400 and "ni votre nom ni votre adresse e-mail" in refused.text
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(User.password_hash).where(User.email == INVITED)) == before


async def test_expired_and_foreign_links_are_refused(world: World, client: httpx.AsyncClient) -> None:
    async with UnitOfWork(world.registry) as uow:
        expired = await request_password_reset(
            uow, email=INVITED, request_id="test", now=datetime.now(UTC) - timedelta(minutes=31)
        )
        await uow.commit()
    assert expired is not None
    page = await client.get(f"/auth/password-reset/{expired[1]}")
    assert page.status_code == 410 and "Demander un nouveau lien" in page.text
    # An invitation's link is no reset link, nor the reverse.
    other = await invite(world, email="marc.dupont@cci-normandie.fr")
    assert (await client.get(f"/auth/password-reset/{other.token}")).status_code == 410


async def test_a_mailbox_gets_at_most_three_links_an_hour(client: httpx.AsyncClient, smtp: tuple[Inbox, int]) -> None:
    inbox, _ = smtp
    answers = [await ask_reset(client, INVITED) for _ in range(5)]
    assert {answer.status_code for answer in answers} == {200}
    assert len(inbox.received) == 3
