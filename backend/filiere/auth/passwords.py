"""Password hashing with argon2id; verification runs off the event loop (it is deliberately slow)."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Verified when the account does not exist, so that timing does not reveal which e-mails are known.
_DUMMY_HASH = _hasher.hash("filiere-dummy-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.to_thread(_verify, password_hash, password)


async def upgraded_hash(password_hash: str, password: str) -> str | None:
    """A new hash when the stored one was made with other parameters than today's (argon2's cost grows with
    the hardware); None when it is current. Only after a successful sign-in: the password is known then."""
    if not _hasher.check_needs_rehash(password_hash):
        return None
    return await asyncio.to_thread(_hasher.hash, password)


async def hashed_password(password: str) -> str:
    """`hash_password` off the event loop (it is deliberately slow)."""
    return await asyncio.to_thread(_hasher.hash, password)
