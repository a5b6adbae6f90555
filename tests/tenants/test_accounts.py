"""Global accounts, memberships, two-factor for coordinators, brute-force limits."""

import pytest
from django.core.cache import cache

from tenants.models import Lidmaatschap, User
from tenants.services import lidmaatschap_grant
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lege_cache():
    cache.clear()
    yield
    cache.clear()


def test_coordinator_zonder_tweestapsverificatie_moet_die_eerst_instellen(wereld, client_for):
    nieuw = User.objects.create_user("nieuw@wedde.example", PASSWORD)
    lidmaatschap_grant(user=nieuw, organisatie=wereld.wedde, rol=Lidmaatschap.Rol.COORDINATOR)
    response = client_for(wereld.wedde, nieuw).get("/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_vrijwilliger_mag_zonder_tweestapsverificatie(wereld, client_for):
    response = client_for(wereld.wedde, wereld.vrijwilliger_wedde).get("/")
    assert response.status_code == 200


def test_platformstaf_zonder_tweestapsverificatie_moet_die_instellen(wereld, client_for):
    staf = User.objects.create_user("staf@groningerdorpen.example", PASSWORD, is_platformstaf=True)
    response = client_for(None, staf).get("/mijn-organisaties/")
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_inloggen_met_email_vraagt_tweede_stap_voor_coordinator(wereld, client_for):
    response = client_for(wereld.wedde).post(
        "/accounts/login/", {"login": "anne@wedde.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"


def test_vrijwilliger_logt_in_en_ziet_dashboard(wereld, client_for):
    client = client_for(wereld.wedde)
    response = client.post(
        "/accounts/login/", {"login": "bert@wedde.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_te_veel_mislukte_inlogpogingen_worden_geremd(wereld, client_for):
    client = client_for(wereld.wedde)
    for _ in range(5):
        client.post("/accounts/login/", {"login": "bert@wedde.example", "password": "fout"})
    blocked = client.post("/accounts/login/", {"login": "bert@wedde.example", "password": PASSWORD})
    assert blocked.status_code == 200  # the form again, with the reason
    assert "_auth_user_id" not in client.session  # even the right password waits
    errors = blocked.context["form"].errors.as_data()["__all__"]
    assert [e.code for e in errors] == ["too_many_login_attempts"]


def test_open_registratie_is_dicht(wereld, client_for):
    response = client_for(wereld.wedde).post(
        "/accounts/signup/",
        {
            "email": "indringer@example.org",
            "password1": "Zeer-geheim-99",
            "password2": "Zeer-geheim-99",
        },
    )
    assert not User.objects.filter(email="indringer@example.org").exists()
    assert response.status_code == 200


def test_iemand_in_twee_organisaties_kan_wisselen(wereld, client_for):
    lidmaatschap_grant(
        user=wereld.vrijwilliger_wedde, organisatie=wereld.ulrum, rol=Lidmaatschap.Rol.BESTUUR
    )
    page = client_for(None, wereld.vrijwilliger_wedde).get("/mijn-organisaties/")
    assert page.status_code == 200
    assert b"//wedde.localhost" in page.content and b"//ulrum.localhost" in page.content
    assert client_for(wereld.ulrum, wereld.vrijwilliger_wedde).get("/").status_code == 200
    assert client_for(wereld.wedde, wereld.vrijwilliger_wedde).get("/").status_code == 200


def test_gestopt_lidmaatschap_geeft_geen_toegang_meer(wereld, client_for):
    Lidmaatschap.objects.filter(user=wereld.bestuur_wedde).update(actief=False)
    assert client_for(wereld.wedde, wereld.bestuur_wedde).get("/").status_code == 403
