"""Finding one's commune on the public candidacy form, and whether the accelerator runs there.

Reads the shipped geography only (no database, no personal data): open to anyone, like the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from filiere.errors import CommonErrorCode, InvalidInputError, RequestErrorCode
from filiere.referentials.geography import Commune, Departement, Region, departement, find_communes, region
from filiere.referentials.identifiers import tenant_for_commune
from filiere.settings import TenantSettings

SEARCH_MIN_LENGTH = 2
SEARCH_MAX_LENGTH = 100
MAX_COMMUNES = 20


@dataclass(frozen=True, kw_only=True)
class CommunePlace:
    commune: Commune
    departement: Departement
    region: Region
    accelerator: TenantSettings | None  # the tenant whose accelerator covers it


def lookup_communes(search: str, first: int, tenants: Iterable[TenantSettings]) -> list[CommunePlace]:
    """Communes by name (accents, case and hyphens ignored) or postal code, the likeliest first."""
    text = " ".join(search.split())
    if len(text) < SEARCH_MIN_LENGTH:
        raise InvalidInputError(
            f"Saisissez au moins {SEARCH_MIN_LENGTH} caractères du nom ou du code postal de la commune.",
            field="search",
            code=RequestErrorCode.BAD_USER_INPUT,
        )
    if len(text) > SEARCH_MAX_LENGTH:
        raise InvalidInputError(
            f"La recherche compte {SEARCH_MAX_LENGTH} caractères au plus.",
            field="search",
            code=CommonErrorCode.TOO_LONG,
        )
    if not 1 <= first <= MAX_COMMUNES:
        raise InvalidInputError(
            f"Le nombre de communes demandées doit être compris entre 1 et {MAX_COMMUNES}.",
            field="first",
            code=RequestErrorCode.INVALID_PAGE_SIZE,
        )
    configured = list(tenants)
    places = []
    for place in find_communes(text, first):
        its_departement, its_region = departement(place.departement_code), region(place.region_code)
        assert its_departement is not None and its_region is not None  # the generator checks the links
        places.append(
            CommunePlace(
                commune=place,
                departement=its_departement,
                region=its_region,
                accelerator=tenant_for_commune(place, configured),
            )
        )
    return places
