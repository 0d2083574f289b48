"""INSEE's Code officiel géographique: communes → départements → régions.

Communes include the arrondissements municipaux of Paris, Lyon and Marseille (75101…, 69381…, 13201…),
where SIRENE locates establishments. Overseas territories outside the régions (Saint-Pierre-et-Miquelon,
Polynésie française, Nouvelle-Calédonie…) have a 3-digit code that stands here for both their
département and their « région » (`Region.is_region` is False).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from filiere.referentials._data import read_data
from filiere.text import fold

_SEPARATORS = re.compile(r"[-'’ ]+")
_CODE_LIKE = re.compile(r"^(\d|2[AB]?)[\dAB]*$")
_DIGITS = re.compile(r"^\d{1,5}$")


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # « 28 »
    name: str  # « Normandie »

    @property
    def is_region(self) -> bool:
        """False for the overseas collectivities, whose code has three digits."""
        return len(self.code) == 2


@dataclass(frozen=True, slots=True)
class Departement:
    code: str  # « 76 », « 2A », « 974 »
    name: str
    region_code: str


@dataclass(frozen=True, slots=True)
class Commune:
    code: str  # INSEE code (not the postal code): « 76540 » for Rouen
    name: str
    departement_code: str
    region_code: str
    postal_codes: tuple[str, ...] = ()  # La Poste's: « 76000 », « 76100 » for Rouen


@dataclass(frozen=True, slots=True)
class FormerCommune:
    """A delegated or associated commune: its code survives in the COG but no longer locates a company."""

    code: str
    name: str
    current_code: str  # the commune it now belongs to


def region(code: str) -> Region | None:
    return _geography().regions.get(code.strip())


def regions() -> tuple[Region, ...]:
    return tuple(_geography().regions.values())


def departement(code: str) -> Departement | None:
    return _geography().departements.get(code.strip().upper())


def departements_of_region(region_code: str) -> tuple[Departement, ...]:
    return tuple(d for d in _geography().departements.values() if d.region_code == region_code)


def commune(code: str) -> Commune | None:
    """The current commune (or arrondissement municipal) with this INSEE code."""
    return _geography().communes.get(code.strip().upper())


def former_commune(code: str) -> FormerCommune | None:
    return _geography().former_communes.get(code.strip().upper())


def search_communes(text: str, limit: int = 20) -> list[Commune]:
    """Communes for an autocomplete: INSEE code prefix, or name prefix ignoring case, accents and hyphens.

    Names matching exactly come first, then the most populated: « paris » gives Paris before its
    arrondissements and before Paris-l'Hôpital.
    """
    geography = _geography()
    query = text.strip().upper()
    if not query or limit <= 0:
        return []
    if _CODE_LIKE.match(query):
        start = bisect_left(geography.codes, query)
        found = []
        for code in geography.codes[start : start + limit]:
            if not code.startswith(query):
                break
            found.append(geography.communes[code])
        return found
    key = _name_key(text)
    if not key:
        return []
    names = _names()
    start = bisect_left(names, (key, ""))
    matches: list[tuple[str, str]] = []
    for entry in names[start:]:
        if not entry[0].startswith(key):
            break
        matches.append(entry)
    weights = geography.weights
    matches.sort(key=lambda entry: (entry[0] != key, -weights[entry[1]], entry[0], entry[1]))
    return [geography.communes[code] for _name, code in matches[:limit]]


def find_communes(text: str, limit: int = 20) -> list[Commune]:
    """What a person types to find their commune: a name (as `search_communes`), or digits, read as the
    start of a postal code first, then of an INSEE code (« 76770 » finds Malaunay, « 76540 » Rouen too)."""
    query = "".join(text.split())
    if not _DIGITS.match(query):
        return search_communes(text, limit)
    geography = _geography()
    postal = _postal_codes()
    start = bisect_left(postal, (query, ""))
    codes: list[str] = []
    for postal_code, code in postal[start:]:
        if not postal_code.startswith(query):
            break
        codes.append(code)
    by_postal_code = sorted(dict.fromkeys(codes), key=lambda code: (-geography.weights[code], code))
    found = [geography.communes[code] for code in by_postal_code[:limit]]
    seen = {place.code for place in found}
    found += [place for place in search_communes(query, limit) if place.code not in seen]
    return found[:limit]


def _name_key(name: str) -> str:
    return _SEPARATORS.sub(" ", fold(name)).strip()


@dataclass(frozen=True, slots=True)
class _Geography:
    regions: dict[str, Region]
    departements: dict[str, Departement]
    communes: dict[str, Commune]
    former_communes: dict[str, FormerCommune]
    weights: dict[str, int]
    codes: list[str]  # sorted


@cache
def _geography() -> _Geography:
    data = read_data("geography.json.gz")
    regions = {code: Region(code, name) for code, name in data["regions"]}
    departements = {code: Departement(code, name, region_code) for code, name, region_code in data["departements"]}
    columns = data["communes"]
    communes = {
        code: Commune(code, name, departement_code, departements[departement_code].region_code, tuple(postal.split()))
        for code, name, departement_code, postal in zip(
            columns["code"], columns["name"], columns["departement"], columns["postal_codes"], strict=True
        )
    }
    return _Geography(
        regions=regions,
        departements=departements,
        communes=communes,
        former_communes={code: FormerCommune(code, name, current) for code, name, current in data["former_communes"]},
        weights=dict(zip(columns["code"], columns["weight"], strict=True)),
        codes=sorted(communes),
    )


@cache
def _names() -> list[tuple[str, str]]:
    """(name key, code), sorted: built on the first search only, lookups by code do not need it."""
    return sorted((_name_key(c.name), c.code) for c in _geography().communes.values())


@cache
def _postal_codes() -> list[tuple[str, str]]:
    """(postal code, INSEE code), sorted: built on the first lookup by postal code."""
    return sorted((postal, c.code) for c in _geography().communes.values() for postal in c.postal_codes)
