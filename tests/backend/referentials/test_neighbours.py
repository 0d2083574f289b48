"""The table of neighbouring régions: symmetric, and only real régions."""

from filiere.referentials.geography import region
from filiere.referentials.neighbours import _BORDERS, neighbouring_regions


def test_borders_are_symmetric_and_name_real_regions() -> None:
    for code, neighbours in _BORDERS.items():
        found = region(code)
        assert found is not None and found.is_region
        for other in neighbours:
            assert code in _BORDERS[other], (code, other)


def test_normandie_borders_hauts_de_france_not_bourgogne() -> None:
    assert "32" in neighbouring_regions("28")
    assert "27" not in neighbouring_regions("28")
    assert neighbouring_regions("94") == ()  # Corse
