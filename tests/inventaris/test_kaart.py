"""The public inventory map and its GeoJSON."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db


def _geojson(client, query: str = "") -> dict:
    response = client.get("/kaart.geojson" + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def _dorpen(data: dict) -> dict[str, dict]:
    return {
        f["properties"]["dorp"]: f["properties"]
        for f in data["features"]
        if f["properties"]["soort"] == "dorp"
    }


def test_kaart_toont_elk_dorp_van_de_inventarisatie_zonder_inloggen(client_for):
    from tenants.inventaris import load

    response = client_for(None, None).get("/kaart/")
    assert response.status_code == 200
    html = response.content.decode()
    for dorp in load()["dorpen"]:
        assert f'data-dorp="{dorp["naam"]}"' in html
    assert "inventaris/leaflet/leaflet.js" in html
    assert "unpkg" not in html and "cdn" not in html.lower()


def test_geojson_kleurt_dorpen_naar_soort_ondersteuning(client_for):
    dorpen = _dorpen(_geojson(client_for(None, None)))
    assert dorpen["Wedde"]["kaartsoort"] == "betaald"
    assert dorpen["Ulrum"]["kaartsoort"] == "vrijwillig"
    assert dorpen["Grijpskerk"]["kaartsoort"] == "dorpsloket"
    assert dorpen["Noordbroek"]["kaartsoort"] == "zorgcooperatie"
    assert dorpen["Bierum"]["kaartsoort"] == "dorpstelefoon"
    assert dorpen["Westerlee"]["kaartsoort"] == "gestopt"
    assert dorpen["Baamsum"]["kaartsoort"] == "onbekend"
    assert dorpen["Baamsum"]["initiatief"] is None
    assert dorpen["Termuntenzijl"]["initiatief"] == "Dorpsondersteuning Zuid"


def test_geojson_heeft_een_benaderde_omtrek_per_gemeente(client_for):
    data = _geojson(client_for(None, None))
    omtrekken = [f for f in data["features"] if f["properties"]["soort"] == "gemeente"]
    assert {f["properties"]["gemeente"] for f in omtrekken} == {
        "Eemsdelta",
        "Westerwolde",
        "Midden-Groningen",
        "Het Hogeland",
        "Oldambt",
        "Westerkwartier",
    }
    for f in omtrekken:
        ring = f["geometry"]["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4
        assert "geen officiële gemeentegrens" in f["properties"]["benadering"]


def test_kaart_filtert_op_gemeente_en_soort(client_for):
    client = client_for(None, None)
    eemsdelta = _dorpen(_geojson(client, "?gemeente=eemsdelta"))
    assert "Wagenborgen" in eemsdelta and "Wedde" not in eemsdelta
    zorg = _dorpen(_geojson(client, "?soort=zorgcooperatie"))
    assert set(zorg) == {"Loppersum", "Middelstum", "Noordbroek"}
    html = client.get("/kaart/?gemeente=westerwolde").content.decode()
    assert 'data-dorp="Weddeveer"' in html and 'data-dorp="Ulrum"' not in html


def test_detailkaart_van_een_initiatief_noemt_dorpen_en_financiers(client_for):
    from inventaris.models import Initiatief

    Initiatief.objects.filter(slug="wedde").update(sinds=2019, financiers=["gemeente", "fonds"])
    response = client_for(None, None).get("/kaart/wedde/")
    html = response.content.decode()
    assert response.status_code == 200
    for tekst in ("Wedde dat", "Weddeveer", "Vriescheloo", "2019", "gemeente (Wmo)", "fonds"):
        assert tekst in html
    assert client_for(None, None).get("/kaart/bestaat-niet/").status_code == 404


def test_kaart_zonder_tegelserver_toont_toch_markers_en_omtrekken(client_for, settings):
    settings.INVENTARIS_TILE_URL = ""
    html = client_for(None, None).get("/kaart/").content.decode()
    assert 'data-tiles=""' in html
    assert '"soort": "gemeente"' in html and '"soort": "dorp"' in html


def test_kaart_selector_heeft_een_vast_aantal_queries(wereld):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from inventaris import selectors
    from inventaris.models import Initiatief
    from tenants.models import Dorp, Gemeente

    def reads() -> int:
        with CaptureQueriesContext(connection) as ctx:
            data = selectors.kaart()
            [ini.dorpen.all() for ini in data["initiatieven"]]
        return len([q for q in ctx.captured_queries if not q["sql"].startswith("SET ")])

    voor = reads()
    for i in range(5):
        ini = Initiatief.objects.create(
            naam=f"Extra {i}",
            slug=f"extra-{i}",
            gemeente=Gemeente.objects.first(),
            soort="vrijwillig",
        )
        ini.dorpen.set(Dorp.objects.all()[:3])
    assert reads() == voor == 4
