"""Opaque global IDs that carry their tenant, so any ID routes itself: base64url("Project:normandie:42")."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from filiere.errors import MalformedIdError

_PART = re.compile(r"^[A-Za-z]+:[a-z0-9-]+:[A-Za-z0-9_-]+$")
# Every primary key is a 32-bit `integer` on PostgreSQL: a larger number names nothing, and sent to the
# database it would fail there (as a masked internal error) instead of answering « introuvable ».
MAX_KEY = 2**31 - 1


@dataclass(frozen=True)
class GlobalId:
    type_name: str
    tenant: str
    key: str

    def encode(self) -> str:
        raw = f"{self.type_name}:{self.tenant}:{self.key}"
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @property
    def int_key(self) -> int:
        if not self.key.isdigit() or not 0 < int(self.key) <= MAX_KEY:
            raise MalformedIdError()
        return int(self.key)


def encode_id(type_name: str, tenant: str, key: int | str) -> str:
    return GlobalId(type_name, tenant, str(key)).encode()


def decode_id(value: str, *, expected_type: str | None = None) -> GlobalId:
    """Decode an ID sent by a client; anything malformed or of another type names nothing (`MalformedIdError`,
    a `NotFoundError`: `node(id:)` answers null as for a missing object)."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise MalformedIdError() from None
    if not _PART.match(raw):
        raise MalformedIdError()
    type_name, tenant, key = raw.split(":")
    if expected_type is not None and type_name != expected_type:
        raise MalformedIdError()
    return GlobalId(type_name, tenant, key)
