"""The official geography shipped with the package: commune → département → région, and the autocomplete."""

from __future__ import annotations

import pytest

from filiere.referentials.geography import (
    commune,
    departement,
    departements_of_region,
    former_commune,
    region,
    regions,
    search_communes,
)


def _chain(code: str) -> tuple[str, str, str]:
    found = commune(code)
    assert found is not None, code
    home = departement(found.departement_code)
    area = region(found.region_code)
    assert home is not None and area is not None
    assert home.region_code == area.code
    return found.name, home.name, area.name


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("76540", ("Rouen", "Seine-Maritime", "Normandie")),
        ("2A004", ("Ajaccio", "Corse-du-Sud", "Corse")),
        ("2a004", ("Ajaccio", "Corse-du-Sud", "Corse")),
        ("75056", ("Paris", "Paris", "Île-de-France")),
        ("75108", ("Paris 8e Arrondissement", "Paris", "Île-de-France")),
        ("69381", ("Lyon 1er Arrondissement", "Rhône", "Auvergne-Rhône-Alpes")),
        ("13201", ("Marseille 1er Arrondissement", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur")),
        ("97411", ("Saint-Denis", "La Réunion", "La Réunion")),
        (" 59350 ", ("Lille", "Nord", "Hauts-de-France")),
    ],
)
def test_a_commune_leads_to_its_departement_and_region(code: str, expected: tuple[str, str, str]) -> None:
    assert _chain(code) == expected


def test_codes_and_numbers_of_the_official_geography() -> None:
    rouen = commune("76540")
    assert rouen is not None and (rouen.code, rouen.departement_code, rouen.region_code) == ("76540", "76", "28")
    ajaccio = commune("2A004")
    assert ajaccio is not None and (ajaccio.departement_code, ajaccio.region_code) == ("2A", "94")
    reunion = commune("97411")
    assert reunion is not None and (reunion.departement_code, reunion.region_code) == ("974", "04")
    assert sum(1 for r in regions() if r.is_region) == 18
    assert [d.code for d in departements_of_region("28")] == ["14", "27", "50", "61", "76"]
    assert sorted(d.code for d in departements_of_region("94")) == ["2A", "2B"]


def test_overseas_territories_are_not_regions() -> None:
    noumea = commune("98818")
    assert noumea is not None and noumea.departement_code == "988"
    area = region(noumea.region_code)
    assert area is not None and area.name == "Nouvelle-Calédonie" and not area.is_region


@pytest.mark.parametrize("code", ["76999", "75000", "20004", "99999", "", "ROUEN"])
def test_unknown_codes_find_nothing(code: str) -> None:
    assert commune(code) is None


def test_former_communes_point_to_the_commune_they_joined() -> None:
    assert commune("50173") is None
    former = former_commune("50173")
    assert former is not None and former.name == "Équeurdreville-Hainneville" and former.current_code == "50129"
    assert former_commune("76540") is None  # a current code is not a former one


def test_unknown_departements_and_regions() -> None:
    assert departement("20") is None  # Corse has been 2A and 2B since 1976
    assert region("99") is None


def _names(text: str, limit: int = 20) -> list[str]:
    return [f"{c.name} ({c.departement_code})" for c in search_communes(text, limit)]


def test_search_ignores_case_accents_and_hyphens() -> None:
    assert _names("evreux") == ["Évreux (27)"]
    assert _names("ÉVREUX") == ["Évreux (27)"]
    assert _names("saint denis", 2) == ["Saint-Denis (93)", "Saint-Denis (974)"]
    assert _names("Saint-Denis", 2) == _names("saint denis", 2)


def test_search_puts_exact_names_then_the_largest_communes_first() -> None:
    assert _names("paris", 2) == ["Paris (75)", "Paris 15e Arrondissement (75)"]
    assert _names("mar", 1) == ["Marseille (13)"]
    found = _names("rouen")
    assert found == ["Rouen (76)"]


def test_search_by_code_prefix() -> None:
    by_prefix = search_communes("7654", 3)
    assert by_prefix[0].name == "Rouen" and [c.code[:4] for c in by_prefix] == ["7654"] * 3
    assert [c.name for c in search_communes("2A00")] == ["Afa", "Ajaccio", "Alata", "Albitreccia"]
    assert [c.name for c in search_communes("75108")] == ["Paris 8e Arrondissement"]


def test_search_respects_the_limit_and_finds_nothing_for_nothing() -> None:
    assert len(search_communes("s", limit=20)) == 20
    assert search_communes("   ") == []
    assert search_communes("zzzz") == []
    assert search_communes("paris", limit=0) == []
