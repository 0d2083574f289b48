"""What the embedded issuer asks of API clients: their credentials at the token endpoint, and on every API
request whether the client still stands.

Secrets are 256 random bits (`new_secret`), stored as their SHA-256 digest. A slow hash (Argon2id, as for
passwords) protects secrets that people choose and that can be guessed; nobody can guess 256 random bits, so
a fast digest is as safe here, and it keeps the token endpoint from spending 50 ms and 64 MiB on every
attempt a stranger sends. Digests are compared with `hmac.compare_digest` (constant time).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from filiere.apiclients.models import ApiClient
from filiere.partners import service as partners
from filiere.tenancy.session import TenantSession

# The `sub` of an API client's access tokens: `client:<client_id>`, never a person's subject.
SUBJECT_PREFIX = "client:"
CLIENT_ID_PREFIX = "filiere-partner-"
# `last_used_at` is precise to the minute: the API writes it at most once a minute per client.
LAST_USE_PRECISION = timedelta(minutes=1)


def new_client_id() -> str:
    return CLIENT_ID_PREFIX + secrets.token_hex(8)


def new_secret() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def subject_of(client_id: str) -> str:
    return SUBJECT_PREFIX + client_id


def client_id_of(subject: str) -> str | None:
    """The client a token's `sub` names, or None for a person."""
    return subject.removeprefix(SUBJECT_PREFIX) if subject.startswith(SUBJECT_PREFIX) else None


@dataclass(frozen=True, kw_only=True)
class ClientCredentials:
    """An active client as the token endpoint checks it: the digests of the secrets it may present."""

    client_id: str
    name: str
    organisation: str  # slug, the token's `filiere_organisation`
    secret_digests: tuple[str, ...]

    def accepts(self, secret: str) -> bool:
        presented = secret_digest(secret)
        # Every digest is compared, whichever matches: the time taken says nothing about which one did.
        matches = [hmac.compare_digest(presented, digest) for digest in self.secret_digests]
        return any(matches)


async def active_credentials(national: TenantSession, client_id: str, now: datetime) -> ClientCredentials | None:
    """The credentials of a client that is not revoked (its previous secret while its grace period lasts)."""
    client = await national.scalar(
        select(ApiClient).where(ApiClient.client_id == client_id, ApiClient.revoked_at.is_(None))
    )
    if client is None:
        return None
    organisation = (await partners.organisations_by_id(national, [client.organisation_id]))[client.organisation_id]
    digests = [client.secret_digest]
    if client.previous_secret_digest and client.previous_secret_expires_at and client.previous_secret_expires_at > now:
        digests.append(client.previous_secret_digest)
    return ClientCredentials(
        client_id=client.client_id, name=client.name, organisation=organisation.slug, secret_digests=tuple(digests)
    )


async def record_use(national: TenantSession, client_id: str, now: datetime) -> None:
    """Note the client's use, unless it was noted less than a minute ago (the caller commits)."""
    await national.execute(
        update(ApiClient)
        .where(
            ApiClient.client_id == client_id,
            or_(ApiClient.last_used_at.is_(None), ApiClient.last_used_at <= now - LAST_USE_PRECISION),
        )
        .values(last_used_at=now)
    )


async def client_is_open(national: TenantSession, client_id: str, now: datetime) -> bool:
    """Is the client still allowed in? Asked on every API request it makes: one read, and a write at most
    once a minute (its last use). A revoked client's tokens stop working at once."""
    row = (
        await national.execute(
            select(ApiClient.revoked_at, ApiClient.last_used_at).where(ApiClient.client_id == client_id)
        )
    ).first()
    if row is None or row.revoked_at is not None:
        return False
    if row.last_used_at is None or row.last_used_at <= now - LAST_USE_PRECISION:
        await record_use(national, client_id, now)
        await national.commit()
    return True
