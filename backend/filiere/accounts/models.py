from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.auth.principal import Role
from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, Timestamped


class User(Timestamped, NationalBase):
    """A person known to Filière. `subject` is the token's `sub`, stable across issuers we seed."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("external_issuer", "external_subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-cased
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role, "user_role"))
    # Slug of the user's region (no foreign key: regions are configuration, not rows).
    region: Mapped[str | None] = mapped_column(String(64))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The identity an external issuer (ProConnect) signs this account in with, bound at the first sign-in.
    external_issuer: Mapped[str | None] = mapped_column(String(255))
    external_subject: Mapped[str | None] = mapped_column(String(255))


class LinkPurpose(StrEnum):
    INVITATION = "invitation"  # opens an account (7 days)
    RESET = "reset"  # « Mot de passe oublié ? » (30 minutes)


class Invitation(NationalBase):
    """A link that lets an invited person set their password — or a user who forgot theirs choose a new
    one — once, within its validity. Only the token's SHA-256 digest is stored: a copy of the database
    opens no account."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(16), default=LinkPurpose.INVITATION, server_default="invitation")
    # Who sent it (a token's `sub`; « cli » from the command line).
    invited_by_subject: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set when a newer invitation replaces it or the account is deactivated.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
