"""What a financing scheme is made of when typed in the SPA or read from an import, and its checks.

The same `checked_scheme` guards both: a record of an Aides-territoires file that fails it is named and
skipped exactly as a form would be refused, with the same French message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import MAX_AMOUNT_EUR
from filiere.financing.scheme_models import CompanySize, CriterionDimension, SchemePurpose, SchemeType
from filiere.programmes.models import ProjectKind
from filiere.referentials.geography import departement, region
from filiere.referentials.naf import naf_sections

NAME_MAX_LENGTH = 300
FINANCER_MAX_LENGTH = 300
DESCRIPTION_MAX_LENGTH = 5000
URL_MAX_LENGTH = 500
MAX_AREAS = 120  # every département of France, and some room
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True, kw_only=True)
class SchemeData:
    name: str
    financer_label: str
    type: SchemeType
    financer_organisation_id: int | None = None
    description: str = ""
    purposes: Sequence[SchemePurpose] = ()
    company_sizes: Sequence[CompanySize] = ()
    naf_sections: Sequence[str] = ()
    project_kinds: Sequence[ProjectKind] = ()
    nationwide: bool = False
    regions: Sequence[str] = ()  # INSEE région codes (« 28 »), or a tenant's slug (« normandie »)
    departements: Sequence[str] = ()  # INSEE codes (« 76 », « 2A »)
    amount_min: int | None = None
    amount_max: int | None = None
    rate_min: float | None = None
    rate_max: float | None = None
    opens_on: date | None = None
    closes_on: date | None = None
    application_url: str = ""
    source_url: str = ""
    de_minimis: bool = False
    # Set by the import only: the Aides-territoires aid and when it last changed there.
    aides_territoires_id: str | None = None
    source_updated_at: datetime | None = None


def checked_scheme(data: SchemeData, *, region_codes: dict[str, str]) -> SchemeData:
    """`data` cleaned (spaces, duplicates, slugs turned into INSEE codes), or the first problem found.
    `region_codes`: each tenant's slug → its INSEE région code."""
    name = _line(data.name, "name", "Le nom du dispositif", NAME_MAX_LENGTH)
    financer = _line(data.financer_label, "financerLabel", "Le financeur", FINANCER_MAX_LENGTH)
    description = data.description.strip()
    if len(description) > DESCRIPTION_MAX_LENGTH:
        raise InvalidInputError(
            f"La description ne doit pas dépasser {DESCRIPTION_MAX_LENGTH} caractères.",
            field="description",
            code=CommonErrorCode.TOO_LONG,
        )
    regions, departements = _areas(data, region_codes)
    _amounts(data.amount_min, data.amount_max)
    _rates(data.rate_min, data.rate_max)
    _dates(data.opens_on, data.closes_on)
    known_sections = {section.code for section in naf_sections()}
    sections = list(dict.fromkeys(code.strip().upper() for code in data.naf_sections))
    unknown = [code for code in sections if code not in known_sections]
    if unknown:
        raise InvalidInputError(
            f"Section NAF inconnue : {', '.join(unknown)} (les sections vont de A à U).",
            field="nafSections",
            code=FinancingErrorCode.UNKNOWN_NAF_SECTION,
        )
    return replace(
        data,
        name=name,
        financer_label=financer,
        description=description,
        purposes=tuple(dict.fromkeys(data.purposes)),
        company_sizes=tuple(dict.fromkeys(data.company_sizes)),
        naf_sections=tuple(sections),
        project_kinds=tuple(dict.fromkeys(data.project_kinds)),
        regions=regions,
        departements=departements,
        application_url=_url(data.application_url, "applicationUrl"),
        source_url=_url(data.source_url, "sourceUrl"),
    )


def _line(value: str, field: str, label: str, max_length: int) -> str:
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > max_length:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {max_length} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def _areas(data: SchemeData, region_codes: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    regions: list[str] = []
    for value in data.regions:
        code = region_codes.get(value.strip(), value.strip())
        found = region(code)
        if found is None:
            raise InvalidInputError(
                f"Région inconnue : « {value} » (code INSEE de la région, par exemple « 28 » pour la Normandie).",
                field="regions",
                code=FinancingErrorCode.INVALID_PERIMETER,
            )
        regions.append(found.code)
    departements: list[str] = []
    for value in data.departements:
        found_departement = departement(value)
        if found_departement is None:
            raise InvalidInputError(
                f"Département inconnu : « {value} » (code INSEE, par exemple « 76 » ou « 2A »).",
                field="departements",
                code=FinancingErrorCode.INVALID_PERIMETER,
            )
        departements.append(found_departement.code)
    unique_regions, unique_departements = tuple(dict.fromkeys(regions)), tuple(dict.fromkeys(departements))
    if data.nationwide and (unique_regions or unique_departements):
        raise InvalidInputError(
            "Un dispositif national ne se limite pas à des régions ou des départements.",
            field="nationwide",
            code=FinancingErrorCode.INVALID_PERIMETER,
        )
    if not data.nationwide and not (unique_regions or unique_departements):
        raise InvalidInputError(
            "Indiquez le périmètre du dispositif : toute la France, ou au moins une région ou un département.",
            field="regions",
            code=FinancingErrorCode.INVALID_PERIMETER,
        )
    if len(unique_regions) + len(unique_departements) > MAX_AREAS:
        raise InvalidInputError(
            f"Un périmètre compte au plus {MAX_AREAS} régions et départements.",
            field="departements",
            code=FinancingErrorCode.INVALID_PERIMETER,
        )
    return unique_regions, unique_departements


def _amounts(low: int | None, high: int | None) -> None:
    for value, name in ((low, "amountMin"), (high, "amountMax")):
        if value is not None and not 0 <= value <= MAX_AMOUNT_EUR:
            raise InvalidInputError(
                f"Un montant est compris entre 0 et {MAX_AMOUNT_EUR:_} €.".replace("_", " "),
                field=name,
                code=FinancingErrorCode.INVALID_AMOUNT,
            )
    if low is not None and high is not None and low > high:
        raise InvalidInputError(
            "Le montant minimum dépasse le montant maximum.", field="amountMin", code=FinancingErrorCode.INVALID_AMOUNT
        )


def _rates(low: float | None, high: float | None) -> None:
    for value, name in ((low, "rateMin"), (high, "rateMax")):
        if value is not None and not 0 <= value <= 100:
            raise InvalidInputError(
                "Un taux est un pourcentage compris entre 0 et 100.", field=name, code=FinancingErrorCode.INVALID_RATE
            )
    if low is not None and high is not None and low > high:
        raise InvalidInputError(
            "Le taux minimum dépasse le taux maximum.", field="rateMin", code=FinancingErrorCode.INVALID_RATE
        )


def _dates(opens_on: date | None, closes_on: date | None) -> None:
    for value, name in ((opens_on, "opensOn"), (closes_on, "closesOn")):
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise InvalidInputError(
                f"Une date d'ouverture ou de clôture est comprise entre {MIN_YEAR} et {MAX_YEAR}.",
                field=name,
                code=FinancingErrorCode.INVALID_DATES,
            )
    if opens_on is not None and closes_on is not None and closes_on < opens_on:
        raise InvalidInputError(
            "La date de clôture précède la date d'ouverture.", field="closesOn", code=FinancingErrorCode.INVALID_DATES
        )


def _url(value: str, field: str) -> str:
    url = value.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url or len(url) > URL_MAX_LENGTH:
        raise InvalidInputError(
            f"Le lien doit être une adresse web complète (https://…) de {URL_MAX_LENGTH} caractères au plus.",
            field=field,
            code=CommonErrorCode.INVALID_URL,
        )
    return url


def criteria_of(data: SchemeData) -> set[tuple[str, str]]:
    """The (dimension, value) rows of a cleaned scheme."""
    d = CriterionDimension
    return {
        *((d.PURPOSE.value, value.value) for value in data.purposes),
        *((d.COMPANY_SIZE.value, value.value) for value in data.company_sizes),
        *((d.NAF_SECTION.value, value) for value in data.naf_sections),
        *((d.PROJECT_KIND.value, value.value) for value in data.project_kinds),
        *((d.REGION.value, value) for value in data.regions),
        *((d.DEPARTEMENT.value, value) for value in data.departements),
    }
