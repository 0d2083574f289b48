"""The stock reader's own SIRET check agrees with python-stdnum's, which it replaces for speed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stdnum.fr import siret

from filiere.sourcing.sirene import valid_siret

DIGITS = st.text(alphabet="0123456789", min_size=14, max_size=14)
LA_POSTE = st.text(alphabet="0123456789", min_size=5, max_size=5).map(lambda nic: "356000000" + nic)


@given(st.one_of(DIGITS, LA_POSTE, st.text(max_size=16)))
def test_the_siret_check_is_python_stdnums(number: str) -> None:
    # Stock files never space their numbers; stdnum also accepts « 732 829 320 00074 ».
    assert valid_siret(number) == siret.is_valid(number) or siret.compact(number) != number


def test_known_numbers() -> None:
    assert valid_siret("73282932000074")
    assert not valid_siret("73282932000075")
    assert valid_siret("35600000000048")  # La Poste's head office: Luhn
    assert valid_siret("35600000049837")  # one of its establishments: digits summing to a multiple of 5
    assert not valid_siret("٧٣٢٨٢٩٣٢٠٠٠٠٧٤")  # digits, but not ASCII ones
