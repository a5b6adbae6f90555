"""A resident recorded by Wedde never shows up anywhere in Ulrum."""

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import schema_context

from kern.models import Inwoner

pytestmark = pytest.mark.django_db


@pytest.fixture
def inwoner_van_wedde(wereld):
    with schema_context(wereld.wedde.schema_name):
        return Inwoner.objects.create(
            voornaam="Geesje", achternaam="Wedderveld", telefoon="06-00123456"
        )


@pytest.fixture
def beheerder_ulrum(wereld):
    """A coordinator of Ulrum who may also use Ulrum's admin."""
    user = wereld.coordinator_ulrum
    get_user_model().objects.filter(pk=user.pk).update(is_staff=True, is_superuser=True)
    user.refresh_from_db()
    return user


def test_inwoner_van_wedde_staat_niet_in_het_schema_van_ulrum(wereld, inwoner_van_wedde):
    with schema_context(wereld.ulrum.schema_name):
        assert not Inwoner.objects.filter(achternaam="Wedderveld").exists()
    with schema_context(wereld.wedde.schema_name):
        assert Inwoner.objects.filter(achternaam="Wedderveld").exists()


def test_dashboard_van_ulrum_telt_alleen_eigen_inwoners(wereld, inwoner_van_wedde, client_for):
    wedde = client_for(wereld.wedde, wereld.coordinator_wedde).get("/")
    ulrum = client_for(wereld.ulrum, wereld.coordinator_ulrum).get("/")
    assert wedde.status_code == 200 and ulrum.status_code == 200
    assert wedde.context["dashboard"].inwoners == 1
    assert ulrum.context["dashboard"].inwoners == 0
    assert b"Wedderveld" not in ulrum.content


def test_api_van_ulrum_toont_inwoner_van_wedde_niet(wereld, inwoner_van_wedde, client_for):
    ulrum = client_for(wereld.ulrum, wereld.coordinator_ulrum).get("/api/v1/inwoners/")
    wedde = client_for(wereld.wedde, wereld.coordinator_wedde).get("/api/v1/inwoners/")
    assert ulrum.status_code == 200
    assert ulrum.json()["count"] == 0
    assert [i["achternaam"] for i in wedde.json()["results"]] == ["Wedderveld"]


def test_admin_van_ulrum_toont_inwoner_van_wedde_niet(
    wereld, inwoner_van_wedde, beheerder_ulrum, client_for
):
    client = client_for(wereld.ulrum, beheerder_ulrum)
    changelist = client.get("/beheer/kern/inwoner/")
    assert changelist.status_code == 200
    assert b"Wedderveld" not in changelist.content
    detail = client.get(f"/beheer/kern/inwoner/{inwoner_van_wedde.pk}/change/")
    assert detail.status_code in (302, 404)  # admin redirects "does not exist" to the index
    assert b"Wedderveld" not in detail.content


def test_lid_van_wedde_krijgt_403_bij_ulrum(wereld, client_for):
    client = client_for(wereld.ulrum, wereld.coordinator_wedde)
    assert client.get("/").status_code == 403
    api = client.get("/api/v1/inwoners/")
    assert api.status_code == 403
    assert api["Content-Type"] == "application/problem+json"
    assert api.json()["status"] == 403


def test_anoniem_wordt_naar_inloggen_gestuurd(wereld, client_for):
    response = client_for(wereld.wedde).get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_onbekend_domein_geeft_404(wereld, db):
    from django.test import Client

    assert Client(HTTP_HOST="bestaatniet.localhost").get("/").status_code == 404
