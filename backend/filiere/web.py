"""HTTP plumbing shared by every route: request ids, access logs, metrics, security headers, probes and
the single-page application's files."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from filiere.documents.s3 import presigned_url_origins
from filiere.metrics import HTTP_LATENCY, HTTP_REQUESTS
from filiere.settings import Settings
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant, TenantRegistry

log = structlog.get_logger("filiere.http")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_ROUTE_LABELS = (
    "/graphql",
    "/calendar",
    "/exports",
    "/files",  # the local backend's presigned links: the token in the path is a credential
    "/auth",
    "/.well-known",
    "/healthz",
    "/readyz",
    "/metrics",
    "/config.json",
    "/assets",
)


def route_label(path: str) -> str:
    """Few, fixed labels: SPA deep links and IDs must not multiply metric series.

    The access log names this label, never the path: calendar and file links carry their token there.
    """
    for prefix in _ROUTE_LABELS:
        if path == prefix or path.startswith(prefix + "/"):
            return prefix
    return "spa"


def connect_sources(settings: Settings) -> list[str]:
    """What the SPA may fetch: its own origin, an external issuer's, and the S3 store of presigned URLs.

    Origins, not URLs: a CSP source with a path matches that path only, and the SPA reaches the
    issuer's discovery, token and JWKS endpoints, and every bucket path of the store.
    """
    sources = ["'self'"]
    if not settings.uses_embedded_issuer:
        issuer = urlsplit(settings.issuer)
        sources.append(f"{issuer.scheme}://{issuer.netloc}")
    if settings.documents_backend == "s3":
        # The browser posts uploads and opens downloads at the public endpoint (else the endpoint);
        # the local backend's links are relative, on 'self'.
        sources += presigned_url_origins(settings)
    return list(dict.fromkeys(sources))


def security_headers(settings: Settings) -> dict[str, str]:
    connect = " ".join(connect_sources(settings))
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        # Mantine writes its CSS variables in a <style> element: inline styles, never inline scripts.
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:; font-src 'self'; connect-src {connect}; object-src 'none'; "
            "base-uri 'self'; frame-ancestors 'none'"
        ),
    }
    if settings.public_url.startswith("https://"):
        headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    return headers


class RequestContextMiddleware:
    """Request id (accepted from a trusted proxy or generated), access log line and metrics."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in security_headers(settings).items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(b"x-request-id", request_id.encode())]
                extra += [(name, value) for name, value in self.headers if name not in present]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            route = route_label(scope["path"])
            HTTP_REQUESTS.labels(method=scope["method"], route=route, status=str(status)).inc()
            HTTP_LATENCY.labels(method=scope["method"], route=route).observe(elapsed)
            log.info("request", method=scope["method"], route=route, status=status, ms=round(elapsed * 1000, 1))
            structlog.contextvars.unbind_contextvars("request_id")


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


def readiness(registry: TenantRegistry) -> Any:
    """Every tenant's database answers (200), or 503 naming those that do not.

    `?require=national` narrows what must answer for a 200 while still reporting every tenant: a load
    balancer probe should not take every replica out because one region is down, since the app serves
    the other regions (and names the missing one) meanwhile.
    """

    async def readyz(request: Request) -> Response:
        async def ping(tenant: Tenant) -> str:
            async with tenant.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
            return "ok"

        tenants = list(registry.all())
        result = await fan_out(tenants, ping, timeout_per_tenant=registry.settings.database_connect_timeout_seconds)
        status = dict.fromkeys(result.results, "ok")
        status.update({failure.slug: "unavailable" for failure in result.failures})
        required = request.query_params.get("require")
        must_answer = set(required.split(",")) if required else set(status)
        ready = not any(failure.slug in must_answer for failure in result.failures)
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", "tenants": status},
            status_code=200 if ready else 503,
        )

    return readyz


async def metrics(request: Request) -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def runtime_config(settings: Settings) -> Any:
    """What the SPA needs to know at start-up; the same build runs against any issuer."""

    async def config(request: Request) -> Response:
        return JSONResponse(
            {
                "oidcAuthority": settings.issuer,
                "oidcClientId": settings.spa_client_id,
                "graphqlUrl": "/graphql",
            },
            headers={"Cache-Control": "no-cache"},
        )

    return config


class SinglePageApp(StaticFiles):
    """The built SPA: real files when they exist, otherwise index.html so that deep links work."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory=str(directory), html=True)

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as error:
            if error.status_code != 404 or "." in Path(path).name:
                raise
            response = await super().get_response("index.html", scope)
        if path.startswith("assets/"):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["Cache-Control"] = "no-cache"
        return response
