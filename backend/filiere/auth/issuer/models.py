"""State of the embedded OpenID Connect issuer, in the national database.

Secrets (codes, refresh tokens, session tokens) are stored as SHA-256 digests only: a copy of the
database does not let anyone replay them. Signing keys are stored encrypted with FILIERE_SECRET_KEY.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase

# Longer User-Agent strings are cut: the start names the browser and the system.
USER_AGENT_MAX_LENGTH = 400


class ClientWithId(Protocol):
    def get_client_id(self) -> str: ...


class KeyState(StrEnum):
    ACTIVE = "active"  # signs new tokens, published
    RETIRING = "retiring"  # published until the tokens it signed have expired


class SigningKey(NationalBase):
    __tablename__ = "signing_keys"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    encrypted_private_jwk: Mapped[str] = mapped_column(Text)
    public_jwk: Mapped[str] = mapped_column(Text)
    state: Mapped[KeyState] = mapped_column(enum_type(KeyState, "signing_key_state"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    retiring_since: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SignInSession(NationalBase):
    """The browser's session at the issuer (cookie), which lets the SPA sign in again silently."""

    __tablename__ = "sign_in_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    authenticated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What « Mes sessions » shows to tell one's sessions apart (browser, system, address), as sent when the
    # session started; the client's address is the one the trusted proxies vouch for.
    user_agent: Mapped[str] = mapped_column(String(USER_AGENT_MAX_LENGTH), default="", server_default="")
    address: Mapped[str] = mapped_column(String(45), default="", server_default="")


class AuthorizationCode(NationalBase):
    __tablename__ = "authorization_codes"

    code_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sign_in_sessions.id"))
    redirect_uri: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(Text)
    nonce: Mapped[str | None] = mapped_column(String(255))
    code_challenge: Mapped[str] = mapped_column(String(128))
    code_challenge_method: Mapped[str] = mapped_column(String(8))
    auth_time: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Kept after use: presenting a used code again revokes the tokens it gave (RFC 6749 §4.1.2).
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # What Authlib's grants and PKCE extension read (its AuthorizationCodeMixin protocol).
    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return int(self.auth_time.timestamp())

    def get_acr(self) -> None:
        return None

    def get_amr(self) -> list[str]:
        return ["pwd"]


class RefreshToken(NationalBase):
    """Rotated on every use; presenting a used token again revokes its whole family."""

    __tablename__ = "refresh_tokens"

    token_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    # The digest of the authorization code that started the chain of rotations.
    family_id: Mapped[str] = mapped_column(String(64), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sign_in_sessions.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    client_id: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # What Authlib's refresh-token grant reads (its TokenMixin protocol).
    def get_scope(self) -> str:
        return self.scope

    def check_client(self, client: ClientWithId) -> bool:
        return self.client_id == client.get_client_id()


class SignInThrottle(NationalBase):
    """Failed sign-ins per account, per IP address and per (account, address), shared by every process of the
    deployment (filiere.auth.issuer.throttle)."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)  # "account:<email>", "ip:<addr>", "pair:<sha256>"
    failures: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
