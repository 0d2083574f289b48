"""Reading the compressed data files from the installed package (wheel, editable or zip)."""

from __future__ import annotations

import gzip
import json
from importlib.resources import files
from typing import Any


def read_data(name: str) -> dict[str, Any]:
    raw = (files("filiere.referentials") / "data" / name).read_bytes()
    content: dict[str, Any] = json.loads(gzip.decompress(raw))
    return content
