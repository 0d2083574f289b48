"""The API as an OAuth2 resource server: verify a bearer token from the configured issuer and turn its
claims into a `Principal`. The same code serves the embedded issuer, Keycloak or ProConnect."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any, Protocol

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import extract_compact

from filiere.auth.issuer.keys import KeyStore
from filiere.auth.principal import REGIONAL_ROLES, Principal, Role
from filiere.settings import ClaimMapping, Settings

# Asymmetric algorithms only: `none` and HMAC (which an attacker could key with our public key) never.
ACCEPTED_ALGORITHMS = ["RS256", "PS256", "ES256"]
LEEWAY_SECONDS = 30


class InvalidTokenError(Exception):
    """The bearer token must not be trusted; the reason is logged, never shown."""


class AccountNotOpenError(Exception):
    """A valid token of a person without a Filière account: they ask their regional manager for one (we
    never open one on the fly). Every API route answers it with HTTP 403 and this code and message."""

    code = "ACCOUNT_NOT_OPEN"
    message = "Votre compte Filière n'est pas encore ouvert : demandez-le à votre responsable régional."


class RateLimitedError(Exception):
    """A partner API client over its requests per minute: every API route answers HTTP 429 with this code and
    message, and `Retry-After`."""

    code = "RATE_LIMITED"
    message = "Trop de requêtes pour ce client d'API : réessayez dans quelques secondes."

    def __init__(self, retry_after: int) -> None:
        super().__init__(self.message)
        self.retry_after = retry_after


@dataclass(frozen=True, kw_only=True)
class ExternalIdentity:
    """A person an external issuer vouches for, whose role, region and organisation Filière's own account
    decides (`filiere.auth.bearer`): ProConnect's tokens carry no Filière role."""

    issuer: str
    subject: str
    # Lower-cased, and only when the issuer says it verified the address: it may bind an invited account.
    verified_email: str | None


class JwksSource(Protocol):
    async def key_set(self, *, unknown_kid: str | None = None) -> KeySet: ...


class EmbeddedJwks:
    """Keys of the issuer built into this app, read without an HTTP round trip."""

    def __init__(self, key_store: KeyStore) -> None:
        self._key_store = key_store

    async def key_set(self, *, unknown_kid: str | None = None) -> KeySet:
        return await self._key_store.public_key_set(unknown_kid=unknown_kid)


class RemoteJwks:
    """Keys published by an external issuer, fetched over HTTPS and cached."""

    REFETCH_UNKNOWN_KID_SECONDS = 30.0

    def __init__(self, settings: Settings, client: httpx.AsyncClient) -> None:
        self._settings = settings
        self._client = client
        self._jwks_url = settings.oidc_jwks_url
        self._cached: KeySet | None = None
        self._fetched_at = 0.0

    async def key_set(self, *, unknown_kid: str | None = None) -> KeySet:
        age = time.monotonic() - self._fetched_at
        stale = self._cached is None or age > self._settings.jwks_cache_seconds
        rotated = (
            unknown_kid is not None
            and self._cached is not None
            and not any(key.kid == unknown_kid for key in self._cached.keys)
            and age > self.REFETCH_UNKNOWN_KID_SECONDS
        )
        if stale or rotated:
            self._cached = KeySet.import_key_set(await self._get_json(await self._url()))  # type: ignore[arg-type]
            self._fetched_at = time.monotonic()
        assert self._cached is not None
        return self._cached

    async def _url(self) -> str:
        if self._jwks_url is None:
            discovery = await self._get_json(f"{self._settings.issuer}/.well-known/openid-configuration")
            self._jwks_url = str(discovery["jwks_uri"])
        return self._jwks_url

    async def _get_json(self, url: str) -> dict[str, Any]:
        response = await self._client.get(url, timeout=5.0)
        response.raise_for_status()
        payload: dict[str, Any] = response.json()
        return payload


class TokenVerifier:
    def __init__(self, settings: Settings, jwks: JwksSource, region_slugs: list[str]) -> None:
        self._settings = settings
        self._jwks = jwks
        self._region_slugs = set(region_slugs)
        self._claims = jwt.JWTClaimsRegistry(
            leeway=LEEWAY_SECONDS,
            iss={"essential": True, "value": settings.issuer},
            aud={"essential": True, "value": settings.oidc_audience},
            exp={"essential": True},
            sub={"essential": True},
        )

    async def identify(self, token: str) -> Principal | ExternalIdentity:
        """Who the token names. Its role claim decides in `token` mode; Filière's account decides in
        `account` mode, whatever role the token claims, and also in `token` mode for an external issuer's
        token that names no Filière role (that issuer could grant any role anyway: reading the account
        instead grants nothing more). The embedded issuer always names one."""
        claims = await self._verified_claims(token)
        mapping = self._settings.oidc_claims
        by_account = self._settings.oidc_roles_from == "account" or (
            not self._settings.uses_embedded_issuer and _role(claim(claims, mapping.role)) is None
        )
        if by_account:
            return external_identity(claims, mapping)
        principal = principal_from_claims(claims, mapping, self._region_slugs)
        # Another issuer's `sid` names its own sessions, not ours.
        session = claims.get("sid") if self._settings.uses_embedded_issuer else None
        if isinstance(session, str) and session.isdecimal():
            return replace(principal, sign_in_session=int(session))
        return principal

    async def verify(self, token: str) -> Principal:
        """The principal of a token that names its role (the embedded issuer's userinfo)."""
        return principal_from_claims(await self._verified_claims(token), self._settings.oidc_claims, self._region_slugs)

    async def _verified_claims(self, token: str) -> dict[str, Any]:
        try:
            kid = extract_compact(token.encode()).headers().get("kid")
        except (JoseError, ValueError) as error:
            raise InvalidTokenError("malformed token") from error
        if not kid:
            raise InvalidTokenError("token without kid")
        keys = await self._jwks.key_set(unknown_kid=kid)
        try:
            decoded = jwt.decode(token, keys, algorithms=ACCEPTED_ALGORITHMS)
            self._claims.validate(decoded.claims)
        except (JoseError, ValueError) as error:
            raise InvalidTokenError(type(error).__name__) from error
        return decoded.claims


def claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _role(value: Any) -> Role | None:
    candidates = value if isinstance(value, list) else [value]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate in Role._value2member_map_:
            return Role(candidate)
    return None


def external_identity(claims: dict[str, Any], mapping: ClaimMapping) -> ExternalIdentity:
    email = claim(claims, mapping.email)
    verified = claim(claims, mapping.email_verified) is True  # a JSON boolean; never the string "true"
    return ExternalIdentity(
        issuer=str(claims["iss"]),
        subject=str(claims["sub"]),
        verified_email=email.strip().lower() if verified and isinstance(email, str) and email.strip() else None,
    )


def principal_from_claims(claims: dict[str, Any], mapping: ClaimMapping, region_slugs: set[str]) -> Principal:
    role = _role(claim(claims, mapping.role))
    if role is None:
        raise InvalidTokenError("token carries no Filière role")
    region = claim(claims, mapping.region)
    if role in REGIONAL_ROLES and region not in region_slugs:
        raise InvalidTokenError("regional role without a configured region")
    if role not in REGIONAL_ROLES:
        region = None
    organisation = claim(claims, mapping.organisation)
    email = claim(claims, mapping.email)
    name = claim(claims, mapping.name)
    return Principal(
        subject=str(claims["sub"]),
        role=role,
        display_name=name if isinstance(name, str) and name else str(email or claims["sub"]),
        email=email if isinstance(email, str) else None,
        region=region,
        organisation=organisation if isinstance(organisation, str) else None,
    )
