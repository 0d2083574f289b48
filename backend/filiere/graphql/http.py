"""The /graphql endpoint: authenticate the bearer token, open the request's unit of work, run Strawberry."""

from __future__ import annotations

from typing import Any

import structlog
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry import Schema
from strawberry.asgi import GraphQL

from filiere.auth.bearer import authenticate
from filiere.auth.tokens import InvalidTokenError, TokenVerifier
from filiere.graphql.context import Context
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry

log = structlog.get_logger(__name__)


class _Strawberry(GraphQL[Context, None]):
    async def get_context(self, request: Any, response: Any) -> Context:
        context: Context = request.scope["state"]["graphql_context"]
        return context


class GraphQLEndpoint:
    def __init__(self, settings: Settings, registry: TenantRegistry, verifier: TokenVerifier, schema: Schema) -> None:
        self._settings = settings
        self._registry = registry
        self._verifier = verifier
        self._strawberry = _Strawberry(
            schema,
            graphql_ide=None if settings.is_production else "graphiql",
            # Mutations never run over GET; in production queries do not either (URLs end up in logs).
            allow_queries_via_get=not settings.is_production,
            multipart_uploads_enabled=False,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            principal = await authenticate(request, self._verifier)
        except InvalidTokenError as error:
            log.info("invalid_token", reason=str(error))
            await _unauthorized()(scope, receive, send)
            return
        context = Context.build(
            self._settings,
            self._registry,
            principal,
            scope.get("state", {}).get("request_id", ""),
            client_address=request.client.host if request.client else "",
        )
        scope.setdefault("state", {})["graphql_context"] = context
        try:
            await self._strawberry(scope, receive, send)
        finally:
            await context.uow.close()


def _unauthorized() -> Response:
    return JSONResponse(
        {
            "errors": [
                {
                    "message": ("Votre session a expiré ou votre jeton d'accès est invalide. Reconnectez-vous."),
                    "extensions": {"code": "INVALID_TOKEN"},
                }
            ]
        },
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )
