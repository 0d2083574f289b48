"""The caller of an HTTP request, from its `Authorization: Bearer` header: one reading for every API
route (/graphql, downloads), so that they all accept and refuse the same tokens."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from filiere.auth.principal import Principal
from filiere.auth.tokens import InvalidTokenError, TokenVerifier


async def authenticate(connection: HTTPConnection, verifier: TokenVerifier) -> Principal | None:
    """None without an Authorization header (anonymous); `InvalidTokenError` for anything but a valid
    bearer token, so that a client with a stale token is told to sign in again rather than served as
    anonymous."""
    header = connection.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidTokenError("not a bearer token")
    return await verifier.verify(token.strip())
