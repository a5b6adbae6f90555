"""The provincial overview: aggregates only, every count below 5 shown as "<5"."""

from __future__ import annotations

import csv
import io

import pytest
from django_tenants.utils import schema_context

from inventaris.publish import publish_all
from inventaris.selectors import maskeer
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db


def test_aantallen_onder_vijf_worden_kleiner_dan_vijf():
    assert [maskeer(n).tekst for n in (0, 1, 4, 5, 17)] == ["<5", "<5", "<5", "5", "17"]
    assert maskeer(3).waarde is None and maskeer(5).waarde == 5


@pytest.fixture
def drie_en_vier(wereld):
    """Wedde: 3 help requests this quarter; Ulrum: 4. Together 7."""
    with schema_context(wereld.wedde.schema_name):
        maak_hulpvragen(3)
    with schema_context(wereld.ulrum.schema_name):
        maak_hulpvragen(4, categorie="klusjes")
    publish_all()


def test_overzicht_pagina_toont_kleine_aantallen_als_kleiner_dan_vijf(staf_client, drie_en_vier):
    response = staf_client.get("/overzicht/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bijgewerkt" in html and "geleden" in html
    assert "&lt;5" in html
    wedde = staf_client.get("/overzicht/wedde/").content.decode()
    assert ">3<" not in wedde and "&lt;5" in wedde


def test_json_toont_totaal_maar_maskeert_organisatie_en_categorie(staf_client, drie_en_vier):
    data = staf_client.get("/overzicht/cijfers.json").json()
    assert data["provincie"]["hulpvragen"][-1] == "7"
    assert data["categorieen"]["vervoer"][-1] == "<5"
    assert data["categorieen"]["klusjes"][-1] == "<5"
    assert {o["hulpvragen_dit_kwartaal"] for o in data["organisaties"]} == {"<5"}
    assert data["gemeenten"]["Westerwolde"][-1] == "<5"


def test_csv_export_bevat_geen_aantal_onder_vijf(staf_client, drie_en_vier):
    response = staf_client.get("/overzicht/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert rows[0] == ["niveau", "naam", "gemeente", "kwartaal", "maat", "waarde"]
    waarden = [r[5] for r in rows[1:]]
    assert "7" in waarden  # the province total
    for waarde in waarden:
        assert waarde == "<5" or int(waarde) >= 5
    organisaties = [r for r in rows if r[0] == "organisatie"]
    assert {r[1] for r in organisaties} == {"Wedde dat 't lukt", "DörpsZörg Ulrum"}


def test_overzicht_filtert_op_gemeente(staf_client, drie_en_vier):
    data = staf_client.get("/overzicht/cijfers.json?gemeente=het-hogeland").json()
    assert [o["slug"] for o in data["organisaties"]] == ["ulrum"]
    assert data["provincie"]["hulpvragen"][-1] == "<5"


def test_trenddiagram_gebruikt_svg_getallen_ook_in_het_nederlands(staf_client, drie_en_vier):
    import re

    html = staf_client.get("/overzicht/").content.decode()
    coords = re.findall(r'<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"', html)
    assert len(coords) == 4 * 8  # four charts of eight quarters
    for waarden in coords:
        for waarde in waarden:
            float(waarde)  # "12,5" would raise
