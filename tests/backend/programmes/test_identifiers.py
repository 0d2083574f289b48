"""Company identifiers: what INSEE accepts, with a French message for what it does not."""

from __future__ import annotations

import pytest

from filiere.errors import InvalidInputError
from filiere.programmes.identifiers import checked_commune_code, checked_naf_code, checked_siren, departement_of


def test_siren_needs_nine_digits_and_its_check_digit() -> None:
    assert checked_siren("732 829 320") == "732829320"
    for wrong in ("732829321", "73282932", "7328293200", "73282932A", ""):
        with pytest.raises(InvalidInputError) as refused:
            checked_siren(wrong)
        assert refused.value.field == "siren" and refused.value.code == "invalid_siren"
        assert "SIREN" in refused.value.message


def test_naf_code_is_normalised_or_refused() -> None:
    assert checked_naf_code("13.10Z") == "13.10Z"
    assert checked_naf_code(" 1310z ") == "13.10Z"
    for wrong in ("13.1Z", "1310", "AB.CDE", "13.10ZZ"):
        with pytest.raises(InvalidInputError, match=r"13\.10Z"):
            checked_naf_code(wrong)


def test_commune_codes_and_their_departement() -> None:
    assert departement_of(checked_commune_code("76540")) == "76"
    assert departement_of(checked_commune_code("2a004")) == "2A"
    assert departement_of(checked_commune_code("97411")) == "974"
    for wrong in ("7654", "765400", "2C004", "ROUEN"):
        with pytest.raises(InvalidInputError, match="5 caractères"):
            checked_commune_code(wrong)
