"""Text shared by the domains: folding for search and sorting, dates written the French way.

`fold` lowers case and strips accents so that « Île » matches « ile ». Its output is plain ASCII, so
Python, SQLite and PostgreSQL (column collated "C") order folded keys identically: pages merged across
tenants stay consistent with each tenant's own order.
"""

import re
import unicodedata
from datetime import date, datetime

from filiere.clock import PARIS

_WORDS = re.compile(r"[a-z0-9]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return " ".join(ascii_only.casefold().split())


def searchable_words(text: str) -> str:
    """fold(text) reduced to its words (letters and digits) separated by single spaces: « % mot% »
    then matches exactly the word prefixes a full-text index (FTS5 unicode61, to_tsvector) finds."""
    return " ".join(_WORDS.findall(fold(text)))


def newest_first_key(number: int, name: str = "") -> str:
    """A sort key ordering by `number` descending (a year, a version number), then by name."""
    return f"{999_999 - number:06d} {fold(name)}".rstrip()


def newest_first_time_key(moment: datetime) -> str:
    """A sort key ordering instants most recent first (microseconds before year 5138, fixed width)."""
    micros = round(moment.timestamp() * 1_000_000)
    return f"{99_999_999_999_999_999 - micros:017d}"


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with LIKE's wildcards escaped (escape char `\\`)."""
    escaped = fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def long_date(day: date) -> str:
    """« lundi 23 novembre 2026 », whatever the machine's locale."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{_WEEKDAYS[day.weekday()]} {first} {_MONTHS[day.month - 1]} {day.year}"


def long_datetime(moment: datetime) -> str:
    """« 23 novembre 2026 à 10 h 05 », in France's time, whatever the server's time zone."""
    local = moment.astimezone(PARIS)
    first = "1er" if local.day == 1 else str(local.day)
    return f"{first} {_MONTHS[local.month - 1]} {local.year} à {local.hour} h {local.minute:02d}"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """« 1 établissement proposé », « 3 établissements proposés »: French takes the singular for 0 and 1.
    `plural` defaults to every word of `singular` with an « s »."""
    words = singular if count < 2 else (plural or " ".join(f"{word}s" for word in singular.split()))
    return f"{count} {words}"
