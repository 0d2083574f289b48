"""API clients of partner organisations, in the national database. Their secrets are stored as SHA-256
digests only (`filiere.apiclients.credentials` says why a fast hash is right for them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime
from filiere.tenancy.metadata import NationalBase


class ApiClient(NationalBase):
    __tablename__ = "api_clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    secret_digest: Mapped[str] = mapped_column(String(64))
    # After a rotation the previous secret keeps working until `previous_secret_expires_at` (grace period),
    # so that the partner can deploy the new one without an outage.
    previous_secret_digest: Mapped[str | None] = mapped_column(String(64))
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_subject: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Written at most once a minute (`credentials.client_is_open`): never one write per request.
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
