"""GeoJSON for the map: villages as points, gemeenten as approximate outlines.

The outlines are NOT the official municipal borders: they are the convex hull
of the inventory's villages in that gemeente, padded by about 3 km, computed
here from the coordinates in tenants/data/inventaris.json. They show roughly
where each gemeente's initiatives are, also when no map tiles load. Official
borders (CBS/PDOK "Bestuurlijke Gebieden") could replace them later.
"""

from __future__ import annotations

import math

from django.urls import reverse

PAD_KM = 3.0
CIRCLE_STEPS = 16


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; points are (lon, lat)."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def outline(coords: list[tuple[float, float]], pad_km: float = PAD_KM) -> list[list[float]]:
    """A padded hull around (lon, lat) points, as a closed GeoJSON ring."""
    ring_pts = []
    for lon, lat in coords:
        dlat = pad_km / 111.0
        dlon = pad_km / (111.0 * math.cos(math.radians(lat)))
        for i in range(CIRCLE_STEPS):
            a = 2 * math.pi * i / CIRCLE_STEPS
            ring_pts.append(
                (round(lon + dlon * math.cos(a), 5), round(lat + dlat * math.sin(a), 5))
            )
    ring = [[x, y] for x, y in _hull(ring_pts)]
    return [*ring, ring[0]]


def feature_collection(kaart: dict) -> dict:
    """Points (one per village) and outlines (one per gemeente with villages)."""
    from inventaris.models import Kaartsoort

    labels = dict(Kaartsoort.choices)
    features = []
    per_gemeente: dict[str, list[tuple[float, float]]] = {}
    for punt in kaart["punten"]:
        dorp, ini = punt.dorp, punt.initiatief
        lon, lat = float(dorp.lon), float(dorp.lat)
        per_gemeente.setdefault(dorp.gemeente.naam, []).append((lon, lat))
        props = {
            "soort": "dorp",
            "dorp": dorp.naam,
            "gemeente": dorp.gemeente.naam,
            "gemeente_slug": dorp.gemeente.slug,
            "kaartsoort": punt.kaartsoort,
            "kaartsoort_label": str(labels[punt.kaartsoort]),
            "initiatief": ini.naam if ini else None,
            "initiatief_slug": ini.slug if ini else None,
            "url": reverse("inventaris:initiatief", args=[ini.slug]) if ini else None,
            "op_noaber": bool(ini and ini.organisatie_id),
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": props,
            }
        )
    for naam, coords in sorted(per_gemeente.items()):
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Polygon", "coordinates": [outline(coords)]},
                "properties": {
                    "soort": "gemeente",
                    "gemeente": naam,
                    "benadering": "omhullende van de dorpen uit de inventarisatie (+3 km), "
                    "geen officiële gemeentegrens",
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
