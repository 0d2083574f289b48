"""The embedded OpenID Connect issuer, driven as the SPA (and a browser) would."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from argon2 import PasswordHasher
from joserfc import jwt
from joserfc.jwk import KeySet
from pydantic import SecretStr
from sqlalchemy import func, select, update

from filiere.accounts.models import User
from filiere.app import create_app
from filiere.auth.issuer.models import AuthorizationCode, SigningKey, SignInThrottle
from filiere.auth.tokens import EmbeddedJwks, InvalidTokenError, TokenVerifier
from tests.backend.auth.issuer_flow import (
    ADVISER,
    PASSWORD,
    REDIRECT_URI,
    Flow,
    code_of,
    csrf_of,
    exchange,
    refresh,
    sign_in,
)
from tests.backend.world import PUBLIC_URL, World


async def test_discovery_and_jwks(world: World) -> None:
    discovery = (await world.client.get("/.well-known/openid-configuration")).json()
    assert discovery["issuer"] == PUBLIC_URL
    assert discovery["code_challenge_methods_supported"] == ["S256"]
    # `none` for the SPA; partner API clients send their secret (tests/backend/partners/test_api_clients.py).
    assert discovery["token_endpoint_auth_methods_supported"] == ["none", "client_secret_basic", "client_secret_post"]
    jwks = (await world.client.get("/auth/jwks")).json()
    assert len(jwks["keys"]) >= 1
    assert all("d" not in key for key in jwks["keys"]), "private parts are never published"


async def test_code_flow_with_pkce_gives_tokens_the_api_accepts(world: World) -> None:
    flow = Flow.start()
    tokens = (await exchange(world.client, flow, code_of(await sign_in(world.client, flow), flow))).json()
    assert tokens["token_type"] == "Bearer" and tokens["refresh_token"]
    keys = KeySet.import_key_set((await world.client.get("/auth/jwks")).json())
    id_token = jwt.decode(tokens["id_token"], keys, algorithms=["RS256"]).claims
    assert id_token["aud"] == ["filiere-spa"] and id_token["nonce"] == flow.params["nonce"]
    assert id_token["email"] == ADVISER
    access = jwt.decode(tokens["access_token"], keys, algorithms=["RS256"])
    assert access.header["typ"] == "at+jwt"
    assert access.claims["aud"] == "filiere-api"
    assert access.claims["filiere_role"] == "adviser" and access.claims["filiere_region"] == "normandie"
    viewer = await world.client.post(
        "/graphql",
        json={"query": "{ viewer { displayName } }"},
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert viewer.json()["data"]["viewer"]["displayName"] == "Camille Lemoine"


async def test_the_sign_in_page_is_french_and_csrf_protected(world: World) -> None:
    flow = Flow.start()
    page = await world.client.get(flow.url)
    assert '<html lang="fr">' in page.text
    assert 'name="username"' in page.text and 'name="password"' in page.text
    assert "Se connecter" in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    world.client.cookies.delete("filiere_csrf", path="/auth")
    forged = await world.client.post(flow.url, data={"username": ADVISER, "password": PASSWORD, "csrf_token": "x"})
    assert forged.status_code == 400
    assert "Votre formulaire a expiré" in forged.text
    assert "location" not in forged.headers


async def test_wrong_password_is_refused_in_french_without_saying_which_part(world: World) -> None:
    flow = Flow.start()
    wrong_password = await sign_in(world.client, flow, password="nope")
    unknown_user = await sign_in(world.client, flow, email="personne@example.fr")
    for response in (wrong_password, unknown_user):
        assert response.status_code == 401
        assert "Adresse e-mail ou mot de passe incorrect." in response.text


async def test_authorization_responses_name_the_issuer(world: World) -> None:
    """RFC 9207: a client can check the code comes from the issuer it asked, even on an error or a silent
    sign-in, and the discovery document says so."""
    discovery = (await world.client.get("/.well-known/openid-configuration")).json()
    assert discovery["authorization_response_iss_parameter_supported"] is True
    flow = Flow.start()
    signed_in = parse_qs(urlparse((await sign_in(world.client, flow)).headers["location"]).query)
    silent = parse_qs(urlparse((await world.client.get(Flow.start(prompt="none").url)).headers["location"]).query)
    world.client.cookies.clear()
    refused = parse_qs(urlparse((await world.client.get(Flow.start(prompt="none").url)).headers["location"]).query)
    no_pkce = Flow.start(code_challenge="", code_challenge_method="")
    invalid = parse_qs(urlparse((await world.client.get(no_pkce.url)).headers["location"]).query)
    assert "code" in signed_in and "code" in silent
    assert refused["error"] == ["login_required"] and invalid["error"] == ["invalid_request"]
    for query in (signed_in, silent, refused, invalid):
        assert query["iss"] == [PUBLIC_URL], query


async def test_pkce_is_required_and_s256_only(world: World) -> None:
    for overrides in (
        {"code_challenge": "", "code_challenge_method": ""},
        {"code_challenge_method": "plain"},
    ):
        flow = Flow.start(**overrides)
        response = await world.client.get(flow.url)
        assert response.status_code == 302
        query = parse_qs(urlparse(response.headers["location"]).query)
        assert query["error"] == ["invalid_request"]
    flow = Flow.start()
    code = code_of(await sign_in(world.client, flow), flow)
    wrong = await exchange(world.client, flow, code, code_verifier=secrets.token_urlsafe(48))
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"


async def test_redirect_uri_must_match_exactly(world: World) -> None:
    for uri in (f"{REDIRECT_URI}/", f"{REDIRECT_URI}?x=1", "https://evil.example/connexion/retour"):
        response = await world.client.get(Flow.start(redirect_uri=uri).url)
        assert response.status_code == 400, uri
        assert "location" not in response.headers, "never redirect to an unregistered URI"
        assert "Demande de connexion invalide" in response.text
    flow = Flow.start()
    code = code_of(await sign_in(world.client, flow), flow)
    other = await exchange(world.client, flow, code, redirect_uri="http://localhost:8000/connexion/retour")
    assert other.status_code == 400


async def test_a_code_works_once_and_its_replay_revokes_what_it_gave(world: World) -> None:
    flow = Flow.start()
    code = code_of(await sign_in(world.client, flow), flow)
    first = (await exchange(world.client, flow, code)).json()
    replay = await exchange(world.client, flow, code)
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    assert (await refresh(world.client, first["refresh_token"])).status_code == 400


async def test_codes_are_short_lived(world: World) -> None:
    flow = Flow.start()
    code = code_of(await sign_in(world.client, flow), flow)
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(update(AuthorizationCode).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert (await exchange(world.client, flow, code)).status_code == 400


async def test_refresh_tokens_rotate_and_a_replay_revokes_the_family(world: World) -> None:
    flow = Flow.start()
    first = (await exchange(world.client, flow, code_of(await sign_in(world.client, flow), flow))).json()
    second = (await refresh(world.client, first["refresh_token"])).json()
    assert second["refresh_token"] != first["refresh_token"] and second["access_token"]
    # Someone replays the old token: the whole family dies, including the legitimate newest one.
    assert (await refresh(world.client, first["refresh_token"])).status_code == 400
    assert (await refresh(world.client, second["refresh_token"])).status_code == 400


async def test_silent_sign_in_reuses_the_issuer_session(world: World) -> None:
    flow = Flow.start()
    await sign_in(world.client, flow)
    again = Flow.start(prompt="none")
    silent = await world.client.get(again.url)
    assert code_of(silent, again)
    world.client.cookies.clear()
    anonymous = await world.client.get(Flow.start(prompt="none").url)
    assert parse_qs(urlparse(anonymous.headers["location"]).query)["error"] == ["login_required"]


async def test_sign_out_ends_the_session_and_its_refresh_tokens(world: World) -> None:
    flow = Flow.start()
    tokens = (await exchange(world.client, flow, code_of(await sign_in(world.client, flow), flow))).json()
    # As oidc-client-ts sends it: the ID token as hint, no client_id.
    logout = await world.client.get(
        "/auth/logout",
        params={"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": f"{PUBLIC_URL}/au-revoir"},
    )
    assert logout.status_code == 302 and logout.headers["location"] == f"{PUBLIC_URL}/au-revoir"
    assert (await refresh(world.client, tokens["refresh_token"])).status_code == 400
    silent = await world.client.get(Flow.start(prompt="none").url)
    assert "login_required" in silent.headers["location"]


async def test_sign_out_without_the_id_token_asks_for_confirmation(world: World) -> None:
    """Logout CSRF: any page can send the browser to /auth/logout; only a confirmed form ends the session."""
    flow = Flow.start()
    tokens = (await exchange(world.client, flow, code_of(await sign_in(world.client, flow), flow))).json()
    lured = await world.client.get("/auth/logout", params={"post_logout_redirect_uri": "https://evil.example"})
    assert lured.status_code == 200 and "Voulez-vous vous déconnecter ?" in lured.text
    assert 'method="post" action="/auth/logout"' in lured.text
    assert (await refresh(world.client, tokens["refresh_token"])).status_code == 200, "still signed in"
    # A cross-site form post has neither our token nor (SameSite=Strict) our cookie.
    forged = await world.client.post("/auth/logout", data={"csrf_token": "0" * 64})
    assert forged.status_code == 400 and "Voulez-vous vous déconnecter ?" in forged.text
    silent = await world.client.get(Flow.start(prompt="none").url)
    assert "code=" in silent.headers["location"], "the session survived the forged form"

    confirm = await world.client.get("/auth/logout", params={"post_logout_redirect_uri": "https://evil.example"})
    confirmed = await world.client.post(
        "/auth/logout",
        data={"csrf_token": csrf_of(confirm.text), "post_logout_redirect_uri": "https://evil.example"},
    )
    # Signed out; an unregistered destination is never followed, the user gets a French page instead.
    assert confirmed.status_code == 200 and "Vous êtes déconnecté" in confirmed.text
    assert "login_required" in (await world.client.get(Flow.start(prompt="none").url)).headers["location"]


async def test_another_persons_id_token_does_not_sign_out_without_confirmation(world: World) -> None:
    other = httpx.AsyncClient(transport=httpx.ASGITransport(app=world.app), base_url=PUBLIC_URL)
    try:
        flow = Flow.start()
        response = await sign_in(other, flow, email="conseiller.ile-de-france@demo.filiere.fr")
        attackers = (await exchange(other, flow, code_of(response, flow))).json()
    finally:
        await other.aclose()
    await sign_in(world.client, Flow.start())
    lured = await world.client.get("/auth/logout", params={"id_token_hint": attackers["id_token"]})
    assert lured.status_code == 200 and "Voulez-vous vous déconnecter ?" in lured.text
    assert "code=" in (await world.client.get(Flow.start(prompt="none").url)).headers["location"]


async def test_ip_addresses_are_throttled_across_accounts(world: World) -> None:
    for index in range(world.settings.throttle_max_failures_per_ip):
        await sign_in(world.client, Flow.start(), email=f"inconnu{index}@example.fr", password="x")
    assert (await sign_in(world.client, Flow.start())).status_code == 429


async def test_demo_accounts_cannot_sign_in_outside_demo_mode(world: World) -> None:
    strict = create_app(world.settings.model_copy(update={"demo_mode": False}))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=strict), base_url=PUBLIC_URL)
    try:
        page = await client.get(Flow.start().url)
        assert "Comptes de démonstration" not in page.text
        assert (await sign_in(client, Flow.start())).status_code == 401
    finally:
        await client.aclose()
        await strict.state.registry.dispose()


async def test_key_rotation_lifecycle(world: World) -> None:
    verifier = TokenVerifier(world.settings, EmbeddedJwks(world.key_store), world.registry.region_slugs)
    old_token = await world.access_token(ADVISER)
    old_kid = (await world.key_store.signing_key()).kid
    new_kid = await world.key_store.rotate()

    kids = {key["kid"] for key in (await world.client.get("/auth/jwks")).json()["keys"]}
    assert {old_kid, new_kid} <= kids, "both keys are published during the rotation"
    assert (await world.key_store.signing_key()).kid == new_kid
    assert (await verifier.verify(old_token)).region == "normandie"
    assert (await verifier.verify(await world.access_token(ADVISER))).region == "normandie"
    assert await world.key_store.prune() == [], "a retiring key stays until its tokens have expired"

    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(
            update(SigningKey)
            .where(SigningKey.kid == old_kid)
            .values(retiring_since=datetime.now(UTC) - timedelta(days=1))
        )
    assert await world.key_store.prune() == [old_kid]
    assert old_kid not in {key["kid"] for key in (await world.client.get("/auth/jwks")).json()["keys"]}
    with pytest.raises(InvalidTokenError):
        await verifier.verify(old_token)


async def test_a_sign_in_upgrades_a_hash_made_with_weaker_parameters(world: World) -> None:
    """argon2's cost grows with the hardware: a hash made with older parameters is redone while the
    password is known, at the next successful sign-in (and only then)."""
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)

    async def stored_hash() -> str:
        async with world.registry.national.sessions() as session:
            value = await session.scalar(select(User.password_hash).where(User.email == ADVISER))
        assert value is not None
        return value

    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(update(User).where(User.email == ADVISER).values(password_hash=weak))
    refused = await sign_in(world.client, Flow.start(), password="pas-le-bon")
    assert refused.status_code == 401 and await stored_hash() == weak, "a failed attempt changes nothing"
    flow = Flow.start()
    code_of(await sign_in(world.client, flow), flow)
    upgraded = await stored_hash()
    assert upgraded != weak and not PasswordHasher().check_needs_rehash(upgraded)
    assert PasswordHasher().verify(upgraded, PASSWORD)


@pytest.mark.parametrize(
    ("username", "password", "message", "invalid"),
    [
        ("", "", "Saisissez votre adresse e-mail.", "username"),
        ("   ", PASSWORD, "Saisissez votre adresse e-mail.", "username"),
        (ADVISER, "", "Saisissez votre mot de passe.", "password"),
    ],
)
async def test_an_empty_field_says_what_to_type(
    world: World, username: str, password: str, message: str, invalid: str
) -> None:
    flow = Flow.start()
    form = await world.client.get(flow.url)
    response = await world.client.post(
        flow.url, data={"username": username, "password": password, "csrf_token": csrf_of(form.text)}
    )
    assert response.status_code == 400
    assert message in response.text
    assert "incorrect" not in response.text
    # The field to fill is the one marked invalid and described by the message.
    marked = re.findall(r'<input id="(\w+)"[^>]*aria-invalid="true"', response.text)
    assert marked == [invalid]
    # A slip is not a guess: nothing counts towards the lock-out.
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SignInThrottle)) == 0


async def test_the_demo_panel_shows_the_demo_password(world: World) -> None:
    page = await world.client.get(Flow.start().url)
    assert "Comptes de démonstration" in page.text
    assert f"<code>{PASSWORD}</code>" in page.text
    assert "FILIERE_DEMO_PASSWORD" not in page.text
    # The configured value, whatever it is; never outside demo mode.
    for demo_mode, password in ((True, "autre-mot-de-passe"), (False, "autre-mot-de-passe")):
        app = create_app(
            world.settings.model_copy(update={"demo_mode": demo_mode, "demo_password": SecretStr(password)})
        )
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
        try:
            text = (await client.get(Flow.start().url)).text
            assert (f"<code>{password}</code>" in text) is demo_mode
        finally:
            await client.aclose()
            await app.state.registry.dispose()
