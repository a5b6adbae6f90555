"""The public intake: anyone may ask, robots and floods are turned away, errors in Dutch."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_tenants.utils import schema_context

from kern.models import Hulpvraag

pytestmark = pytest.mark.django_db

GOED = {
    "aanvrager": "buren",
    "naam": "Harm Oosting",
    "contact": "06-00111222",
    "voor_wie": "Geesje Wedderveld, Hoofdweg 12",
    "omschrijving": "Mijn buurvrouw kan de tuin niet meer bijhouden.",
    "akkoord": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def lege_cache():
    cache.clear()
    yield
    cache.clear()


def _aantal(wereld):
    with schema_context(wereld.wedde.schema_name):
        return Hulpvraag.objects.count()


def test_aanmelding_komt_binnen_als_nieuw_met_bron_intake(wereld, client_for):
    response = client_for(wereld.wedde).post(reverse("kern:intake"), GOED)
    assert response.status_code == 302
    assert response["Location"] == reverse("kern:intake_bedankt")
    with schema_context(wereld.wedde.schema_name):
        hv = Hulpvraag.objects.get()
        assert hv.status == Hulpvraag.Status.NIEUW
        assert hv.bron == Hulpvraag.Bron.INTAKE
        assert hv.kanaal == Hulpvraag.Kanaal.WEBSITE
        assert hv.aanvrager == "buren" and hv.aanvrager_naam == "Harm Oosting"
        assert "Geesje Wedderveld" in hv.omschrijving
        assert hv.wijzigingen.get().door is None


def test_aanmelding_staat_op_het_dashboard_van_de_coordinator(wereld, client_for):
    client_for(wereld.wedde).post(reverse("kern:intake"), GOED)
    dashboard = client_for(wereld.wedde, wereld.coordinator_wedde).get("/")
    assert dashboard.context["dashboard"].nieuwe_hulpvragen_aantal == 1
    assert "via aanmeldformulier" in dashboard.content.decode()


def test_honingpot_gevuld_wordt_bedankt_maar_niet_bewaard(wereld, client_for):
    response = client_for(wereld.wedde).post(
        reverse("kern:intake"), GOED | {"website": "spam.example"}
    )
    assert response.status_code == 302
    assert _aantal(wereld) == 0


def test_lege_aanmelding_geeft_nederlandse_meldingen(wereld, client_for):
    response = client_for(wereld.wedde).post(reverse("kern:intake"), {})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit veld is vereist." in html
    assert "Zonder uw toestemming kunnen we niet helpen." in html
    assert _aantal(wereld) == 0


def test_te_vaak_versturen_wordt_afgeremd(wereld, client_for):
    client = client_for(wereld.wedde)
    for _ in range(5):
        assert client.post(reverse("kern:intake"), GOED).status_code == 302
    response = client.post(reverse("kern:intake"), GOED)
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert _aantal(wereld) == 5


def test_aanmelding_bij_wedde_komt_niet_bij_ulrum(wereld, client_for):
    client_for(wereld.wedde).post(reverse("kern:intake"), GOED)
    with schema_context(wereld.ulrum.schema_name):
        assert Hulpvraag.objects.count() == 0
