"""The NAF rév. 2 shipped with the package: codes as users type them, labels in French, sections A–U."""

from __future__ import annotations

import pytest

from filiere.referentials.naf import naf_activities, naf_activity, naf_sections, normalised_naf_code


@pytest.mark.parametrize("typed", ["13.10Z", "1310Z", " 13.10z ", "13 10 Z"])
def test_a_code_as_typed_gives_the_official_activity(typed: str) -> None:
    activity = naf_activity(typed)
    assert activity is not None
    assert activity.code == "13.10Z"
    assert activity.label == "Préparation de fibres textiles et filature"
    assert (activity.section_code, activity.section_label) == ("C", "Industrie manufacturière")


def test_sections_follow_the_divisions() -> None:
    assert [
        (a.section_code, a.code) for a in map(naf_activity, ["01.11Z", "10.71C", "33.20D", "35.11Z", "99.00Z"]) if a
    ] == [
        ("A", "01.11Z"),
        ("C", "10.71C"),
        ("C", "33.20D"),
        ("D", "35.11Z"),
        ("U", "99.00Z"),
    ]
    boulangerie = naf_activity("1071c")
    assert boulangerie is not None and boulangerie.label == "Boulangerie et boulangerie-pâtisserie"


def test_the_whole_nomenclature() -> None:
    sections = naf_sections()
    assert [s.code for s in sections] == list("ABCDEFGHIJKLMNOPQRSTU")
    assert sections[2].label == "Industrie manufacturière"
    activities = naf_activities()
    assert len(activities) == 732
    assert {a.section_code for a in activities} == {s.code for s in sections}
    assert all("  " not in a.label for a in activities)


@pytest.mark.parametrize("code", ["99.99Z", "13.10A", "00.00Z"])
def test_well_formed_codes_outside_the_nomenclature(code: str) -> None:
    assert normalised_naf_code(code) == code
    assert naf_activity(code) is None


@pytest.mark.parametrize("typed", ["13.1Z", "1310", "13.10ZZ", "AB.CDE", ""])
def test_malformed_codes(typed: str) -> None:
    assert normalised_naf_code(typed) is None
    assert naf_activity(typed) is None
