"""Text folding shared by search and sorting.

`fold` lowers case and strips accents so that « Île » matches « ile ». Its output is plain ASCII, so
Python, SQLite and PostgreSQL (column collated "C") order folded keys identically: pages merged across
tenants stay consistent with each tenant's own order.
"""

import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return " ".join(ascii_only.casefold().split())


def newest_first_key(number: int, name: str = "") -> str:
    """A sort key ordering by `number` descending (a year, a version number), then by name."""
    return f"{999_999 - number:06d} {fold(name)}".rstrip()


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with LIKE's wildcards escaped (escape char `\\`)."""
    escaped = fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
