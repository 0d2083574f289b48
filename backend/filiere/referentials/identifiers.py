"""Company identifiers, checked the way INSEE defines them, with French messages for the user.

SIREN and SIRET through python-stdnum (length, Luhn key, La Poste's exception); NAF codes and communes
against the official nomenclatures shipped in `filiere.referentials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren, siret

from filiere.errors import InvalidInputError
from filiere.referentials.errors import ReferentialErrorCode
from filiere.referentials.geography import (
    Commune,
    commune,
    departement,
    departements_of_region,
    former_commune,
    region,
)
from filiere.referentials.naf import naf_activity, normalised_naf_code
from filiere.settings import TenantSettings

# INSEE commune codes: two digits or 2A/2B (Corse) then three digits; 97x/98x overseas.
_COMMUNE = re.compile(r"^(\d{2}|2[AB])\d{3}$")


def checked_siren(value: str, *, field: str = "siren") -> str:
    """The SIREN without spaces, if its 9 digits and Luhn check digit are right."""
    try:
        return str(siren.validate(value))
    except StdnumError:
        raise InvalidInputError(
            "Ce numéro SIREN n'est pas valide : il faut 9 chiffres et une clé de contrôle correcte.",
            field=field,
            code=ReferentialErrorCode.INVALID_SIREN,
        ) from None


def checked_siret(value: str, *, field: str = "siret", of_siren: str | None = None) -> str:
    """The SIRET without spaces, if valid; with `of_siren`, it must also be an establishment of that company.

    stdnum checks the 14 digits, the Luhn key of the SIRET and of its SIREN, and La Poste's exception:
    its establishments (SIREN 356 000 000) have SIRETs whose digits add up to a multiple of 5 instead.
    """
    try:
        number = str(siret.validate(value))
    except StdnumError:
        raise InvalidInputError(
            "Ce numéro SIRET n'est pas valide : il faut 14 chiffres (le SIREN de l'entreprise puis le numéro "
            "de l'établissement) et une clé de contrôle correcte.",
            field=field,
            code=ReferentialErrorCode.INVALID_SIRET,
        ) from None
    if of_siren is not None and number[:9] != (of_siren := "".join(of_siren.split())):
        raise InvalidInputError(
            f"Ce SIRET n'est pas celui d'un établissement de l'entreprise : il doit commencer par son SIREN "
            f"({_spaced_siren(of_siren)}), or il commence par {_spaced_siren(number[:9])}.",
            field=field,
            code=ReferentialErrorCode.SIRET_NOT_OF_SIREN,
        )
    return number


def checked_naf_code(value: str, *, field: str = "nafCode") -> str:
    """A NAF rév. 2 code of the official nomenclature, in its official form, e.g. « 13.10Z »."""
    code = normalised_naf_code(value)
    if code is None:
        raise InvalidInputError(
            "Le code NAF doit avoir la forme « 13.10Z » (quatre chiffres et une lettre).",
            field=field,
            code=ReferentialErrorCode.INVALID_NAF_CODE,
        )
    if naf_activity(code) is None:
        raise InvalidInputError(
            f"Le code NAF « {code} » n'existe pas dans la nomenclature NAF rév. 2 de l'INSEE : vérifiez-le sur "
            "l'avis de situation SIRENE de l'entreprise.",
            field=field,
            code=ReferentialErrorCode.UNKNOWN_NAF_CODE,
        )
    return code


def checked_commune_code(value: str, *, field: str = "communeCode") -> Commune:
    """The commune (or arrondissement municipal) with this INSEE code in the official geography."""
    code = value.strip().upper()
    if not _COMMUNE.match(code):
        raise InvalidInputError(
            "Le code commune INSEE comporte 5 caractères, par exemple « 76540 » pour Rouen.",
            field=field,
            code=ReferentialErrorCode.INVALID_COMMUNE_CODE,
        )
    found = commune(code)
    if found is not None:
        return found
    former = former_commune(code)
    if former is not None:
        current = commune(former.current_code)
        assert current is not None  # the generator checks every former commune's current one exists
        raise InvalidInputError(
            f"Le code {code} est celui de l'ancienne commune {former.name}, aujourd'hui rattachée à "
            f"{current.name} : utilisez le code de {current.name}, {current.code}.",
            field=field,
            code=ReferentialErrorCode.FORMER_COMMUNE,
        )
    raise InvalidInputError(
        f"Aucune commune n'a le code INSEE {code} : ce code n'est pas le code postal, cherchez la commune par son nom.",
        field=field,
        code=ReferentialErrorCode.UNKNOWN_COMMUNE,
    )


def departement_of(commune_code: str) -> str:
    """The département of a commune: 3 digits overseas (« 971 », « 987 »), otherwise the first 2 (« 2A » included)."""
    return commune_code[:3] if commune_code[:2] in {"97", "98"} else commune_code[:2]


def tenant_for_commune(place: Commune, tenants: Iterable[TenantSettings]) -> TenantSettings | None:
    """The tenant whose région the commune lies in; None where the programme has no tenant."""
    return next((tenant for tenant in tenants if tenant.insee_code == place.region_code), None)


def checked_commune_of_tenant(
    place: Commune, tenant_slug: str, tenants: Iterable[TenantSettings], *, field: str = "communeCode"
) -> Commune:
    """The commune, if it lies in the région of `tenant_slug`; otherwise a refusal naming where it belongs."""
    configured = list(tenants)
    owner = tenant_for_commune(place, configured)
    if owner is not None and owner.slug == tenant_slug:
        return place
    where = f"Cette commune ({_commune_label(place)}) {_area_of(place)}"
    if owner is not None:
        raise InvalidInputError(
            f"{where} : la candidature doit être déposée auprès de l'accélérateur {owner.label}.",
            field=field,
            code=ReferentialErrorCode.COMMUNE_IN_OTHER_REGION,
        )
    opened = ", ".join(tenant.label for tenant in configured)
    raise InvalidInputError(
        f"{where}, où l'Accélérateur de Relocalisations n'est pas ouvert : la candidature ne peut pas être "
        f"déposée. L'accélérateur est ouvert dans les régions {opened}.",
        field=field,
        code=ReferentialErrorCode.COMMUNE_OUTSIDE_PROGRAMME,
    )


def tenant_geography_problems(tenants: Iterable[TenantSettings]) -> list[str]:
    """Where tenant settings disagree with the official geography (région code, départements): [] if none."""
    problems = []
    for tenant in tenants:
        home = region(tenant.insee_code)
        if home is None or not home.is_region:
            problems.append(f"{tenant.slug}: {tenant.insee_code!r} is not the INSEE code of a région")
            continue
        expected = sorted(d.code for d in departements_of_region(home.code))
        if sorted(tenant.departements) != expected:
            problems.append(f"{tenant.slug}: départements {sorted(tenant.departements)}, {home.name} has {expected}")
    return problems


def _commune_label(place: Commune) -> str:
    """« Lille, Nord »; « Paris » alone where the département has the commune's name."""
    home = departement(place.departement_code)
    return f"{place.name}, {home.name}" if home is not None and home.name != place.name else place.name


def _area_of(place: Commune) -> str:
    area = region(place.region_code)
    if area is None or not area.is_region:
        # Overseas territories outside the régions, already named by the commune's label (« Nouméa,
        # Nouvelle-Calédonie »): their names take prepositions (en, à, aux) no rule gives.
        return "est située outre-mer, hors des régions françaises"
    return f"relève de la région {area.name}"


def _spaced_siren(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:9]}"
