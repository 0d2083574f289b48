"""Failed sign-ins slow a guesser down without letting anyone lock an account's owner out."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import httpx
import pytest
from sqlalchemy import update
from starlette.applications import Starlette

from filiere.app import create_app
from filiere.auth.issuer.models import SignInThrottle
from filiere.settings import Settings
from tests.backend.auth.issuer_flow import ADVISER, PASSWORD, Flow, csrf_of
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.world import PUBLIC_URL, World

UNKNOWN = "conseiller.bretagne@demo.filiere.fr"  # guessable, but no such account
WRONG = "mauvais"


def client_from(app: Starlette, address: str, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL, headers=headers)


async def attempt(client: httpx.AsyncClient, email: str = ADVISER, password: str = WRONG) -> httpx.Response:
    flow = Flow.start()
    page = await client.get(flow.url)
    return await client.post(flow.url, data={"username": email, "password": password, "csrf_token": csrf_of(page.text)})


def answer(response: httpx.Response) -> str:
    """The page without what differs from one form to the next (CSRF token, flow, typed address)."""
    return re.sub(r'(value|action)="[^"]*"', "", response.text)


async def end_delays(world: World) -> None:
    """As if the current delays had run out."""
    async with world.registry.national.sessions() as db:
        await db.execute(update(SignInThrottle).values(locked_until=datetime.now(UTC) - timedelta(seconds=1)))
        await db.commit()


@pytest.fixture
async def other_replica(world: World) -> AsyncIterator[Starlette]:
    # A second app on the same databases stands for another replica behind the load balancer.
    app = create_app(world.settings)
    yield app
    await app.state.registry.dispose()


async def test_one_address_waits_longer_after_each_failure_on_every_replica(
    world: World, other_replica: Starlette
) -> None:
    first, second = client_from(world.app, "192.0.2.10"), client_from(other_replica, "192.0.2.10")
    async with first, second:
        for index in range(world.settings.throttle_failures_before_delay - 1):
            assert (await attempt(first if index % 2 else second)).status_code == 401
        delays = []
        for _ in range(3):
            assert (await attempt(first)).status_code == 401
            waiting = await attempt(second, password=PASSWORD)  # even the right password waits its turn
            assert waiting.status_code == 429 and "Trop de tentatives" in waiting.text
            assert "Réessayez dans" in waiting.text and "lien pour se connecter" not in waiting.text
            delays.append(int(waiting.headers["retry-after"]))
            await end_delays(world)
        assert delays == [1, 2, 4]
        # Another address of the owner is not delayed at all; a sign-in clears that address's own count.
        async with client_from(world.app, "198.51.100.20") as owner:
            assert (await attempt(owner, password=PASSWORD)).status_code == 303


async def test_fifty_failures_from_ten_addresses_leave_the_owner_able_to_sign_in(world: World) -> None:
    for address in range(10):
        async with client_from(world.app, f"203.0.113.{address}") as attacker:
            for _ in range(5):
                assert (await attempt(attacker)).status_code == 401
    async with client_from(world.app, "198.51.100.20") as owner:
        assert (await attempt(owner, password=PASSWORD)).status_code == 303


async def test_a_forged_forwarded_header_buys_no_new_tries(world: World) -> None:
    app = create_app(world.settings.model_copy(update={"trusted_proxies": ["10.20.0.0/16"]}))
    try:
        for index in range(world.settings.throttle_failures_before_delay):
            async with client_from(app, "192.0.2.10", {"X-Forwarded-For": f"203.0.113.{index}"}) as attacker:
                assert (await attempt(attacker)).status_code == 401
        async with client_from(app, "192.0.2.10", {"X-Forwarded-For": "203.0.113.99"}) as attacker:
            assert (await attempt(attacker)).status_code == 429
    finally:
        await app.state.registry.dispose()


async def test_unknown_and_known_accounts_get_the_same_answers(world: World) -> None:
    answers = {}
    for index, email in enumerate((ADVISER, UNKNOWN)):
        async with client_from(world.app, f"192.0.2.{index}") as client:
            seen = []
            for _ in range(world.settings.throttle_failures_before_delay + 1):
                response = await attempt(client, email)
                seen.append((response.status_code, answer(response)))
            answers[email] = seen
    assert [status for status, _ in answers[ADVISER]] == [401] * 5 + [429]
    assert answers[ADVISER] == answers[UNKNOWN]


@pytest.fixture
def locking_settings(world: World, smtp: tuple[Inbox, int]) -> Settings:
    """A low account threshold, reached by four addresses that each stay within their free tries."""
    return settings_with_smtp(world, smtp[1]).model_copy(
        update={"throttle_account_lock_failures": 12, "throttle_failures_before_delay": 3}
    )


async def test_a_locked_account_lets_its_owner_in_through_the_e_mailed_link(
    world: World, smtp: tuple[Inbox, int], locking_settings: Settings
) -> None:
    inbox, _ = smtp
    app = create_app(locking_settings)
    try:
        for email in (ADVISER, UNKNOWN):
            for address in range(4):
                async with client_from(app, f"203.0.113.{address}") as attacker:
                    for _ in range(3):
                        assert (await attempt(attacker, email)).status_code == 401
        # One message, to the owner of the real account; none for the address that has no account.
        assert list(inbox.by_recipient()) == [ADVISER]
        message = inbox.by_recipient()[ADVISER]
        assert message["Subject"] == "Votre compte Filière est temporairement bloqué"
        body = message.get_content()
        link = re.search(r"http://\S+/auth/unlock\?token=\S+", body)
        assert link is not None, body

        async with client_from(app, "198.51.100.20") as owner:
            locked = await attempt(owner, password=PASSWORD)
            unknown = await attempt(owner, UNKNOWN, password=PASSWORD)
            assert locked.status_code == unknown.status_code == 429
            assert "lien pour se connecter" in locked.text
            assert answer(locked) == answer(unknown)
            # Mail scanners open links: the GET only asks to confirm.
            url = urlparse(link.group(0))
            page = await owner.get(f"{url.path}?{url.query}")
            assert page.status_code == 200 and "Débloquer votre compte" in page.text
            assert (await attempt(owner, password=PASSWORD)).status_code == 429
            token = re.search(r'name="token" value="([^"]+)"', page.text)
            assert token is not None
            confirmed = await owner.post("/auth/unlock", data={"token": token.group(1)})
            assert confirmed.status_code == 200 and "Compte débloqué" in confirmed.text
            # Still the password, and only for that account.
            assert (await attempt(owner, password="mauvais")).status_code == 401
            assert (await attempt(owner, UNKNOWN, password=PASSWORD)).status_code == 429
            assert (await attempt(owner, password=PASSWORD)).status_code == 303
        # The attacker has no link: still locked out, even from a fresh address.
        async with client_from(app, "203.0.113.50") as attacker:
            assert (await attempt(attacker, password=PASSWORD)).status_code == 429
        # A forged or altered token is refused.
        async with client_from(app, "198.51.100.21") as stranger:
            forged = await stranger.post("/auth/unlock", data={"token": token.group(1)[:-2] + "00"})
            assert forged.status_code == 400 and "Lien de déblocage invalide" in forged.text
    finally:
        await app.state.registry.dispose()
