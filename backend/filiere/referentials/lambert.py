"""Lambert-93 (EPSG:2154, the coordinates SIRENE publishes) to longitude and latitude (WGS 84) for maps."""

from __future__ import annotations

import functools

from pyproj import Transformer


@functools.cache
def _to_wgs84() -> Transformer:
    return Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)


def longitude_latitude(x: float, y: float) -> tuple[float, float]:
    """(longitude, latitude) in degrees, rounded to about a metre."""
    longitude, latitude = _to_wgs84().transform(x, y)
    return round(longitude, 5), round(latitude, 5)
