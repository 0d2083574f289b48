"""The embedded issuer's authorization-code flow as the SPA drives it (PKCE, CSRF-protected form), for the
issuer, throttle and forwarded-address tests."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlparse

import httpx

from tests.backend.world import PUBLIC_URL

ADVISER = "conseiller.normandie@demo.filiere.fr"
PASSWORD = "filiere-demo"
REDIRECT_URI = f"{PUBLIC_URL}/connexion/retour"


@dataclass
class Flow:
    verifier: str
    params: dict[str, str]

    @classmethod
    def start(cls, **overrides: str) -> Flow:
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        params = {
            "response_type": "code",
            "client_id": "filiere-spa",
            "redirect_uri": REDIRECT_URI,
            "scope": "openid profile email offline_access",
            "state": secrets.token_urlsafe(8),
            "nonce": secrets.token_urlsafe(8),
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            **overrides,
        }
        return cls(verifier=verifier, params={k: v for k, v in params.items() if v != ""})

    @property
    def url(self) -> str:
        return f"/auth/authorize?{urlencode(self.params)}"


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "the sign-in form carries a CSRF token"
    return match.group(1)


async def sign_in(
    client: httpx.AsyncClient, flow: Flow, email: str = ADVISER, password: str = PASSWORD
) -> httpx.Response:
    form = await client.get(flow.url)
    assert form.status_code == 200
    return await client.post(flow.url, data={"username": email, "password": password, "csrf_token": csrf_of(form.text)})


def code_of(response: httpx.Response, flow: Flow) -> str:
    assert response.status_code in (302, 303), response.text
    location = urlparse(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT_URI
    query = parse_qs(location.query)
    assert query["state"] == [flow.params["state"]]
    return query["code"][0]


async def exchange(client: httpx.AsyncClient, flow: Flow, code: str, **overrides: str) -> httpx.Response:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
        "client_id": "filiere-spa",
        "code_verifier": flow.verifier,
        **overrides,
    }
    return await client.post("/auth/token", data=data)


async def refresh(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(
        "/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": token, "client_id": "filiere-spa"},
    )
