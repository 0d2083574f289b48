"""The /graphql endpoint: bound the request, authenticate the bearer token, open the request's unit of work,
run Strawberry."""

from __future__ import annotations

import json
from typing import Any

import structlog
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send
from strawberry import Schema
from strawberry.asgi import GraphQL

from filiere.auth.bearer import authenticate
from filiere.auth.tokens import AccountNotOpenError, InvalidTokenError, RateLimitedError, TokenVerifier
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
        if request.method == "POST":
            refused = await self._bounded(request)
            if isinstance(refused, Response):
                await refused(scope, receive, send)
                return
            receive = _replay(refused, receive)
            request = Request(scope, receive)
        try:
            principal = await authenticate(request, self._verifier)
        except InvalidTokenError as error:
            log.info("invalid_token", reason=str(error))
            await _unauthorized()(scope, receive, send)
            return
        except AccountNotOpenError as error:
            log.info("account_not_open")
            await _refused(403, error.code, error.message)(scope, receive, send)
            return
        except RateLimitedError as error:
            headers = {"Retry-After": str(error.retry_after)}
            await _refused(429, error.code, error.message, headers)(scope, receive, send)
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

    async def _bounded(self, request: Request) -> bytes | Response:
        """The body, read whole if it is not too large; or the answer that refuses it. graphql-core and the
        JSON parser would otherwise spend memory and recursion on whatever they are sent."""
        limit = self._settings.graphql_max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return _too_large(limit)
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > limit:
                return _too_large(limit)
        if "json" in request.headers.get("content-type", "") and _too_nested(bytes(body), self._settings):
            return _refused(
                400,
                "REQUEST_TOO_NESTED",
                "La requête est imbriquée trop profondément pour être lue.",
            )
        return bytes(body)


def _too_nested(body: bytes, settings: Settings) -> bool:
    """True when the JSON nests deeper than allowed (a malformed body is left to Strawberry's own answer)."""
    try:
        value = json.loads(body)
    except RecursionError:
        return True
    except ValueError:
        return False
    level, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > settings.graphql_max_json_depth:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return False


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body again, for Strawberry; then the client's own messages (its disconnection)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _too_large(limit: int) -> Response:
    return _refused(
        413,
        "REQUEST_TOO_LARGE",
        f"La requête dépasse la taille maximale acceptée ({limit // 1024} Ko).",
    )


def _refused(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status_code=status, headers=headers
    )


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
