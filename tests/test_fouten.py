"""One error family, mapped once: to a form error (run_service), a page or problem JSON.

The form helper needs no database; the page and the JSON go through the whole middleware
stack on Wedde's host, with tests/urls_fouten.py adding views that let an error escape.
"""

from __future__ import annotations

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django_tenants.utils import schema_context

from noaber import errors
from noaber.formulieren import refused_status, run_service
from tests.kern import factories as f

BESTAAT_AL = "Die korte naam is al in gebruik; kies een andere."


class Aanmelding(forms.Form):
    naam = forms.CharField()
    telefoon = forms.CharField(required=False)


class TeSnel(errors.NoaberError):
    status = 429
    code = "te-snel"


def _ingevuld() -> Aanmelding:
    form = Aanmelding({"naam": "Geesje Wedderveld"})
    assert form.is_valid()
    return form


def _weiger(fout: Exception):
    def call():
        raise fout

    return call


# --- run_service: a refusal becomes a form error ---------------------------------------------


def test_weigering_met_een_veld_van_het_formulier_staat_bij_dat_veld():
    form = _ingevuld()
    fout = errors.ValidatieFout("Vul een telefoonnummer in.", field="telefoon")
    assert run_service(form, _weiger(fout)) is None
    assert form.errors == {"telefoon": ["Vul een telefoonnummer in."]}


@pytest.mark.parametrize("veld", [None, "dorp"])
def test_weigering_zonder_veld_of_met_een_veld_dat_de_pagina_niet_toont_staat_bovenaan(veld):
    form = _ingevuld()
    assert run_service(form, _weiger(errors.BestaatAl(BESTAAT_AL, field=veld))) is None
    assert form.non_field_errors() == [BESTAAT_AL]
    assert set(form.errors) == {"__all__"}


def test_django_validationerror_staat_per_veld_en_wat_de_pagina_niet_toont_bovenaan():
    form = _ingevuld()
    fout = ValidationError({"naam": "Te lang.", "geboortedatum": "Geen datum.", "__all__": "Nee."})
    assert run_service(form, _weiger(fout)) is None
    assert form.errors["naam"] == ["Te lang."]
    assert sorted(form.non_field_errors()) == ["Geen datum.", "Nee."]


def test_django_validationerror_zonder_velden_staat_bovenaan():
    form = _ingevuld()
    assert run_service(form, _weiger(ValidationError(["Eén.", "Twee."]))) is None
    assert form.non_field_errors() == ["Eén.", "Twee."]


def test_gelukte_dienst_geeft_zijn_uitkomst_en_een_dienst_zonder_uitkomst_telt_als_gedaan():
    form = _ingevuld()
    assert run_service(form, lambda: ["activiteit"]) == ["activiteit"]
    assert run_service(form, lambda: None) is True
    assert form.errors == {}


def test_een_andere_fout_is_een_bug_en_gaat_door():
    with pytest.raises(KeyError):
        run_service(_ingevuld(), _weiger(KeyError("naam")))


def test_geweigerd_formulier_antwoordt_de_status_van_de_weigering():
    post = RequestFactory().post("/", {"naam": "Geesje"})
    for fout, status in [
        (TeSnel("Probeer het over een uur opnieuw."), 429),
        (errors.BestaatAl(BESTAAT_AL), 409),
        (errors.ValidatieFout("Nee."), 400),
        (ValidationError("Nee."), 400),
    ]:
        form = _ingevuld()
        run_service(form, _weiger(fout))
        assert refused_status(post, form) == status
    ongeldig = Aanmelding({})
    assert not ongeldig.is_valid()
    assert refused_status(post, None, ongeldig) == 400
    assert refused_status(RequestFactory().get("/"), ongeldig) == 200


# --- an uncaught NoaberError: the page, or problem JSON under /api/ -------------------------


@pytest.fixture
def anne(wereld, client_for):
    return client_for(wereld.wedde, wereld.coordinator_wedde)


@pytest.mark.urls("tests.urls_fouten")
@pytest.mark.parametrize(
    ("soort", "status", "titel", "melding"),
    [
        ("validatie", 400, "Dit kan niet", "Kies een datum in de toekomst."),
        ("geen-toegang", 403, "Geen toegang", "Alleen de organisator kan dit doen."),
        ("niet-gevonden", 404, "Niet gevonden", "Deze bijeenkomst bestaat niet (meer)."),
        ("bestaat-al", 409, "Bestaat al", BESTAAT_AL),
    ],
)
def test_ontsnapte_noaberfout_geeft_een_pagina_met_de_melding_en_haar_status(
    anne, soort, status, titel, melding
):
    response = anne.get(f"/test-fout/{soort}/")
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f"<h1>{titel}</h1>" in html
    assert f'role="alert">{melding}</p>' in html
    assert 'name="viewport"' in html  # base.html: readable on a phone
    assert "Wedde dat" in html  # the tenant's own layout, not a bare page


def test_ontsnapte_noaberfout_op_de_gedeelde_laag_geeft_dezelfde_pagina(
    wereld, client_for, settings
):
    settings.PUBLIC_SCHEMA_URLCONF = "tests.urls_fouten_publiek"
    response = client_for(None, wereld.coordinator_ulrum).get("/test-fout/geen-toegang/")
    assert response.status_code == 403
    assert 'role="alert">Alleen de organisator kan dit doen.</p>' in response.content.decode()


@pytest.mark.urls("tests.urls_fouten")
def test_django_permissiondenied_en_http404_houden_hun_eigen_pagina(anne):
    geweigerd = anne.get("/test-fout/permission-denied/")
    assert geweigerd.status_code == 403
    assert "Je hebt geen toegang tot deze pagina" in geweigerd.content.decode()
    weg = anne.get("/test-fout/http404/")
    assert weg.status_code == 404
    assert "Pagina niet gevonden" in weg.content.decode()


@pytest.mark.urls("tests.urls_fouten")
def test_ontsnapte_noaberfout_onder_api_is_problem_json(anne):
    response = anne.get("/api/test-fout/bestaat-al/")
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == {
        "type": "https://noaber.nl/problemen/bestaat-al",
        "title": BESTAAT_AL,
        "status": 409,
        "detail": BESTAAT_AL,
        "field": "slug",
    }


@pytest.mark.urls("tests.urls_fouten")
def test_problem_json_van_de_api_en_van_de_middleware_hebben_een_vorm(wereld, anne):
    with schema_context(wereld.wedde.schema_name):
        hv = f.hulpvraag(inwoner=f.inwoner())
    drf = anne.post(
        f"/api/v1/hulpvragen/{hv.pk}/status/", {"naar": "afgerond"}, content_type="application/json"
    )
    django = anne.get("/api/test-fout/bestaat-al/")
    assert drf.status_code == 400
    assert drf["Content-Type"] == django["Content-Type"] == "application/problem+json"
    assert drf.json() == {
        "type": "https://noaber.nl/problemen/ongeldig",
        "title": "Van ‘nieuw’ kan een hulpvraag niet naar ‘afgerond’.",
        "status": 400,
        "detail": "Van ‘nieuw’ kan een hulpvraag niet naar ‘afgerond’.",
        "field": "naar",
    }
    assert set(django.json()) == set(drf.json())
