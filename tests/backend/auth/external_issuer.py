"""A second OIDC issuer for the tests, shaped like ProConnect: its own RSA key, its discovery document and
JWKS served over real HTTP (uvicorn in a thread), identity claims and no Filière role; and a Filière app
that trusts it, on the world's databases."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import uvicorn
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from filiere.app import create_app
from filiere.tenancy.registry import TenantRegistry
from tests.backend.world import PUBLIC_URL, World


@dataclass
class ExternalIssuer:
    url: str
    key: RSAKey

    def token(self, sub: str, email: str, *, email_verified: object = True, **claims: Any) -> str:
        """An access token as ProConnect signs it: who the person is, never what they may do in Filière."""
        now = int(time.time())
        payload = {
            "iss": self.url,
            "aud": "filiere-api",
            "sub": sub,
            "iat": now,
            "exp": now + 300,
            "jti": uuid.uuid4().hex,
            "email": email,
            "email_verified": email_verified,
            "given_name": "Camille",
            "usual_name": "Roux",
            "siret": "13002526500013",
            **claims,
        }
        return jwt.encode({"alg": "RS256", "kid": self.key.kid, "typ": "JWT"}, payload, self.key)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_issuer() -> Iterator[ExternalIssuer]:
    port = _free_port()
    issuer = ExternalIssuer(
        url=f"http://127.0.0.1:{port}/api/v2",
        key=RSAKey.generate_key(2048, parameters={"kid": "proconnect-1", "alg": "RS256"}, private=True),
    )

    async def discovery(request: Request) -> JSONResponse:
        return JSONResponse({"issuer": issuer.url, "jwks_uri": f"{issuer.url}/jwks"})

    async def jwks(request: Request) -> JSONResponse:
        return JSONResponse(KeySet([issuer.key]).as_dict(private=False))

    app = Starlette(routes=[Route("/api/v2/.well-known/openid-configuration", discovery), Route("/api/v2/jwks", jwks)])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the test issuer did not start"
        time.sleep(0.01)
    try:
        yield issuer
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@asynccontextmanager
async def filiere_trusting(
    world: World, issuer: ExternalIssuer, roles_from: Literal["token", "account"]
) -> AsyncIterator[tuple[httpx.AsyncClient, TenantRegistry]]:
    """A Filière app on the world's databases whose configured issuer is `issuer`; its client and registry."""
    settings = world.settings.model_copy(update={"oidc_issuer": issuer.url, "oidc_roles_from": roles_from})
    app = create_app(settings)
    registry: TenantRegistry = app.state.registry
    async with (
        app.router.lifespan_context(app),  # closes its HTTP client and its database pools
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL) as client,
    ):
        yield client, registry
