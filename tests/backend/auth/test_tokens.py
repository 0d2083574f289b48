"""The API as a resource server: only tokens from the configured issuer, for this API, still valid."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from filiere.auth.principal import Role
from filiere.auth.tokens import InvalidTokenError, RemoteJwks, TokenVerifier, principal_from_claims
from filiere.settings import ClaimMapping, Settings
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
VIEWER = "{ viewer { displayName role region { slug } } }"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


async def status_with(world: World, token: str) -> tuple[int, dict[str, Any]]:
    response = await world.client.post("/graphql", json={"query": VIEWER}, headers={"Authorization": f"Bearer {token}"})
    return response.status_code, response.json()


async def test_a_valid_token_is_accepted(world: World) -> None:
    status, body = await status_with(world, await world.access_token(ADVISER))
    assert status == 200
    assert body["data"]["viewer"] == {
        "displayName": "Camille Lemoine",
        "role": "ADVISER",
        "region": {"slug": "normandie"},
    }


async def test_rejections(world: World) -> None:
    valid = await world.access_token(ADVISER)
    header, payload, _ = valid.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    key = await world.key_store.signing_key()
    public_pem = key.as_pem(private=False)
    now = int(time.time())

    none_token = f"{b64(json.dumps({'alg': 'none', 'kid': key.kid}).encode())}.{payload}."
    hs_header = b64(json.dumps({"alg": "HS256", "kid": key.kid, "typ": "JWT"}).encode())
    hs_signature = hmac.new(public_pem, f"{hs_header}.{payload}".encode(), hashlib.sha256).digest()
    hs256_with_public_key = f"{hs_header}.{payload}.{b64(hs_signature)}"
    stranger = RSAKey.generate_key(2048, parameters={"kid": "not-ours"}, private=True)
    unknown_kid = jwt.encode({"alg": "RS256", "kid": "not-ours"}, claims, stranger)
    forged_kid = jwt.encode({"alg": "RS256", "kid": key.kid}, claims, stranger)

    rejected = {
        "alg none": none_token,
        "HS256 keyed with the public key": hs256_with_public_key,
        "unknown kid": unknown_kid,
        "known kid, foreign signature": forged_kid,
        "wrong audience": await world.access_token(ADVISER, aud="another-api"),
        "expired": await world.access_token(ADVISER, exp=now - 120, iat=now - 600, nbf=now - 600),
        "not yet valid": await world.access_token(ADVISER, nbf=now + 600),
        "wrong issuer": await world.access_token(ADVISER, iss="https://evil.example"),
        "no Filière role": await world.access_token(ADVISER, filiere_role="admin"),
        "adviser of an unknown region": await world.access_token(ADVISER, filiere_region="atlantide"),
        "tampered payload": f"{header}.{b64(json.dumps({**claims, 'filiere_role': 'national'}).encode())}."
        + valid.split(".")[2],
        "garbage": "not-a-jwt",
    }
    for reason, token in rejected.items():
        status, body = await status_with(world, token)
        assert status == 401, reason
        assert body["errors"][0]["extensions"]["code"] == "INVALID_TOKEN", reason

    response = await world.client.post("/graphql", json={"query": VIEWER}, headers={"Authorization": "Basic abc"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_claims_are_mapped_by_configuration_for_any_issuer() -> None:
    keycloak = ClaimMapping(role="realm_access.roles")
    claims = {
        "sub": "f2d1",
        "realm_access": {"roles": ["offline_access", "default-roles-filiere", "regional_admin"]},
        "filiere_region": "hauts-de-france",
        "name": "Mathis Carpentier",
        "email": "admin.hauts-de-france@demo.filiere.fr",
    }
    principal = principal_from_claims(claims, keycloak, {"hauts-de-france"})
    assert principal.role is Role.REGIONAL_ADMIN
    assert principal.region == "hauts-de-france"
    assert principal.display_name == "Mathis Carpentier"
    # A region claim on a national role is ignored: it would wrongly scope the user.
    national = principal_from_claims({**claims, "realm_access": {"roles": ["national"]}}, keycloak, {"hauts-de-france"})
    assert national.region is None
    with pytest.raises(InvalidTokenError):
        principal_from_claims({**claims, "realm_access": {"roles": ["offline_access"]}}, keycloak, {"hauts-de-france"})


async def test_remote_jwks_is_cached_and_refetched_when_the_issuer_rotates() -> None:
    issuer = "https://keycloak.example/realms/filiere"
    old = RSAKey.generate_key(2048, parameters={"kid": "old", "alg": "RS256"}, private=True)
    new = RSAKey.generate_key(2048, parameters={"kid": "new", "alg": "RS256"}, private=True)
    published = [old]
    fetches: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetches.append(request.url.path)
        if request.url.path.endswith("openid-configuration"):
            return httpx.Response(200, json={"issuer": issuer, "jwks_uri": f"{issuer}/protocol/openid-connect/certs"})
        return httpx.Response(200, json=KeySet(published).as_dict(private=False))

    settings = Settings(environment="test", oidc_issuer=issuer)
    jwks = RemoteJwks(settings, httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    jwks.REFETCH_UNKNOWN_KID_SECONDS = 0.0
    verifier = TokenVerifier(settings, jwks, ["normandie"])

    def token(key: RSAKey) -> str:
        now = int(time.time())
        claims = {
            "iss": issuer,
            "aud": "filiere-api",
            "sub": "s1",
            "exp": now + 60,
            "filiere_role": "national",
        }
        return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)

    assert (await verifier.verify(token(old))).role is Role.NATIONAL
    assert (await verifier.verify(token(old))).role is Role.NATIONAL
    assert fetches == [
        "/realms/filiere/.well-known/openid-configuration",
        "/realms/filiere/protocol/openid-connect/certs",
    ]

    published.append(new)  # the issuer rotates: a token signed with the new key arrives
    assert (await verifier.verify(token(new))).role is Role.NATIONAL
    assert fetches[-1].endswith("/certs") and len(fetches) == 3

    with pytest.raises(InvalidTokenError):
        await verifier.verify(token(RSAKey.generate_key(2048, parameters={"kid": "rogue"}, private=True)))
