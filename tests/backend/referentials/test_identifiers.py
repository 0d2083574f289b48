"""Company identifiers: what INSEE accepts, with a French message for what it does not."""

from __future__ import annotations

import pytest

from filiere.errors import InvalidInputError
from filiere.referentials.geography import Commune
from filiere.referentials.identifiers import (
    checked_commune_code,
    checked_commune_of_tenant,
    checked_naf_code,
    checked_siren,
    checked_siret,
    departement_of,
    tenant_for_commune,
    tenant_geography_problems,
)
from filiere.settings import DEFAULT_TENANTS, TenantSettings


def test_siren_needs_nine_digits_and_its_check_digit() -> None:
    assert checked_siren("732 829 320") == "732829320"
    for wrong in ("732829321", "73282932", "7328293200", "73282932A", ""):
        with pytest.raises(InvalidInputError) as refused:
            checked_siren(wrong)
        assert refused.value.field == "siren" and refused.value.code == "INVALID_SIREN"
        assert "SIREN" in refused.value.message


def test_siret_needs_fourteen_digits_and_its_check_digit() -> None:
    assert checked_siret("732 829 320 00074") == "73282932000074"
    for wrong in ("73282932000075", "7328293200007", "732829320000740", "7328293200007A", ""):
        with pytest.raises(InvalidInputError) as refused:
            checked_siret(wrong, field="establishmentSiret")
        assert refused.value.field == "establishmentSiret" and refused.value.code == "INVALID_SIRET"
        assert "14 chiffres" in refused.value.message


def test_la_poste_establishments_follow_their_own_rule() -> None:
    # La Poste's establishments (SIREN 356 000 000) fail Luhn: their digits add up to a multiple of 5.
    assert checked_siret("356 000 000 49837", of_siren="356000000") == "35600000049837"
    assert checked_siret("35600000052135") == "35600000052135"
    assert checked_siret("35600000000048") == "35600000000048"  # the head office, Luhn-valid
    with pytest.raises(InvalidInputError) as refused:
        checked_siret("35600000049836")
    assert refused.value.code == "INVALID_SIRET"


def test_a_siret_must_be_an_establishment_of_the_company() -> None:
    assert checked_siret("73282932000074", of_siren="732 829 320") == "73282932000074"
    with pytest.raises(InvalidInputError) as refused:
        checked_siret("35600000049837", of_siren="732829320")
    assert refused.value.field == "siret" and refused.value.code == "SIRET_NOT_OF_SIREN"
    assert refused.value.message == (
        "Ce SIRET n'est pas celui d'un établissement de l'entreprise : il doit commencer par son SIREN "
        "(732 829 320), or il commence par 356 000 000."
    )


def test_naf_code_is_normalised_or_refused() -> None:
    assert checked_naf_code("13.10Z") == "13.10Z"
    assert checked_naf_code(" 1310z ") == "13.10Z"
    for wrong in ("13.1Z", "1310", "AB.CDE", "13.10ZZ"):
        with pytest.raises(InvalidInputError, match=r"13\.10Z"):
            checked_naf_code(wrong)


def test_naf_code_must_exist_in_the_nomenclature() -> None:
    for unknown in ("99.99Z", "9999z", "13.10A"):
        with pytest.raises(InvalidInputError) as refused:
            checked_naf_code(unknown, field="naf")
        assert refused.value.field == "naf" and refused.value.code == "UNKNOWN_NAF_CODE"
        assert "n'existe pas dans la nomenclature NAF rév. 2" in refused.value.message
    with pytest.raises(InvalidInputError, match=r"« 99\.99Z »"):
        checked_naf_code("9999z")


def test_commune_codes_and_their_departement() -> None:
    assert departement_of(checked_commune_code("76540").code) == "76"
    assert departement_of(checked_commune_code("2a004").code) == "2A"
    assert departement_of(checked_commune_code("97411").code) == "974"
    assert departement_of("98818") == "988"
    for wrong in ("7654", "765400", "2C004", "ROUEN"):
        with pytest.raises(InvalidInputError, match="5 caractères"):
            checked_commune_code(wrong)


def test_known_communes_come_back_with_their_name() -> None:
    assert checked_commune_code(" 2a004 ") == Commune("2A004", "Ajaccio", "2A", "94", ("20000", "20090", "20167"))
    assert checked_commune_code("75108") == Commune("75108", "Paris 8e Arrondissement", "75", "11", ("75008",))
    assert checked_commune_code("97411") == Commune("97411", "Saint-Denis", "974", "04", ("97400", "97417", "97490"))


def test_unknown_commune_codes_are_refused() -> None:
    for unknown in ("76999", "76000"):  # 76000 is Rouen's postal code, not its INSEE code
        with pytest.raises(InvalidInputError) as refused:
            checked_commune_code(unknown)
        assert refused.value.field == "communeCode" and refused.value.code == "UNKNOWN_COMMUNE"
        assert refused.value.message == (
            f"Aucune commune n'a le code INSEE {unknown} : ce code n'est pas le code postal, "
            "cherchez la commune par son nom."
        )


def test_a_former_commune_code_names_the_commune_to_use() -> None:
    with pytest.raises(InvalidInputError) as refused:
        checked_commune_code("50173")
    assert refused.value.code == "FORMER_COMMUNE"
    assert refused.value.message == (
        "Le code 50173 est celui de l'ancienne commune Équeurdreville-Hainneville, aujourd'hui rattachée à "
        "Cherbourg-en-Cotentin : utilisez le code de Cherbourg-en-Cotentin, 50129."
    )


def test_each_commune_belongs_to_the_tenant_of_its_region() -> None:
    owner = tenant_for_commune(checked_commune_code("76540"), DEFAULT_TENANTS)
    assert owner is not None and owner.slug == "normandie"
    owner = tenant_for_commune(checked_commune_code("75108"), DEFAULT_TENANTS)
    assert owner is not None and owner.slug == "ile-de-france"
    assert tenant_for_commune(checked_commune_code("35238"), DEFAULT_TENANTS) is None  # Rennes, Bretagne
    rouen = checked_commune_code("76540")
    assert checked_commune_of_tenant(rouen, "normandie", DEFAULT_TENANTS) is rouen


def test_a_commune_of_another_tenant_region_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInputError) as refused:
        checked_commune_of_tenant(checked_commune_code("59350"), "normandie", DEFAULT_TENANTS)
    assert refused.value.field == "communeCode" and refused.value.code == "COMMUNE_IN_OTHER_REGION"
    assert refused.value.message == (
        "Cette commune (Lille, Nord) relève de la région Hauts-de-France : la candidature doit être déposée "
        "auprès de l'accélérateur Hauts-de-France."
    )
    with pytest.raises(InvalidInputError, match=r"^Cette commune \(Paris\) relève de la région Île-de-France :"):
        checked_commune_of_tenant(checked_commune_code("75056"), "hauts-de-france", DEFAULT_TENANTS)


def test_a_commune_of_a_region_without_tenant_is_refused() -> None:
    with pytest.raises(InvalidInputError) as refused:
        checked_commune_of_tenant(checked_commune_code("35238"), "normandie", DEFAULT_TENANTS)
    assert refused.value.field == "communeCode" and refused.value.code == "COMMUNE_OUTSIDE_PROGRAMME"
    assert refused.value.message == (
        "Cette commune (Rennes, Ille-et-Vilaine) relève de la région Bretagne, où l'Accélérateur de "
        "Relocalisations n'est pas ouvert : la candidature ne peut pas être déposée. L'accélérateur est ouvert "
        "dans les régions Normandie, Île-de-France, Hauts-de-France, Bourgogne-Franche-Comté."
    )
    with pytest.raises(
        InvalidInputError,
        match=r"^Cette commune \(Nouméa, Nouvelle-Calédonie\) est située outre-mer, hors des régions françaises, où",
    ):
        checked_commune_of_tenant(checked_commune_code("98818"), "normandie", DEFAULT_TENANTS)


def test_the_configured_tenants_match_the_official_geography() -> None:
    assert tenant_geography_problems(DEFAULT_TENANTS) == []
    wrong = [
        TenantSettings(slug="normandie", label="Normandie", insee_code="28", departements=["14", "27", "50", "76"]),
        TenantSettings(slug="nowhere", label="Nulle part", insee_code="99", departements=["14"]),
    ]
    assert tenant_geography_problems(wrong) == [
        "normandie: départements ['14', '27', '50', '76'], Normandie has ['14', '27', '50', '61', '76']",
        "nowhere: '99' is not the INSEE code of a région",
    ]
