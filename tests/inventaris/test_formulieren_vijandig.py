"""Every inventory form takes random and hostile input without a 500 and without half-saving.

The map's application form (anyone), staff's inventory editing and their decision on an
application. The fields are read from each page (see tests/vijandig.py).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from inventaris import services
from inventaris.models import Initiatief
from tenants.models import Dorp
from tests.vijandig import VIJANDIG, post_vijandig, stand, velden

pytestmark = pytest.mark.django_db

APPS = ("inventaris",)


def _publiek(naam: str, *args) -> str:
    return reverse(naam, args=args, urlconf="noaber.urls_public")


@pytest.fixture
def verzoek():
    bierum = Dorp.objects.get(naam="Bierum")
    return services.toetredingsverzoek_create(
        naam="Dorpshulp Bierum",
        slug="dorpshulp-bierum",
        gemeente=bierum.gemeente,
        dorpen=[bierum],
        soort="dorpstelefoon",
        contact_email="hulp@bierum.example",
    )


@pytest.mark.parametrize(
    ("naam", "args", "wie"),
    [
        ("inventaris:toetredingsverzoek_nieuw", (), None),
        ("inventaris:initiatief_nieuw", (), "staf"),
        ("inventaris:initiatief_bewerken", ("ulrum",), "staf"),
    ],
)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(staf, client_for, naam, args, wie):
    client = client_for(None, staf if wie else None)
    args = tuple(Initiatief.objects.get(slug=a).pk for a in args)
    url = _publiek(naam, *args)
    page = client.get(url)
    assert page.status_code == 200
    kandidaten = velden(page.content.decode())
    assert kandidaten, f"{naam} toont geen formulier"
    post_vijandig(client, url, kandidaten, lambda: stand(APPS), naam=naam)


def test_vijandig_besluit_over_een_toetredingsverzoek(staf, verzoek, client_for):
    # "goedkeuren" is among the values: an approval provisions a tenant and redirects.
    url = _publiek("inventaris:toetredingsverzoek_behandelen", verzoek.pk)
    post_vijandig(client_for(None, staf), url, ["besluit", "reden"], lambda: stand(APPS))


@pytest.mark.parametrize("q", ["gemeente", "soort"])
def test_kaartfilter_met_vijandige_waarden(client_for, q):
    client = client_for(None, None)
    client.raise_request_exception = True
    for waarde in VIJANDIG:
        assert client.get("/kaart/", {q: waarde}).status_code == 200
        assert client.get("/kaart.geojson", {q: waarde}).status_code == 200


def _initiatief_data(ini: Initiatief, **over) -> dict:
    return {
        "naam": ini.naam,
        "gemeente": ini.gemeente_id,
        "dorpen": [d.pk for d in ini.dorpen.all()],
        "soort": ini.soort,
        "status": ini.status,
        "toelichting": ini.toelichting,
        "contact": ini.contact,
        "sinds": "",
        "financiers": [],
        "organisatie": "",
        **over,
    }


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ("100000", "Vul een getal van hoogstens 2100 in."),
        ("-1", "Vul een getal van minstens 1950 in."),
        ("1949", "Vul een getal van minstens 1950 in."),
        ("2099", "Vul een jaartal in, zoals 2019."),
    ],
)
def test_jaartal_buiten_bereik_geeft_400_met_nederlandse_reden(staf_client, waarde, melding):
    ini = Initiatief.objects.get(slug="ulrum")
    voor = stand(APPS)
    response = staf_client.post(
        _publiek("inventaris:initiatief_bewerken", ini.pk), _initiatief_data(ini, sinds=waarde)
    )
    assert response.status_code == 400
    assert melding in response.content.decode()
    assert stand(APPS) == voor
    ini.refresh_from_db()
    assert ini.sinds is None


def test_geldig_jaartal_wordt_opgeslagen(staf_client):
    ini = Initiatief.objects.get(slug="ulrum")
    response = staf_client.post(
        _publiek("inventaris:initiatief_bewerken", ini.pk), _initiatief_data(ini, sinds="2019")
    )
    assert response.status_code == 302
    ini.refresh_from_db()
    assert ini.sinds == 2019


def test_te_lange_reden_bij_afwijzen_zegt_waarom_en_wijst_niet_af(staf_client, verzoek):
    response = staf_client.post(
        _publiek("inventaris:toetredingsverzoek_behandelen", verzoek.pk),
        {"besluit": "afwijzen", "reden": "r" * 301},
        follow=True,
    )
    assert "niet meer dan 300 tekens" in response.content.decode()
    verzoek.refresh_from_db()
    assert verzoek.status == "ingediend"
