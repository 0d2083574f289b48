"""HTTP endpoints of the embedded OpenID Connect issuer (default mode only).

Each endpoint loads what Authlib needs into an `Exchange`, lets Authlib validate and decide, then
writes what it decided in one transaction. Pages are server-rendered French HTML that works without
JavaScript.
"""

from __future__ import annotations

import hmac
import json
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import structlog
from authlib.oauth2 import OAuth2Error, rfc9207
from authlib.oauth2.rfc6749.util import extract_basic_authorization
from authlib.oidc.discovery import OpenIDProviderMetadata
from sqlalchemy import delete, select, update
from starlette.background import BackgroundTask
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from filiere.accounts.models import LinkPurpose, User
from filiere.accounts.service import UserView
from filiere.administration.mail import send_password_reset
from filiere.administration.passwords import (
    LinkNotValidError,
    PasswordRefusedError,
    link_holder,
    request_password_reset,
    use_link,
)
from filiere.apiclients.credentials import ClientCredentials, active_credentials, record_use
from filiere.auth.issuer.keys import KeyStore
from filiere.auth.issuer.models import USER_AGENT_MAX_LENGTH, AuthorizationCode, RefreshToken, SignInSession
from filiere.auth.issuer.server import (
    SCOPES,
    Exchange,
    FiliereAuthorizationServer,
    IssuerRequest,
    ResourceOwner,
    digest,
    with_issuer,
)
from filiere.auth.issuer.throttle import SignInThrottler, account_key, ip_key, pair_key
from filiere.auth.issuer.unlock import send_unlock_link, unlocked_email
from filiere.auth.password_policy import MIN_LENGTH, RULES
from filiere.auth.passwords import upgraded_hash, verify_password
from filiere.auth.tokens import InvalidTokenError, TokenVerifier
from filiere.metrics import SIGN_IN_FAILURES
from filiere.partners.models import Organisation
from filiere.ratelimit.service import Limit, hit, seconds_left
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import counted

log = structlog.get_logger(__name__)
HERE = Path(__file__).parent
SESSION_COOKIE = "filiere_sid"
CSRF_COOKIE = "filiere_csrf"
UNLOCK_COOKIE = "filiere_unlock"
COOKIE_PATH = "/auth"

# Frames, inline scripts and foreign origins have no business on a sign-in page.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
}
# The password pages load their strength meter, a script of ours.
PASSWORD_PAGE_HEADERS = {
    **PAGE_HEADERS,
    "Content-Security-Policy": f"{PAGE_HEADERS['Content-Security-Policy']}; script-src 'self'",
}
# What a confirmed sign-out keeps of the request that asked for it.
_LOGOUT_PARAMETERS = ("client_id", "post_logout_redirect_uri", "state", "ui_locales")
# What to type when a field of the sign-in form was left empty.
_MISSING = {"username": "Saisissez votre adresse e-mail.", "password": "Saisissez votre mot de passe."}
_MISMATCH = "Les deux mots de passe saisis sont différents."
_RESETS_PER_ACCOUNT = Limit(hits=3, window=timedelta(hours=1))
_RESETS_PER_ADDRESS = Limit(hits=20, window=timedelta(hours=1))


@dataclass(frozen=True, kw_only=True)
class _PasswordForm:
    """What the password page says, by the link's purpose."""

    title: str
    introduction: str  # {name}
    submit: str
    done_title: str
    done_message: str  # {email}
    dead_link: str
    dead_link_target: str
    dead_link_label: str


_PASSWORD_FORMS = {
    LinkPurpose.INVITATION: _PasswordForm(
        title="Créer votre mot de passe",
        introduction="Bienvenue sur Filière, {name}. Choisissez le mot de passe de votre compte : il s'ouvrira "
        "aussitôt.",
        submit="Créer mon mot de passe",
        done_title="Votre mot de passe est créé",
        done_message="Votre compte Filière est ouvert : connectez-vous avec {email} et ce mot de passe.",
        dead_link="Ce lien n'est plus valable : il a déjà servi, il a expiré (il vaut 7 jours) ou une invitation "
        "plus récente l'a remplacé. Si votre compte n'est pas encore ouvert, demandez une nouvelle invitation à "
        "votre responsable.",
        dead_link_target="/",
        dead_link_label="Aller à la connexion",
    ),
    LinkPurpose.RESET: _PasswordForm(
        title="Choisir un nouveau mot de passe",
        introduction="{name}, choisissez le nouveau mot de passe de votre compte. Vos sessions ouvertes seront "
        "fermées, sur tous vos appareils.",
        submit="Changer mon mot de passe",
        done_title="Votre mot de passe est changé",
        done_message="Vos sessions ouvertes sont fermées : connectez-vous avec {email} et votre nouveau mot de passe.",
        dead_link="Ce lien n'est plus valable : il a déjà servi, il a expiré (il vaut 30 minutes) ou une demande "
        "plus récente l'a remplacé. Demandez un nouveau lien.",
        dead_link_target="/auth/password-reset",
        dead_link_label="Demander un nouveau lien",
    ),
}


class EmbeddedIssuer:
    def __init__(
        self,
        settings: Settings,
        registry: TenantRegistry,
        key_store: KeyStore,
        verifier: TokenVerifier,
        demo_accounts: list[dict[str, str]],
    ) -> None:
        self.settings = settings
        self.registry = registry
        self.key_store = key_store
        self.verifier = verifier
        self.throttler = SignInThrottler(settings)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.demo_accounts = demo_accounts
        self._secure_cookies = settings.public_url.startswith("https://")

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/.well-known/openid-configuration", self.discovery, methods=["GET"]),
            Route("/auth/jwks", self.jwks, methods=["GET"]),
            Route("/auth/authorize", self.authorize, methods=["GET", "POST"]),
            Route("/auth/token", self.token, methods=["POST"]),
            Route("/auth/userinfo", self.userinfo, methods=["GET", "POST"]),
            Route("/auth/logout", self.end_session, methods=["GET", "POST"]),
            Route("/auth/unlock", self.unlock, methods=["GET", "POST"]),
            Route("/auth/invitation/{token}", self.invitation, methods=["GET", "POST"]),
            Route("/auth/password-reset", self.password_reset, methods=["GET", "POST"]),
            Route("/auth/password-reset/{token}", self.reset_link, methods=["GET", "POST"]),
            Mount("/auth/static", StaticFiles(directory=str(HERE / "static")), name="issuer-static"),
        ]

    # --- metadata ---------------------------------------------------------------------------------

    def metadata(self) -> dict[str, Any]:
        issuer = self.settings.issuer
        metadata = OpenIDProviderMetadata(
            issuer=issuer,
            authorization_endpoint=f"{issuer}/auth/authorize",
            token_endpoint=f"{issuer}/auth/token",
            userinfo_endpoint=f"{issuer}/auth/userinfo",
            jwks_uri=f"{issuer}/auth/jwks",
            end_session_endpoint=f"{issuer}/auth/logout",
            scopes_supported=SCOPES,
            response_types_supported=["code"],
            response_modes_supported=["query"],
            grant_types_supported=["authorization_code", "refresh_token", "client_credentials"],
            subject_types_supported=["public"],
            id_token_signing_alg_values_supported=["RS256"],
            # `none` for the SPA; partner API clients authenticate with their secret (filiere.apiclients).
            token_endpoint_auth_methods_supported=["none", "client_secret_basic", "client_secret_post"],
            code_challenge_methods_supported=["S256"],
            claims_supported=[
                "sub",
                "name",
                "email",
                "filiere_role",
                "filiere_region",
                "filiere_organisation",
            ],
            ui_locales_supported=["fr-FR"],
            authorization_response_iss_parameter_supported=True,  # RFC 9207
        )
        metadata.validate(metadata_classes=[rfc9207.AuthorizationServerMetadata])
        return dict(metadata)

    async def discovery(self, request: Request) -> Response:
        return JSONResponse(self.metadata(), headers={"Cache-Control": "public, max-age=300"})

    async def jwks(self, request: Request) -> Response:
        return JSONResponse(await self.key_store.jwks(), headers={"Cache-Control": "public, max-age=60"})

    # --- authorization endpoint and sign-in form --------------------------------------------------

    async def authorize(self, request: Request) -> Response:
        exchange = await self._exchange()
        async with self.registry.national.sessions() as db:
            session_row, owner = await self._current_session(db, request)
            if session_row is not None and owner is not None:
                exchange.owner = owner
                exchange.sign_in_session_id = session_row.id
                exchange.auth_time = session_row.authenticated_at
            server = FiliereAuthorizationServer(self.settings, exchange)
            oauth_request = self._oauth_request(request, dict(request.query_params))
            prompt = set(request.query_params.get("prompt", "").split())
            try:
                grant = server.get_consent_grant(oauth_request, end_user=None if "login" in prompt else exchange.owner)
            except OAuth2Error as error:
                return self._authorization_error(request, error)

            if request.method == "GET":
                if exchange.owner is not None and "login" not in prompt:
                    response: Response = server.create_authorization_response(oauth_request, exchange.owner, grant)
                    await self._store_code(db, exchange)
                    return response
                return self._sign_in_page(request)

            return await self._sign_in(
                request, db=db, server=server, oauth_request=oauth_request, grant=grant, exchange=exchange
            )

    async def _sign_in(
        self,
        request: Request,
        *,
        db: TenantSession,
        server: FiliereAuthorizationServer,
        oauth_request: IssuerRequest,
        grant: Any,
        exchange: Exchange,
    ) -> Response:
        form = await request.form()
        username = str(form.get("username", "")).strip().lower()[:254]
        password = str(form.get("password", ""))[:1024]
        if not self._csrf_valid(request, str(form.get("csrf_token", ""))):
            SIGN_IN_FAILURES.labels(reason="csrf").inc()
            return self._sign_in_page(
                request,
                error="Votre formulaire a expiré. Veuillez saisir à nouveau vos identifiants.",
                username=username,
                status_code=400,
            )
        # An empty field is a slip, not a guess: say what to type, count no failure.
        missing = "username" if not username else "password" if not password else None
        if missing is not None:
            return self._sign_in_page(
                request,
                error=_MISSING[missing],
                error_field=missing,
                username=username,
                status_code=400,
            )
        # Everything below runs alike for unknown and known accounts: same answers, same work, same time.
        address = request.client.host if request.client else "unknown"
        keys = [pair_key(username, address), ip_key(address), account_key(username)]
        locks = await self.throttler.locks(db, keys)
        # The owner's unlock link (e-mailed when the account locked) passes the account lock, nothing else.
        unlocked = unlocked_email(self.settings, request.cookies.get(UNLOCK_COOKIE, ""))
        passes = account_key(username) if unlocked is not None and unlocked[0] == username else None
        locked_until = locks.until(except_key=passes)
        if locked_until is not None:
            account_locked = passes is None and account_key(username) in locks.by_key
            return self._throttled_page(request, username, locked_until, account_locked=account_locked)
        user = await db.scalar(select(User).where(User.email == username, User.is_active.is_(True)))
        if user is not None and user.is_demo and not self.settings.demo_mode:
            user = None  # demo accounts never sign in outside demo mode
        if not await verify_password(user.password_hash if user else None, password) or user is None:
            started = await self.throttler.record_failure(db, keys)
            await db.commit()
            SIGN_IN_FAILURES.labels(reason="credentials").inc()
            log.info("sign_in_refused", reason="credentials")
            refused = self._sign_in_page(
                request,
                error="Adresse e-mail ou mot de passe incorrect.",
                username=username,
                status_code=401,
            )
            account_lock = started.get(account_key(username))
            if account_lock is not None and user is not None:
                # After the answer has left, so that its timing says nothing of the account's existence.
                refused.background = BackgroundTask(send_unlock_link, self.settings, user.email, account_lock)
            return refused

        await self.throttler.clear(db, pair_key(username, address))
        assert user.password_hash is not None, "verified a moment ago"
        upgraded = await upgraded_hash(user.password_hash, password)
        if upgraded is not None:
            user.password_hash = upgraded
        now = datetime.now(UTC)
        session_token = secrets.token_urlsafe(32)
        session_row = SignInSession(
            token_digest=digest(session_token),
            user_id=user.id,
            authenticated_at=now,
            expires_at=now + timedelta(seconds=self.settings.sign_in_session_seconds),
            user_agent=request.headers.get("user-agent", "")[:USER_AGENT_MAX_LENGTH],
            address=address,
        )
        db.add(session_row)
        user.last_sign_in_at = now
        await db.flush()
        exchange.owner = await self._owner(db, user)
        exchange.sign_in_session_id = session_row.id
        exchange.auth_time = now
        response: Response = server.create_authorization_response(oauth_request, exchange.owner, grant)
        await self._store_code(db, exchange)
        log.info("signed_in", user_id=user.id)
        if response.status_code == 302:
            response.status_code = 303  # POST → GET
        response.set_cookie(
            SESSION_COOKIE,
            session_token,
            max_age=self.settings.sign_in_session_seconds,
            path=COOKIE_PATH,
            httponly=True,
            secure=self._secure_cookies,
            samesite="lax",
        )
        response.delete_cookie(CSRF_COOKIE, path=COOKIE_PATH)
        return response

    def _throttled_page(self, request: Request, username: str, until: datetime, *, account_locked: bool) -> Response:
        SIGN_IN_FAILURES.labels(reason="throttled").inc()
        seconds = max(1, math.ceil((until - datetime.now(UTC)).total_seconds()))
        wait = counted(seconds, "seconde") if seconds < 60 else counted(math.ceil(seconds / 60), "minute")
        error = f"Trop de tentatives de connexion. Réessayez dans {wait}."
        if account_locked:
            # Said whether the account exists or not.
            error += " Si ce compte existe, son titulaire a reçu par e-mail un lien pour se connecter malgré tout."
        return self._sign_in_page(
            request, error=error, username=username, status_code=429, headers={"Retry-After": str(seconds)}
        )

    async def unlock(self, request: Request) -> Response:
        """The link of the unlock e-mail: a page to confirm (mail scanners follow links), then the cookie."""
        if request.method == "GET":
            token = request.query_params.get("token", "")
        else:
            form = await request.form()
            token = str(form.get("token", ""))
        unlocked = unlocked_email(self.settings, token)
        if unlocked is None:
            return self._message_page(
                request,
                "Lien de déblocage invalide",
                "Ce lien a expiré ou n'est pas valide. Le blocage de votre compte a peut-être déjà pris fin : "
                "essayez de vous connecter.",
                status_code=400,
            )
        email, until = unlocked
        if request.method == "GET":
            return self.templates.TemplateResponse(
                request, "unlock.html", {"token": token, "email": email}, headers=PAGE_HEADERS
            )
        response = self._message_page(
            request,
            "Compte débloqué sur ce navigateur",
            f"Vous pouvez vous connecter avec {email} depuis ce navigateur, avec votre mot de passe.",
        )
        response.set_cookie(
            UNLOCK_COOKIE,
            token,
            max_age=max(1, int((until - datetime.now(UTC)).total_seconds())),
            path=COOKIE_PATH,
            httponly=True,
            secure=self._secure_cookies,
            samesite="lax",
        )
        log.info("account_unlocked_in_browser")
        return response

    # --- password links: an invitation's first password, a forgotten one's reset -----------------

    async def invitation(self, request: Request) -> Response:
        """The link of the invitation e-mail: its holder chooses a password, which opens the account."""
        return await self._password_link(request, LinkPurpose.INVITATION)

    async def reset_link(self, request: Request) -> Response:
        """The link of the « Mot de passe oublié ? » e-mail: a new password, every session ended."""
        return await self._password_link(request, LinkPurpose.RESET)

    async def _password_link(self, request: Request, purpose: LinkPurpose) -> Response:
        token = request.path_params["token"]
        texts = _PASSWORD_FORMS[purpose]
        async with UnitOfWork(self.registry) as uow:
            holder = await link_holder(uow.national(), token, purpose)
            if holder is None:
                return self._dead_link_page(request, texts)
            if request.method == "GET":
                return self._password_page(request, holder, texts)
            form = await request.form()
            password = str(form.get("password", ""))
            if not self._csrf_valid(request, str(form.get("csrf_token", ""))):
                problem: str | None = "Votre formulaire a expiré. Saisissez à nouveau votre mot de passe."
            elif password != str(form.get("confirmation", "")):
                problem = _MISMATCH
            else:
                problem = None
            if problem is not None:
                return self._password_page(request, holder, texts, errors=[problem], mismatch=problem == _MISMATCH)
            try:
                await use_link(
                    uow, token=token, purpose=purpose, password=password, request_id=request.state.request_id
                )
            except PasswordRefusedError as refused:
                errors = [refusal.message for refusal in refused.refusals]
                return self._password_page(request, holder, texts, errors=errors)
            except LinkNotValidError:
                return self._dead_link_page(request, texts)
            await uow.commit()
        log.info("password_set", user_id=holder.id, purpose=purpose.value)
        response = self._message_page(request, texts.done_title, texts.done_message.format(email=holder.email))
        response.delete_cookie(CSRF_COOKIE, path=COOKIE_PATH)
        if purpose is LinkPurpose.RESET:
            response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
        return response

    def _password_page(
        self,
        request: Request,
        holder: UserView,
        texts: _PasswordForm,
        *,
        errors: list[str] | None = None,
        mismatch: bool = False,
    ) -> Response:
        csrf_cookie = secrets.token_urlsafe(32)
        response = self.templates.TemplateResponse(
            request,
            "new_password.html",
            {
                "title": texts.title,
                "introduction": texts.introduction.format(name=holder.display_name),
                "submit": texts.submit,
                "action": request.url.path,
                "email": holder.email,
                "name": holder.display_name,
                "rules": RULES,
                "min_length": MIN_LENGTH,
                "csrf_token": self._csrf_token(csrf_cookie),
                "errors": errors or [],
                "mismatch": mismatch,
            },
            status_code=400 if errors else 200,
            headers=PASSWORD_PAGE_HEADERS,
        )
        self._set_csrf_cookie(response, csrf_cookie)
        return response

    def _dead_link_page(self, request: Request, texts: _PasswordForm) -> Response:
        log.info("password_link_refused")
        return self.templates.TemplateResponse(
            request,
            "message.html",
            {
                "title": "Lien expiré ou déjà utilisé",
                "message": texts.dead_link,
                "link": texts.dead_link_target,
                "link_label": texts.dead_link_label,
            },
            status_code=410,
            headers=PAGE_HEADERS,
        )

    async def password_reset(self, request: Request) -> Response:
        """« Mot de passe oublié ? »: the same answer whether the address has an account or not; the e-mail
        leaves after the answer, and at most `_RESETS_PER_ACCOUNT` an hour (someone's mailbox is no target)."""
        if request.method == "GET":
            return self._reset_request_page(request)
        form = await request.form()
        email = str(form.get("username", "")).strip().lower()[:254]
        if not self._csrf_valid(request, str(form.get("csrf_token", ""))):
            expired = "Votre formulaire a expiré. Saisissez à nouveau votre adresse e-mail."
            return self._reset_request_page(request, error=expired, username=email)
        if "@" not in email:
            return self._reset_request_page(
                request, error="Saisissez l'adresse e-mail de votre compte.", username=email
            )
        address = request.client.host if request.client else "unknown"
        response = self._reset_request_page(request, sent_to=email)
        if not (
            await hit(self.registry, f"password-reset:{address}", _RESETS_PER_ADDRESS)
            and await hit(self.registry, f"password-reset:{email}", _RESETS_PER_ACCOUNT)
        ):
            log.info("password_reset_limited")
            return response
        async with UnitOfWork(self.registry) as uow:
            requested = await request_password_reset(uow, email=email, request_id=request.state.request_id)
            await uow.commit()
        if requested is not None:
            response.background = BackgroundTask(send_password_reset, self.settings, *requested)
        return response

    def _reset_request_page(
        self, request: Request, *, error: str | None = None, username: str = "", sent_to: str | None = None
    ) -> Response:
        csrf_cookie = secrets.token_urlsafe(32)
        response = self.templates.TemplateResponse(
            request,
            "password_reset.html",
            {"csrf_token": self._csrf_token(csrf_cookie), "error": error, "username": username, "sent_to": sent_to},
            status_code=400 if error else 200,
            headers=PAGE_HEADERS,
        )
        self._set_csrf_cookie(response, csrf_cookie)
        return response

    def _message_page(self, request: Request, title: str, message: str, *, status_code: int = 200) -> Response:
        return self.templates.TemplateResponse(
            request,
            "message.html",
            {"title": title, "message": message, "link": "/", "link_label": "Se connecter"},
            status_code=status_code,
            headers=PAGE_HEADERS,
        )

    async def _store_code(self, db: TenantSession, exchange: Exchange) -> None:
        if exchange.new_code is not None:
            await db.execute(
                delete(AuthorizationCode).where(AuthorizationCode.expires_at < datetime.now(UTC) - timedelta(days=1))
            )
            db.add(exchange.new_code)
        await db.commit()

    def _sign_in_page(
        self,
        request: Request,
        *,
        error: str | None = None,
        error_field: str | None = None,
        username: str = "",
        status_code: int = 200,
        headers: dict[str, str] | None = None,
    ) -> Response:
        csrf_cookie = secrets.token_urlsafe(32)
        response = self.templates.TemplateResponse(
            request,
            "sign_in.html",
            {
                "action": f"/auth/authorize?{request.url.query}",
                "csrf_token": self._csrf_token(csrf_cookie),
                "error": error,
                "error_field": error_field,
                "username": username,
                "demo_accounts": self.demo_accounts if self.settings.demo_mode else [],
                "demo_password": self.settings.demo_password.get_secret_value() if self.settings.demo_mode else "",
            },
            status_code=status_code,
            headers={**PAGE_HEADERS, **(headers or {})},
        )
        self._set_csrf_cookie(response, csrf_cookie)
        return response

    def _set_csrf_cookie(self, response: Response, value: str) -> None:
        response.set_cookie(
            CSRF_COOKIE,
            value,
            max_age=3600,
            path=COOKIE_PATH,
            httponly=True,
            secure=self._secure_cookies,
            samesite="strict",
        )

    def _authorization_error(self, request: Request, error: OAuth2Error) -> Response:
        if error.redirect_uri:
            params: dict[str, str] = {"error": error.error}
            if error.description:
                params["error_description"] = error.description
            if error.state:
                params["state"] = error.state
            separator = "&" if "?" in error.redirect_uri else "?"
            location = with_issuer(f"{error.redirect_uri}{separator}{urlencode(params)}", self.settings.issuer)
            return RedirectResponse(location, status_code=302)
        # Without a verified redirect URI we must not redirect (RFC 6749 §4.1.2.1): explain instead.
        log.info("authorization_refused", error=error.error)
        return self.templates.TemplateResponse(
            request,
            "message.html",
            {
                "title": "Demande de connexion invalide",
                "message": "L'application qui vous a envoyé ici a formulé une demande de connexion invalide. "
                "Revenez à l'accueil de Filière et réessayez.",
                "link": "/",
            },
            status_code=400,
            headers=PAGE_HEADERS,
        )

    # --- token endpoint ---------------------------------------------------------------------------

    async def token(self, request: Request) -> Response:
        form = {key: str(value) for key, value in (await request.form()).items()}
        exchange = await self._exchange()
        async with self.registry.national.sessions() as db:
            refusal = await self._load_credential(db, form, exchange, request.headers)
            if refusal is not None:
                return refusal
            server = FiliereAuthorizationServer(self.settings, exchange)
            response: Response = server.create_token_response(self._oauth_request(request, form))
            if response.status_code != 200:
                return _client_refusal(response) if form.get("grant_type") == "client_credentials" else response
            if exchange.api_client is not None and form.get("grant_type") == "client_credentials":
                return await self._client_token(db, exchange.api_client, response)
            if not await self._consume(db, exchange):
                await db.rollback()
                return _invalid_grant()
            await db.commit()
            return response

    async def _load_credential(  # noqa: PLR0911 - one early refusal per rule
        self, db: TenantSession, form: dict[str, str], exchange: Exchange, request_headers: Headers
    ) -> Response | None:
        """Load the code or refresh token presented (a replayed one revokes what it gave), or the partner API
        client named."""
        now = datetime.now(UTC)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code" and form.get("code"):
            code = await db.get(AuthorizationCode, digest(form["code"]))
            if code is not None and code.used_at is not None:
                await self._revoke_family(db, code.code_digest, "authorization code replayed")
                return _invalid_grant()
            exchange.code = code
            user_id = code.user_id if code else None
            session_id = code.session_id if code else None
        elif grant_type == "client_credentials":
            client_id = extract_basic_authorization(request_headers)[0] or form.get("client_id")
            if client_id and client_id != self.settings.spa_client_id:
                exchange.api_client = await active_credentials(db, client_id, now)
            return None
        elif grant_type == "refresh_token" and form.get("refresh_token"):
            token = await db.get(RefreshToken, digest(form["refresh_token"]))
            if token is not None and token.used_at is not None:
                await self._revoke_family(db, token.family_id, "refresh token replayed")
                return _invalid_grant()
            exchange.refresh_token = token
            user_id = token.user_id if token else None
            session_id = token.session_id if token else None
        else:
            return None  # Authlib answers the malformed request
        if user_id is None or session_id is None:
            return None
        session_row = await db.get(SignInSession, session_id)
        if session_row is None or session_row.ended_at is not None or session_row.expires_at <= now:
            return _invalid_grant()
        user = await db.get(User, user_id)
        if user is None or not user.is_active or (user.is_demo and not self.settings.demo_mode):
            return _invalid_grant()
        exchange.owner = await self._owner(db, user)
        exchange.sign_in_session_id = session_id
        return None

    async def _client_token(self, db: TenantSession, client: ClientCredentials, response: Response) -> Response:
        """The token Authlib issued to a partner API client, within the client's hourly allowance; its use
        noted."""
        limit = Limit(hits=self.settings.api_client_tokens_per_hour, window=timedelta(hours=1))
        if not await hit(self.registry, f"api-client-token:{client.client_id}", limit):
            log.info("api_client_token_rate_limited", client_id=client.client_id)
            return _rate_limited(limit)
        await record_use(db, client.client_id, datetime.now(UTC))
        await db.commit()
        log.info("api_client_token_issued", client_id=client.client_id)
        return response

    async def _consume(self, db: TenantSession, exchange: Exchange) -> bool:
        """Mark the code or refresh token used — only if nobody did in between — and store the new
        refresh token."""
        now = datetime.now(UTC)
        family_id: str
        if exchange.consumed_code is not None:
            code = exchange.consumed_code
            result = await db.execute(
                update(AuthorizationCode)
                .where(AuthorizationCode.code_digest == code.code_digest, AuthorizationCode.used_at.is_(None))
                .values(used_at=now)
            )
            family_id = code.code_digest
        elif exchange.rotated_refresh_token is not None:
            previous = exchange.rotated_refresh_token
            result = await db.execute(
                update(RefreshToken)
                .where(
                    RefreshToken.token_digest == previous.token_digest,
                    RefreshToken.used_at.is_(None),
                    RefreshToken.revoked_at.is_(None),
                )
                .values(used_at=now)
            )
            family_id = previous.family_id
        else:
            return False
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return False
        issued = exchange.issued_token or {}
        if "refresh_token" in issued:
            assert exchange.owner is not None and exchange.sign_in_session_id is not None
            db.add(
                RefreshToken(
                    token_digest=digest(issued["refresh_token"]),
                    family_id=family_id,
                    session_id=exchange.sign_in_session_id,
                    user_id=exchange.owner.user_id,
                    client_id=self.settings.spa_client_id,
                    scope=issued.get("scope", ""),
                    issued_at=now,
                    expires_at=now + timedelta(seconds=self.settings.refresh_token_seconds),
                )
            )
        return True

    async def _revoke_family(self, db: TenantSession, family_id: str, reason: str) -> None:
        await db.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=datetime.now(UTC))
        )
        await db.commit()
        log.warning("token_family_revoked", reason=reason)

    # --- userinfo and sign-out ---------------------------------------------------------------------

    async def userinfo(self, request: Request) -> Response:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        try:
            if scheme.lower() != "bearer" or not token:
                raise InvalidTokenError("missing bearer token")
            principal = await self.verifier.verify(token)
        except InvalidTokenError:
            return JSONResponse(
                {"error": "invalid_token"},
                status_code=401,
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        info = {
            "sub": principal.subject,
            "name": principal.display_name,
            "email": principal.email,
            "filiere_role": principal.role.value,
            "filiere_region": principal.region,
            "filiere_organisation": principal.organisation,
        }
        return JSONResponse({k: v for k, v in info.items() if v is not None})

    async def end_session(self, request: Request) -> Response:
        values = dict(request.query_params)
        confirmed = False
        if request.method == "POST":
            form = {key: str(value) for key, value in (await request.form()).items()}
            confirmed = self._csrf_valid(request, form.pop("csrf_token", ""))
            values.update(form)
        exchange = await self._exchange()
        server = FiliereAuthorizationServer(self.settings, exchange)
        validated: Any = None
        try:
            validated = server.validate_endpoint_request("end_session", self._oauth_request(request, values))
        except OAuth2Error as error:
            log.info("end_session_without_redirect", error=error.error)
        async with self.registry.national.sessions() as db:
            _, owner = await self._current_session(db, request)
            # Any page can send the browser here (logout CSRF): without an ID token of the signed-in person
            # as hint, the person confirms on our page, whose form carries a token only we could have written.
            claims = validated.id_token_claims if validated is not None else None
            hinted = claims is not None and (owner is None or claims.get("sub") == owner.get_user_id())
            if not (confirmed or hinted):
                return self._logout_confirmation(request, values, expired=request.method == "POST")
            response: Response | None = None
            if validated is not None:
                response = server.create_endpoint_response("end_session", validated)
            await self._end_current_session(db, request)
            await db.commit()
        if response is None:
            response = self.templates.TemplateResponse(
                request,
                "message.html",
                {
                    "title": "Vous êtes déconnecté",
                    "message": "Votre session Filière est terminée sur cet appareil.",
                    "link": "/",
                    "link_label": "Se reconnecter",
                },
                headers=PAGE_HEADERS,
            )
        response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
        return response

    def _logout_confirmation(self, request: Request, values: dict[str, str], *, expired: bool) -> Response:
        carried = {name: values[name] for name in _LOGOUT_PARAMETERS if values.get(name)}
        csrf_cookie = secrets.token_urlsafe(32)
        response = self.templates.TemplateResponse(
            request,
            "logout.html",
            {
                "csrf_token": self._csrf_token(csrf_cookie),
                "carried": carried,
                "error": "Votre formulaire a expiré. Confirmez à nouveau." if expired else None,
            },
            status_code=400 if expired else 200,
            headers=PAGE_HEADERS,
        )
        self._set_csrf_cookie(response, csrf_cookie)
        return response

    async def _end_current_session(self, db: TenantSession, request: Request) -> None:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return
        session_row = await db.scalar(select(SignInSession).where(SignInSession.token_digest == digest(token)))
        if session_row is None or session_row.ended_at is not None:
            return
        now = datetime.now(UTC)
        session_row.ended_at = now
        await db.execute(
            update(RefreshToken)
            .where(RefreshToken.session_id == session_row.id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        log.info("signed_out", user_id=session_row.user_id)

    # --- helpers ----------------------------------------------------------------------------------

    async def _exchange(self) -> Exchange:
        return Exchange(
            signing_key=await self.key_store.signing_key(),
            public_keys=await self.key_store.public_key_set(),
        )

    def _oauth_request(self, request: Request, values: dict[str, str]) -> IssuerRequest:
        # The URI Authlib checks for TLS is our public one, not the proxied scheme.
        uri = f"{self.settings.public_url}{request.url.path}"
        return IssuerRequest(request.method, uri, request.headers, values)

    async def _current_session(
        self, db: TenantSession, request: Request
    ) -> tuple[SignInSession | None, ResourceOwner | None]:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None, None
        session_row = await db.scalar(select(SignInSession).where(SignInSession.token_digest == digest(token)))
        if session_row is None or session_row.ended_at is not None or session_row.expires_at <= datetime.now(UTC):
            return None, None
        user = await db.get(User, session_row.user_id)
        if user is None or not user.is_active or (user.is_demo and not self.settings.demo_mode):
            return None, None
        return session_row, await self._owner(db, user)

    async def _owner(self, db: TenantSession, user: User) -> ResourceOwner:
        organisation = await db.get(Organisation, user.organisation_id) if user.organisation_id else None
        return ResourceOwner.of(user, organisation.slug if organisation else None)

    def _csrf_token(self, cookie_value: str) -> str:
        key = self.settings.secret_key.get_secret_value().encode()
        return hmac.new(key, f"csrf:{cookie_value}".encode(), "sha256").hexdigest()

    def _csrf_valid(self, request: Request, submitted: str) -> bool:
        cookie_value = request.cookies.get(CSRF_COOKIE)
        return bool(cookie_value) and hmac.compare_digest(self._csrf_token(cookie_value or ""), submitted)


def _client_refusal(response: Response) -> Response:
    """Every failed client authentication answers alike, 401 (Authlib answers 400 for an unknown client whose
    secret came in the form): the answer does not tell which client ids exist."""
    if response.status_code == 400 and json.loads(bytes(response.body)).get("error") == "invalid_client":
        return JSONResponse(
            {"error": "invalid_client", "error_description": "Client authentication failed."},
            status_code=401,
            headers={"Cache-Control": "no-store", "WWW-Authenticate": 'Basic realm="filiere"'},
        )
    return response


def _rate_limited(limit: Limit) -> Response:
    return JSONResponse(
        {
            "error": "rate_limited",
            "error_description": "Too many tokens requested by this client: retry after the delay given.",
        },
        status_code=429,
        headers={"Cache-Control": "no-store", "Retry-After": str(seconds_left(limit))},
    )


def _invalid_grant() -> Response:
    return JSONResponse(
        {
            "error": "invalid_grant",
            "error_description": "The code or refresh token is invalid or was already used.",
        },
        status_code=400,
        headers={"Cache-Control": "no-store"},
    )
