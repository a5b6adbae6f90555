"""Groninger Dorpen staff keep the inventory; every change leaves a trace."""

from __future__ import annotations

import pytest

from inventaris.models import Initiatief, InitiatiefWijziging
from tenants.models import Dorp, Gemeente

pytestmark = pytest.mark.django_db


def _post_data(ini: Initiatief, **over) -> dict:
    data = {
        "naam": ini.naam,
        "gemeente": ini.gemeente_id,
        "dorpen": [d.pk for d in ini.dorpen.all()],
        "soort": ini.soort,
        "status": ini.status,
        "toelichting": ini.toelichting,
        "contact": ini.contact,
        "sinds": ini.sinds or "",
        "financiers": ini.financiers,
        "organisatie": "",
    }
    data.update(over)
    return data


def test_staf_wijzigt_een_initiatief_en_de_geschiedenis_toont_wat_en_door_wie(staf_client, staf):
    ini = Initiatief.objects.get(slug="westerlee")
    response = staf_client.post(
        f"/inventaris/{ini.pk}/",
        _post_data(ini, status="actief", sinds="2021", financiers=["provincie"]),
    )
    assert response.status_code == 302
    ini.refresh_from_db()
    assert ini.status == "actief" and ini.sinds == 2021
    wijziging = InitiatiefWijziging.objects.get(initiatief=ini)
    assert wijziging.door == staf
    assert wijziging.velden["status"] == ["gestopt", "actief"]
    assert wijziging.velden["sinds"] == [None, 2021]
    page = staf_client.get(f"/inventaris/{ini.pk}/").content.decode()
    assert "gestopt → actief" in page and "Gea" in page


def test_staf_voegt_een_initiatief_toe_voor_een_dorp_zonder_organisatie(staf_client):
    eemsdelta = Gemeente.objects.get(naam="Eemsdelta")
    baamsum = Dorp.objects.get(naam="Baamsum")
    response = staf_client.post(
        "/inventaris/nieuw/",
        {
            "naam": "Dorpshulp Baamsum",
            "gemeente": eemsdelta.pk,
            "dorpen": [baamsum.pk],
            "soort": "vrijwillig",
            "status": "pilot",
            "financiers": ["fonds"],
        },
    )
    assert response.status_code == 302
    ini = Initiatief.objects.get(naam="Dorpshulp Baamsum")
    assert ini.organisatie is None
    assert InitiatiefWijziging.objects.get(initiatief=ini).toelichting == "aangemaakt"
    kaart = staf_client.get("/kaart.geojson?gemeente=eemsdelta").json()
    baamsum_punt = next(f for f in kaart["features"] if f["properties"].get("dorp") == "Baamsum")
    assert baamsum_punt["properties"]["kaartsoort"] == "vrijwillig"


def test_dorp_uit_een_andere_gemeente_geeft_een_nederlandse_foutmelding(staf_client):
    ini = Initiatief.objects.get(slug="ulrum")
    wedde = Dorp.objects.get(naam="Wedde")
    response = staf_client.post(f"/inventaris/{ini.pk}/", _post_data(ini, dorpen=[wedde.pk]))
    assert response.status_code == 400
    assert "liggen niet in gemeente Het Hogeland" in response.content.decode()
    assert list(ini.dorpen.values_list("naam", flat=True)) == ["Ulrum"]
    assert not InitiatiefWijziging.objects.filter(initiatief=ini).exists()


def test_organisatie_koppelen_aan_haar_inventarisregel(staf_client, wereld):
    ini = Initiatief.objects.get(slug="wedde")
    response = staf_client.post(
        f"/inventaris/{ini.pk}/", _post_data(ini, organisatie=wereld.wedde.pk)
    )
    assert response.status_code == 302
    assert Initiatief.objects.get(slug="wedde").organisatie == wereld.wedde
    assert InitiatiefWijziging.objects.get(initiatief=ini).velden["organisatie"] == [None, "wedde"]


@pytest.mark.parametrize(
    "url", ["/inventaris/", "/overzicht/", "/overzicht/export.csv", "/overzicht/cijfers.json"]
)
def test_alleen_staf_ziet_beheer_en_overzicht(client_for, wereld, url):
    assert client_for(None, None).get(url).status_code == 302  # to the login page
    assert client_for(None, wereld.coordinator_wedde).get(url).status_code == 403
