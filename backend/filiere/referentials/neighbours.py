"""Régions that share a land border (metropolitan France, régions of 2016), by INSEE code.

No package ships this: it is read off the map once and tested for symmetry. Corsica and the overseas
régions have no land neighbour.
"""

from __future__ import annotations

_BORDERS = {
    "11": ("24", "27", "28", "32", "44"),  # Île-de-France
    "24": ("11", "27", "28", "52", "75", "84"),  # Centre-Val de Loire
    "27": ("11", "24", "44", "84"),  # Bourgogne-Franche-Comté
    "28": ("11", "24", "32", "52", "53"),  # Normandie
    "32": ("11", "28", "44"),  # Hauts-de-France
    "44": ("11", "27", "32"),  # Grand Est
    "52": ("24", "28", "53", "75"),  # Pays de la Loire
    "53": ("28", "52"),  # Bretagne
    "75": ("24", "52", "76", "84"),  # Nouvelle-Aquitaine
    "76": ("75", "84", "93"),  # Occitanie
    "84": ("24", "27", "75", "76", "93"),  # Auvergne-Rhône-Alpes
    "93": ("76", "84"),  # Provence-Alpes-Côte d'Azur
}


def neighbouring_regions(region_code: str) -> tuple[str, ...]:
    return _BORDERS.get(region_code, ())
