"""Signing keys of the embedded issuer: persisted (encrypted) in the national database, rotated by
`filiere keys rotate`.

Rotation publishes two keys: the new one signs from now on; the previous one stays in the JWKS,
`retiring`, until every token it signed has expired (`filiere keys prune`). Each process caches the keys
for a minute and reloads early when it meets a `kid` it does not know, so replicas converge.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from joserfc.jwk import KeySet, RSAKey
from sqlalchemy import delete, select, update

from filiere.auth.issuer.models import KeyState, SigningKey
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession

ALGORITHM = "RS256"
# A reload triggered by an unknown kid happens at most this often (forged kids must not hammer the DB).
UNKNOWN_KID_RELOAD_SECONDS = 10.0


def _encryption_key(settings: Settings) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"filiere signing keys").derive(
        settings.secret_key.get_secret_value().encode()
    )


def encrypt(settings: Settings, plaintext: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(_encryption_key(settings)).encrypt(nonce, plaintext.encode(), None)
    return base64.b64encode(nonce + sealed).decode()


def decrypt(settings: Settings, token: str) -> str:
    raw = base64.b64decode(token)
    return AESGCM(_encryption_key(settings)).decrypt(raw[:12], raw[12:], None).decode()


@dataclass(frozen=True)
class LoadedKeys:
    signing: RSAKey
    public: KeySet
    loaded_at: float


class KeyStore:
    def __init__(self, registry: TenantRegistry, settings: Settings) -> None:
        self._registry = registry
        self._settings = settings
        self._loaded: LoadedKeys | None = None
        self._last_forced_reload = 0.0
        self._lock = asyncio.Lock()

    async def signing_key(self) -> RSAKey:
        return (await self._keys()).signing

    async def public_key_set(self, *, unknown_kid: str | None = None) -> KeySet:
        """The published keys; `unknown_kid` asks for a reload if that kid is not among them."""
        keys = await self._keys()
        if unknown_kid is not None and not any(k.kid == unknown_kid for k in keys.public.keys):
            now = time.monotonic()
            if now - self._last_forced_reload >= UNKNOWN_KID_RELOAD_SECONDS:
                self._last_forced_reload = now
                keys = await self._keys(force=True)
        return keys.public

    async def jwks(self) -> dict[str, Any]:
        return dict((await self.public_key_set()).as_dict(private=False))

    async def rotate(self) -> str:
        async with self._registry.national.sessions() as session, session.begin():
            await session.execute(
                update(SigningKey)
                .where(SigningKey.state == KeyState.ACTIVE)
                .values(state=KeyState.RETIRING, retiring_since=datetime.now(UTC))
            )
            kid = self._new_key(session)
        self._loaded = None
        return kid

    async def prune(self) -> list[str]:
        """Forget retiring keys older than the longest token they may have signed."""
        cutoff = datetime.now(UTC) - timedelta(seconds=self._settings.access_token_seconds + 3600)
        async with self._registry.national.sessions() as session, session.begin():
            kids = list(
                await session.scalars(
                    select(SigningKey.kid).where(
                        SigningKey.state == KeyState.RETIRING, SigningKey.retiring_since < cutoff
                    )
                )
            )
            await session.execute(delete(SigningKey).where(SigningKey.kid.in_(kids)))
        self._loaded = None
        return kids

    async def _keys(self, *, force: bool = False) -> LoadedKeys:
        loaded = self._loaded
        if not force and loaded and time.monotonic() - loaded.loaded_at < self._settings.signing_key_cache_seconds:
            return loaded
        async with self._lock:
            if not force and self._loaded is not loaded and self._loaded is not None:
                return self._loaded
            self._loaded = await self._load()
            return self._loaded

    async def _load(self) -> LoadedKeys:
        async with self._registry.national.sessions() as session, session.begin():
            rows = list(await session.scalars(select(SigningKey).order_by(SigningKey.created_at)))
            if not any(row.state == KeyState.ACTIVE for row in rows):
                self._new_key(session)
                await session.flush()
                rows = list(await session.scalars(select(SigningKey).order_by(SigningKey.created_at)))
        # Replicas racing at first start may each create one: the newest signs, all are published.
        active = [row for row in rows if row.state == KeyState.ACTIVE][-1]
        signing = RSAKey.import_key(json.loads(decrypt(self._settings, active.encrypted_private_jwk)))
        public = KeySet([RSAKey.import_key(json.loads(row.public_jwk)) for row in rows])
        return LoadedKeys(signing=signing, public=public, loaded_at=time.monotonic())

    def _new_key(self, session: TenantSession) -> str:
        key = RSAKey.generate_key(2048, private=True)
        kid = hashlib.sha256(key.thumbprint().encode()).hexdigest()[:16]
        key = RSAKey.import_key(key.as_dict(private=True), parameters={"kid": kid, "use": "sig", "alg": ALGORITHM})
        session.add(
            SigningKey(
                kid=kid,
                algorithm=ALGORITHM,
                encrypted_private_jwk=encrypt(self._settings, json.dumps(key.as_dict(private=True))),
                public_jwk=json.dumps(key.as_dict(private=False)),
                state=KeyState.ACTIVE,
                created_at=datetime.now(UTC),
            )
        )
        return kid
