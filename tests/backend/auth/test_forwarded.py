"""The client address that throttles and rate limits count: X-Forwarded-For is believed only from the proxies
of FILIERE_TRUSTED_PROXIES, and then only its right-most address that is not one of them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import select
from starlette.applications import Starlette

from filiere.app import create_app
from filiere.auth.issuer.models import SignInThrottle
from filiere.ratelimit.models import RateLimitWindow
from filiere.settings import Settings
from tests.backend.auth.issuer_flow import ADVISER, Flow, csrf_of
from tests.backend.programmes.support import SUBMIT, form
from tests.backend.world import PUBLIC_URL, World

PROXY_NETWORK = "10.20.0.0/16"
PROXY = "10.20.3.4"
UNTRUSTED_PEER = "198.51.100.9"


@pytest.fixture
async def proxied_app(world: World) -> AsyncIterator[Starlette]:
    app = create_app(world.settings.model_copy(update={"trusted_proxies": [PROXY_NETWORK]}))
    yield app
    await app.state.registry.dispose()


def client_from(app: Starlette, peer: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(peer, 40000)), base_url=PUBLIC_URL)


async def counted_addresses(world: World) -> set[str]:
    """The addresses the sign-in throttle and the candidacy limit have counted so far."""
    async with world.registry.national.sessions() as db:
        keys = list(await db.scalars(select(SignInThrottle.key))) + list(await db.scalars(select(RateLimitWindow.key)))
    return {key.rsplit(":", 1)[1] for key in keys if key.startswith(("ip:", "candidacy:client:"))}


async def failed_sign_in(client: httpx.AsyncClient, forwarded_for: str) -> None:
    flow = Flow.start()
    headers = {"X-Forwarded-For": forwarded_for}
    page = await client.get(flow.url, headers=headers)
    data = {"username": ADVISER, "password": "mauvais", "csrf_token": csrf_of(page.text)}
    assert (await client.post(flow.url, data=data, headers=headers)).status_code == 401


async def candidacy(client: httpx.AsyncClient, forwarded_for: str) -> None:
    response = await client.post(
        "/graphql",
        json={"query": SUBMIT, "variables": {"input": form(consent=False)}},
        headers={"X-Forwarded-For": forwarded_for},
    )
    assert response.status_code == 200, response.text


async def test_a_forged_header_from_an_untrusted_peer_moves_no_counter(world: World, proxied_app: Starlette) -> None:
    async with client_from(proxied_app, UNTRUSTED_PEER) as client:
        for index in range(3):
            await failed_sign_in(client, f"203.0.113.{index}")
            await candidacy(client, f"203.0.113.{index}")
    assert await counted_addresses(world) == {UNTRUSTED_PEER}


async def test_behind_a_trusted_proxy_the_right_most_untrusted_address_counts(
    world: World, proxied_app: Starlette
) -> None:
    async with client_from(proxied_app, PROXY) as client:
        # The client wrote the first entry; the proxies of the network appended the rest.
        await failed_sign_in(client, "203.0.113.1, 192.0.2.44, 10.20.9.9")
        await candidacy(client, "203.0.113.1, 192.0.2.44, 10.20.9.9")
    assert await counted_addresses(world) == {"192.0.2.44"}


async def test_without_trusted_proxies_the_header_is_ignored_even_from_loopback(world: World) -> None:
    # world.client connects from 127.0.0.1, which uvicorn used to trust by default.
    await failed_sign_in(world.client, "203.0.113.7")
    await candidacy(world.client, "203.0.113.7")
    assert await counted_addresses(world) == {"127.0.0.1"}


def test_serve_leaves_forwarded_headers_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn's own proxy handling (FORWARDED_ALLOW_IPS, loopback trusted by default) stays off."""
    import uvicorn

    from filiere import cli

    options: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: options.update(kwargs))
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "*")
    cli.serve(host="127.0.0.1", port=8000, workers=1)
    assert options["factory"] is True and options["proxy_headers"] is False


def test_trusted_proxies_are_addresses_or_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILIERE_TRUSTED_PROXIES", "10.0.0.5, 10.244.0.0/16,fd00::/8")
    assert Settings().trusted_proxies == ["10.0.0.5", "10.244.0.0/16", "fd00::/8"]
    monkeypatch.delenv("FILIERE_TRUSTED_PROXIES")
    assert Settings().trusted_proxies == []  # nobody is believed by default
    for wrong in ("*", "proxy.internal", "10.0.0.0/33"):
        monkeypatch.setenv("FILIERE_TRUSTED_PROXIES", wrong)
        with pytest.raises(ValidationError, match="FILIERE_TRUSTED_PROXIES"):
            Settings()
