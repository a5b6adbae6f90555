"""A refused form always says why, also when the post named no form the page knows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

import activiteiten.services
from activiteiten.models import Activiteit, Activiteitsoort
from tests.vijandig import zegt_waarom

pytestmark = pytest.mark.django_db


@pytest.fixture
def anne(wereld, client_for):
    return client_for(wereld.wedde, wereld.coordinator_wedde)


@pytest.fixture
def eenmalig(wedde_db):
    return activiteiten.services.activiteitsoort_create(
        naam="Vrijwilligersdag", slug="vrijwilligersdag", locatie="Dorpshuis Wedde"
    )


def _plan(soort, **velden):
    begint_op = (timezone.localtime() + timedelta(days=30)).strftime("%Y-%m-%dT18:00")
    return {"plannen": "1", "soort": soort.pk, "begint_op": begint_op, "aantal": 1, **velden}


def test_geweigerd_activiteitenplan_zegt_waarom_bij_het_veld(anne, eenmalig):
    response = anne.post(reverse("activiteiten:lijst"), _plan(eenmalig, aantal=3))
    assert response.status_code == 400
    assert "Deze soort activiteit herhaalt niet." in response.content.decode()
    assert zegt_waarom(response.content.decode())
    response = anne.post(reverse("activiteiten:lijst"), _plan(eenmalig, capaciteit=0))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vul een getal van minstens 1 in." in html
    assert "Zorg ervoor dat deze waarde" not in html  # one message: the model's, not two
    assert not Activiteit.objects.exists()


def test_geaccepteerd_plan_gaat_naar_de_activiteit(anne, eenmalig):
    response = anne.post(reverse("activiteiten:lijst"), _plan(eenmalig))
    (act,) = Activiteit.objects.all()
    assert response.status_code == 302
    assert response["Location"] == reverse("activiteiten:detail", kwargs={"pk": act.pk})


@pytest.mark.parametrize("naam", ["activiteiten:lijst", "mdo:lijst", "rapportage:financiering"])
def test_post_zonder_bekend_formulier_zegt_dat_er_niets_is_opgeslagen(anne, wedde_db, naam):
    response = anne.post(reverse(naam), {"onbekende_knop": "1"})
    assert response.status_code == 400
    html = response.content.decode()
    assert zegt_waarom(html)
    assert "Er is niets opgeslagen" in html or "Dit veld is vereist." in html


def test_maandelijkse_soort_mag_wel_een_reeks(anne, wedde_db):
    soort = activiteiten.services.activiteitsoort_create(
        naam="Samen aan tafel",
        slug="samen-aan-tafel",
        locatie="Eetcafé Veelerveen",
        herhaling=Activiteitsoort.Herhaling.MAANDELIJKS,
    )
    response = anne.post(reverse("activiteiten:lijst"), _plan(soort, aantal=3))
    assert response.status_code == 302
    assert Activiteit.objects.count() == 3
