"""The Starlette application: GraphQL API, calendar feeds and exports, embedded OIDC issuer, probes,
metrics and the SPA."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount, Route
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from filiere import web
from filiere.auth.issuer.keys import KeyStore
from filiere.auth.issuer.routes import EmbeddedIssuer
from filiere.auth.tokens import EmbeddedJwks, JwksSource, RemoteJwks, TokenVerifier
from filiere.demo.accounts import demo_accounts
from filiere.documents.routes import document_routes
from filiere.events.routes import event_routes
from filiere.exports.routes import export_routes
from filiere.graphql.http import GraphQLEndpoint
from filiere.graphql.schema import build_schema
from filiere.log import configure_logging
from filiere.planning.calendar.routes import calendar_routes
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry


def create_app(settings: Settings | None = None) -> Starlette:
    """Build the app. Nothing here touches a database: replicas start fast and fail in /readyz."""
    if settings is None:
        settings = Settings()
        configure_logging(settings.log_level, json=settings.log_json)
    registry = TenantRegistry(settings)
    key_store = KeyStore(registry, settings)
    http_client = httpx.AsyncClient()
    jwks: JwksSource = EmbeddedJwks(key_store) if settings.uses_embedded_issuer else RemoteJwks(settings, http_client)
    verifier = TokenVerifier(settings, jwks, registry.region_slugs)

    routes: list[BaseRoute] = [
        Route(
            "/graphql",
            GraphQLEndpoint(settings, registry, verifier, build_schema(settings)),
            methods=["GET", "POST"],
        ),
        Route("/healthz", web.healthz, methods=["GET"]),
        Route("/readyz", web.readiness(registry), methods=["GET"]),
        Route("/metrics", web.metrics, methods=["GET"]),
        Route("/config.json", web.runtime_config(settings), methods=["GET"]),
        *calendar_routes(settings, registry),
        *event_routes(registry),  # public calendar files, before the SPA's /evenements/<slug> page
        *export_routes(settings, registry, verifier),
        *document_routes(settings),  # local backend only: /files/upload|download/<signed token>
    ]
    if settings.uses_embedded_issuer:
        accounts = [{"email": account.email, "description": account.description} for account in demo_accounts(settings)]
        routes += EmbeddedIssuer(settings, registry, key_store, verifier, accounts).routes()
    if settings.spa_dir is not None and (settings.spa_dir / "index.html").is_file():
        routes.append(Mount("/", web.SinglePageApp(settings.spa_dir), name="spa"))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await http_client.aclose()
        await registry.dispose()

    middleware = [Middleware(web.RequestContextMiddleware, settings=settings)]
    if settings.trusted_proxies:
        # Here rather than uvicorn's --forwarded-allow-ips: the same rule under any server and in tests.
        middleware.insert(0, Middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies))
    app = Starlette(
        debug=settings.debug,
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.key_store = key_store
    return app
