"""Company identifiers, checked the way INSEE defines them, with French messages for the user."""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren

from filiere.errors import InvalidInputError
from filiere.programmes.errors import ProjectErrorCode

_NAF = re.compile(r"^\d{2}\.\d{2}[A-Z]$")
# INSEE commune codes: two digits or 2A/2B (Corse) then three digits; 97x for overseas.
_COMMUNE = re.compile(r"^(\d{2}|2[AB])\d{3}$")


def checked_siren(value: str, *, field: str = "siren") -> str:
    """The SIREN without spaces, if its 9 digits and Luhn check digit are right."""
    try:
        return str(siren.validate(value))
    except StdnumError:
        raise InvalidInputError(
            "Ce numéro SIREN n'est pas valide : il faut 9 chiffres et une clé de contrôle correcte.",
            field=field,
            code=ProjectErrorCode.INVALID_SIREN,
        ) from None


def checked_naf_code(value: str, *, field: str = "nafCode") -> str:
    """A NAF rév. 2 code in its official form, e.g. « 13.10Z »."""
    code = value.strip().upper()
    if len(code) == 5 and code[:4].isdigit():  # « 1310Z », as often typed
        code = f"{code[:2]}.{code[2:]}"
    if not _NAF.match(code):
        raise InvalidInputError(
            "Le code NAF doit avoir la forme « 13.10Z » (quatre chiffres et une lettre).",
            field=field,
            code=ProjectErrorCode.INVALID_NAF_CODE,
        )
    return code


def checked_commune_code(value: str, *, field: str = "communeCode") -> str:
    code = value.strip().upper()
    if not _COMMUNE.match(code):
        raise InvalidInputError(
            "Le code commune INSEE comporte 5 caractères, par exemple « 76540 » pour Rouen.",
            field=field,
            code=ProjectErrorCode.INVALID_COMMUNE_CODE,
        )
    return code


def departement_of(commune_code: str) -> str:
    """The département of a commune: 3 digits overseas (« 971 »), otherwise the first 2 (« 2A » included)."""
    return commune_code[:3] if commune_code.startswith("97") else commune_code[:2]
