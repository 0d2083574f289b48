"""Signed, expiring links of the local backend — its equivalent of S3's presigned URLs.

A token is `base64url(JSON claims) "." base64url(HMAC-SHA256)`. The key is derived from the app's
secret key *and the region*, and the region is also inside the claims: a link can only ever address the
files of the region it was signed for, and changing any claim (region, key, version, size, expiry)
breaks the signature. No new dependency: `hmac` and `json` from the standard library.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from typing import Literal

from filiere.documents.errors import DocumentError, DocumentErrorCode

Operation = Literal["upload", "download"]
_CONTEXT = b"filiere.documents.link.v1"


@dataclass(frozen=True, kw_only=True)
class LinkClaims:
    op: Operation
    tenant: str
    key: str
    expires: int  # Unix time, seconds
    content_type: str
    max_bytes: int = 0  # upload
    version_id: str = ""  # download
    file_name: str = ""  # download


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signing_key(secret: bytes, tenant: str) -> bytes:
    return hmac.new(secret, _CONTEXT + b"|" + tenant.encode(), hashlib.sha256).digest()


def sign(claims: LinkClaims, *, secret: bytes) -> str:
    payload = _b64encode(json.dumps(asdict(claims), separators=(",", ":"), ensure_ascii=True).encode())
    signature = hmac.new(_signing_key(secret, claims.tenant), payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64encode(signature)}"


def verify(token: str, *, secret: bytes, op: Operation, now: float) -> LinkClaims:
    """The claims of a genuine, unexpired token for `op`; `DocumentError` (LINK_INVALID/EXPIRED) otherwise."""
    invalid = DocumentError(DocumentErrorCode.LINK_INVALID, field=None)
    payload, dot, signature = token.partition(".")
    if not dot or len(token) > 4096:
        raise invalid
    try:
        raw = json.loads(_b64decode(payload))
        tenant = raw["tenant"]
        if not isinstance(tenant, str):
            raise TypeError(tenant)
        expected = hmac.new(_signing_key(secret, tenant), payload.encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _b64decode(signature)):
            raise invalid
        claims = LinkClaims(**raw)
    except (ValueError, TypeError, KeyError, UnicodeError) as error:
        raise invalid from error
    if claims.op != op:
        raise invalid
    if claims.expires < now:
        raise DocumentError(DocumentErrorCode.LINK_EXPIRED, field=None)
    return claims
