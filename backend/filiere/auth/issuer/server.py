"""Authlib's authorization server, wired for an async database.

Authlib runs synchronously and expects to read and write storage from inside its grants. We give it an
`Exchange` instead: everything a request may need is loaded before Authlib runs (the code, the refresh
token, the user, the signing key), and everything it decides to store is recorded there and written
afterwards by `routes.py` — with atomic checks, so a code or refresh token is still used only once
when two requests race.

Hardening beyond Authlib's defaults: PKCE is mandatory and S256 only; redirect URIs match exactly;
the only public client is the SPA (no secret, `token_endpoint_auth_method=none`). Partner API clients
(`filiere.apiclients`) are confidential: client credentials only (RFC 6749 §4.4), with their secret in HTTP
Basic or in the form; their tokens name the client (`sub` = `client:<client_id>`) and its organisation, with
the role of a partner, so that they reach what a partner of that organisation reaches and nothing more.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from authlib.common.urls import add_params_to_uri
from authlib.oauth2 import AuthorizationServer, OAuth2Request
from authlib.oauth2.rfc6749 import ClientMixin, InvalidRequestError, InvalidScopeError, grants
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc9068 import JWTBearerTokenGenerator
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from authlib.oidc.rpinitiated import EndSessionEndpoint
from joserfc.jwk import KeySet, RSAKey
from starlette.datastructures import Headers
from starlette.responses import JSONResponse, RedirectResponse, Response

from filiere.accounts.models import User
from filiere.apiclients.credentials import ClientCredentials, subject_of
from filiere.auth.issuer.models import AuthorizationCode, RefreshToken
from filiere.auth.principal import Role
from filiere.settings import Settings

SCOPES = ["openid", "profile", "email", "offline_access"]


def with_issuer(redirect_uri: str, issuer: str) -> str:
    located: str = add_params_to_uri(redirect_uri, [("iss", issuer)])
    return located


def digest(secret: str) -> str:
    """Stored form of codes and tokens: SHA-256, so the database never holds a usable secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, kw_only=True)
class ResourceOwner:
    """The signed-in person, as the issuer puts them in tokens."""

    user_id: int
    subject: str
    email: str
    display_name: str
    role: str
    region: str | None
    organisation: str | None

    @classmethod
    def of(cls, user: User, organisation: str | None) -> ResourceOwner:
        return cls(
            user_id=user.id,
            subject=user.subject,
            email=user.email,
            display_name=user.display_name,
            role=user.role.value,
            region=user.region,
            organisation=organisation,
        )

    def get_user_id(self) -> str:
        """The `sub` of tokens (Authlib's UserMixin)."""
        return self.subject

    def token_claims(self) -> dict[str, Any]:
        claims: dict[str, Any] = {
            "name": self.display_name,
            "email": self.email,
            "filiere_role": self.role,
        }
        if self.region:
            claims["filiere_region"] = self.region
        if self.organisation:
            claims["filiere_organisation"] = self.organisation
        return claims


@dataclass
class Exchange:
    """What Authlib may read (loaded before) and what it asked to store (written after)."""

    signing_key: RSAKey
    public_keys: KeySet
    owner: ResourceOwner | None = None
    sign_in_session_id: int | None = None
    auth_time: datetime | None = None
    code: AuthorizationCode | None = None
    refresh_token: RefreshToken | None = None
    api_client: ClientCredentials | None = None
    # Written by the grants:
    new_code: AuthorizationCode | None = None
    consumed_code: AuthorizationCode | None = None
    rotated_refresh_token: RefreshToken | None = None
    issued_token: dict[str, Any] | None = None
    session_ended: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class SpaClient(ClientMixin):  # type: ignore[misc]
    """The single-page application: a public client, configured, not stored."""

    def __init__(self, settings: Settings) -> None:
        self.client_id = settings.spa_client_id
        self.redirect_uris = list(settings.spa_redirect_uris)
        self.client_metadata = {"post_logout_redirect_uris": list(settings.spa_post_logout_redirect_uris)}

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None  # the SPA must always say where to come back

    def get_allowed_scope(self, scope: str | None) -> str:
        requested = (scope or "").split()
        return " ".join(s for s in requested if s in SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return False

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


class PartnerApiClient(ClientMixin):  # type: ignore[misc]
    """A partner organisation's API client: confidential, client credentials only, no scope."""

    def __init__(self, credentials: ClientCredentials) -> None:
        self.credentials = credentials

    def get_client_id(self) -> str:
        return self.credentials.client_id

    def get_default_redirect_uri(self) -> None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        return ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return self.credentials.accepts(client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "client_credentials"


class IssuerRequest(OAuth2Request):  # type: ignore[misc]
    def __init__(self, method: str, uri: str, headers: Mapping[str, str], values: Mapping[str, str]) -> None:
        # Case-insensitive, as HTTP headers are: Authlib looks for `Authorization` (client_secret_basic).
        super().__init__(method=method, uri=uri, headers=Headers(headers=dict(headers)))
        self._values = dict(values)
        self.payload = BasicOAuth2Payload(self._values)

    @property
    def args(self) -> dict[str, str]:
        return self._values

    @property
    def form(self) -> dict[str, str]:
        return self._values


class S256CodeChallenge(CodeChallenge):  # type: ignore[misc]
    """PKCE required on every authorization request, with S256 only (Authlib accepts `plain`)."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("Missing 'code_challenge'", redirect_uri=redirect_uri)
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("'code_challenge_method' must be S256", redirect_uri=redirect_uri)
        super().validate_code_challenge(grant, redirect_uri)


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]

    @property
    def exchange(self) -> Exchange:
        exchange: Exchange = self.server.exchange
        return exchange

    def save_authorization_code(self, code: str, request: IssuerRequest) -> None:
        data = request.payload.data
        now = datetime.now(UTC)
        owner: ResourceOwner = request.user
        assert self.exchange.sign_in_session_id is not None and self.exchange.auth_time is not None
        self.exchange.new_code = AuthorizationCode(
            code_digest=digest(code),
            client_id=request.client.get_client_id(),
            user_id=owner.user_id,
            session_id=self.exchange.sign_in_session_id,
            redirect_uri=data["redirect_uri"],
            scope=request.scope,
            nonce=data.get("nonce"),
            code_challenge=data["code_challenge"],
            code_challenge_method=data["code_challenge_method"],
            auth_time=self.exchange.auth_time,
            expires_at=now + timedelta(seconds=self.server.settings.authorization_code_seconds),
        )

    def query_authorization_code(self, code: str, client: SpaClient) -> AuthorizationCode | None:
        stored = self.exchange.code
        if (
            stored is None
            or stored.code_digest != digest(code)
            or stored.client_id != client.get_client_id()
            or stored.used_at is not None
            or stored.expires_at <= datetime.now(UTC)
        ):
            return None
        return stored

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        self.exchange.consumed_code = authorization_code

    def authenticate_user(self, authorization_code: AuthorizationCode) -> ResourceOwner | None:
        return self.exchange.owner


class RefreshTokenGrant(grants.RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation: every use returns a new refresh token

    @property
    def exchange(self) -> Exchange:
        exchange: Exchange = self.server.exchange
        return exchange

    def authenticate_refresh_token(self, refresh_token: str) -> RefreshToken | None:
        stored = self.exchange.refresh_token
        if (
            stored is None
            or stored.token_digest != digest(refresh_token)
            or stored.used_at is not None
            or stored.revoked_at is not None
            or stored.expires_at <= datetime.now(UTC)
        ):
            return None
        return stored

    def authenticate_user(self, refresh_token: RefreshToken) -> ResourceOwner | None:
        return self.exchange.owner

    def revoke_old_credential(self, refresh_token: RefreshToken) -> None:
        self.exchange.rotated_refresh_token = refresh_token


class ClientCredentialsGrant(grants.ClientCredentialsGrant):  # type: ignore[misc]
    # `none` lets the SPA be recognised, and refused with `unauthorized_client` (it never gets this grant);
    # a partner client that sends no secret is not authenticated by it (`invalid_client`).
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic", "client_secret_post", "none"]

    def validate_requested_scope(self) -> None:
        """A partner client's reach is its organisation's grants: scopes add nothing, so none is accepted."""
        if self.request.payload.scope:
            raise InvalidScopeError("Partner API clients take no scope.")


class FiliereOpenIDCode(OpenIDCode):  # type: ignore[misc]
    def __init__(self, server: FiliereAuthorizationServer) -> None:
        super().__init__(require_nonce=False)
        self._server = server

    def exists_nonce(self, nonce: str, request: IssuerRequest) -> bool:
        return False  # codes are single-use, which already defeats nonce replay

    def resolve_client_private_key(self, client: SpaClient) -> KeySet:
        return KeySet([self._server.exchange.signing_key])

    def get_client_algorithm(self, client: SpaClient) -> str:
        return "RS256"

    def get_client_claims(self, client: SpaClient) -> dict[str, Any]:
        now = int(datetime.now(UTC).timestamp())
        return {
            "iss": self._server.settings.issuer,
            "aud": [client.get_client_id()],
            "exp": now + self._server.settings.access_token_seconds,
        }

    def generate_user_info(self, user: ResourceOwner, scope: str) -> UserInfo:
        info = UserInfo(sub=user.subject)
        if "profile" in scope.split():
            info.update(name=user.display_name)
        if "email" in scope.split():
            info.update(email=user.email, email_verified=True)
        info.update({k: v for k, v in user.token_claims().items() if k.startswith("filiere_")})
        return info


class AccessTokenGenerator(JWTBearerTokenGenerator):  # type: ignore[misc]
    """RFC 9068 JWT access tokens, with the claims our resource server maps to a Principal."""

    def __init__(self, server: FiliereAuthorizationServer) -> None:
        super().__init__(
            issuer=server.settings.issuer,
            alg="RS256",
            refresh_token_generator=lambda *args, **kwargs: secrets.token_urlsafe(48),
            expires_generator=lambda client, grant_type: server.settings.access_token_seconds,
        )
        self._server = server

    def get_jwks(self) -> KeySet:
        return KeySet([self._server.exchange.signing_key])

    def get_audiences(self, client: Any, user: Any, scope: str) -> str:
        return self._server.settings.oidc_audience

    def get_extra_claims(self, client: Any, grant_type: str, user: ResourceOwner | None, scope: str) -> dict[str, Any]:
        if user is None:  # client credentials: the client acts as a partner of its organisation, sessionless
            credentials: ClientCredentials = client.credentials
            return {
                "sub": subject_of(credentials.client_id),
                "name": credentials.name,
                "filiere_role": Role.PARTNER.value,
                "filiere_organisation": credentials.organisation,
            }
        # `sid` (OpenID Connect's session id): the API tells the caller which of their sessions is this one.
        return {**user.token_claims(), "sid": str(self._server.exchange.sign_in_session_id)}


class FiliereEndSession(EndSessionEndpoint):  # type: ignore[misc]
    def resolve_client_from_id_token_claims(self, id_token_claims: dict[str, Any]) -> SpaClient | None:
        """Our ID tokens name the SPA in a one-element `aud` list; oidc-client-ts sends no client_id."""
        audience = id_token_claims.get("aud")
        audiences = [audience] if isinstance(audience, str) else list(audience or [])
        client: SpaClient = self.server.client
        return client if client.client_id in audiences else None

    def get_server_jwks(self) -> KeySet:
        keys: KeySet = self.server.exchange.public_keys
        return keys

    def get_algorithms(self) -> list[str]:
        return ["RS256"]

    def end_session(self, end_session_request: Any) -> None:
        self.server.exchange.session_ended = True


class FiliereAuthorizationServer(AuthorizationServer):  # type: ignore[misc]
    """One instance per request: its `exchange` is that request's state."""

    def __init__(self, settings: Settings, exchange: Exchange) -> None:
        super().__init__(scopes_supported=SCOPES)
        self.settings = settings
        self.exchange = exchange
        self.client = SpaClient(settings)
        self.register_grant(AuthorizationCodeGrant, [S256CodeChallenge(required=True), FiliereOpenIDCode(self)])
        self.register_grant(RefreshTokenGrant)
        self.register_grant(ClientCredentialsGrant)
        self.register_token_generator("default", AccessTokenGenerator(self))
        self.register_endpoint(FiliereEndSession)

    def query_client(self, client_id: str) -> SpaClient | PartnerApiClient | None:
        if client_id == self.client.client_id:
            return self.client
        api_client = self.exchange.api_client
        return PartnerApiClient(api_client) if api_client and api_client.client_id == client_id else None

    def create_authorization_response(self, request: Any = None, grant_user: Any = None, grant: Any = None) -> Any:
        """RFC 9207: every redirect back to the client names its issuer, so that a client talking to several
        cannot be handed another's code (mix-up). Authlib 1.9's IssuerParameter hook is never called."""
        response = super().create_authorization_response(request, grant_user, grant)
        location = response.headers.get("location")
        if location:
            response.headers["location"] = with_issuer(location, self.settings.issuer)
        return response

    def save_token(self, token: dict[str, Any], request: IssuerRequest) -> None:
        self.exchange.issued_token = token

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None

    def create_oauth2_request(self, request: IssuerRequest) -> IssuerRequest:
        return request

    def create_json_request(self, request: IssuerRequest) -> IssuerRequest:
        return request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> Response:
        header_map = dict(headers)
        if status == 302:
            return RedirectResponse(header_map.pop("Location"), status_code=302, headers=header_map)
        return JSONResponse(body, status_code=status, headers=header_map)
