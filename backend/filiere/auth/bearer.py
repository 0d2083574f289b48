"""The caller of an HTTP request, from its `Authorization: Bearer` header: one reading for every API
route (/graphql, downloads), so that they all accept and refuse the same tokens."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from filiere.auth.issuer.identities import principal_of_identity
from filiere.auth.issuer.revocation import account_is_open, api_client_wait
from filiere.auth.principal import Principal
from filiere.auth.tokens import ExternalIdentity, InvalidTokenError, RateLimitedError, TokenVerifier
from filiere.tenancy.registry import TenantRegistry


async def authenticate(connection: HTTPConnection, verifier: TokenVerifier) -> Principal | None:
    """None without an Authorization header (anonymous); `InvalidTokenError` for anything but a valid
    bearer token of an open account, so that a client with a stale token is told to sign in again rather
    than served as anonymous; `AccountNotOpenError` for a person an external issuer vouches for but who has
    no Filière account (`ACCOUNT_NOT_OPEN`). Either way one national read. A partner API client is refused
    once revoked, and answered `RateLimitedError` beyond its requests per minute (one more statement)."""
    header = connection.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidTokenError("not a bearer token")
    verified = await verifier.identify(token.strip())
    registry: TenantRegistry = connection.app.state.registry
    if isinstance(verified, ExternalIdentity):
        return await principal_of_identity(registry, verified)
    principal = verified
    if not await account_is_open(registry, principal.subject):
        raise InvalidTokenError("account deactivated")
    wait = await api_client_wait(registry, connection.app.state.settings, principal.subject)
    if wait is not None:
        raise RateLimitedError(wait)
    return principal
