"""A number or date outside its field's range is refused where it is typed, in Dutch.

Each case posts one out-of-range value into one field of a kern form (the rest of the form
filled in well), and expects a 400 with a Dutch message next to that field and no row
written anywhere in kern. The API refuses the same values as problem JSON. The ranges
themselves live on the model fields (noaber.bereik); these tests prove the forms and the
API borrow them.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.apps import apps
from django.forms import BaseForm
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from kern import services
from tests.kern import factories as f

pytestmark = pytest.mark.django_db

VANDAAG = timezone.localdate
TE_VROEG, TE_LAAT = "0001-01-01", "9999-12-31"


def _stand(schema: str) -> dict[str, int]:
    with schema_context(schema):
        return {m.__name__: m.objects.count() for m in apps.get_app_config("kern").get_models()}


@pytest.fixture
def zaak(wereld):
    anne = wereld.coordinator_wedde
    with schema_context(wereld.wedde.schema_name):
        geesje = f.inwoner(door=anne, voornaam="Geesje")
        bert = f.vrijwilliger(voornaam="Bert", achternaam="Smit", user=wereld.vrijwilliger_wedde)
        hv = f.hulpvraag(inwoner=geesje, door=anne)
        match = services.match_choose(hulpvraag=hv, vrijwilliger=bert, door=anne)
    return {"geesje": geesje.pk, "bert": bert.pk, "match": match.pk}


def _gisteren() -> str:
    return (VANDAAG() - timedelta(days=1)).isoformat()


def _morgen() -> str:
    return (VANDAAG() + timedelta(days=1)).isoformat()


# (url name, key for pk, a valid post, field, values outside its range)
GEVALLEN = [
    (
        "kern:inwoner_nieuw",
        None,
        {"voornaam": "Klaas", "achternaam": "Dijkstra", "toestemming_vastleggen": "on"},
        "geboortedatum",
        [TE_VROEG, TE_LAAT, _morgen],
    ),
    (
        "kern:toestemming_nieuw",
        "geesje",
        {"onderwerp": "mdo", "gegeven": "ja", "datum": _gisteren},
        "datum",
        [TE_VROEG, TE_LAAT, _morgen],
    ),
    (
        "kern:aandacht_nieuw",
        "geesje",
        {"reden": "Woont alleen", "contact_elke_dagen": "30"},
        "contact_elke_dagen",
        ["0", "-1", "366", "100000", "99999999999999999999"],
    ),
    (
        "kern:aandacht_nieuw",
        "geesje",
        {"reden": "Woont alleen", "contact_elke_dagen": "30"},
        "volgend_contact",
        [TE_VROEG, TE_LAAT],
    ),
    (
        "kern:hulpvraag_nieuw",
        None,
        {"aanvrager": "inwoner", "kanaal": "telefoon", "omschrijving": "Rit", "urgentie": "laag"},
        "geschatte_uren",
        ["0", "-1", "24.1", "100000", "1e309"],
    ),
    (
        "kern:vrijwilliger_nieuw",
        None,
        {
            "voornaam": "Roelf",
            "achternaam": "Mulder",
            "max_uren_per_maand": "8",
            "status": "gestopt",
        },
        "max_uren_per_maand",
        ["-1", "201", "100000"],
    ),
    (
        "kern:vrijwilliger_nieuw",
        None,
        {
            "voornaam": "Roelf",
            "achternaam": "Mulder",
            "max_uren_per_maand": "8",
            "status": "gestopt",
        },
        "vog_datum",
        [TE_VROEG, TE_LAAT, _morgen],
    ),
    (
        "kern:kennismaking",
        "match",
        {"datum": _gisteren, "klik": "ja"},
        "datum",
        [TE_VROEG, TE_LAAT, _morgen],
    ),
    (
        "kern:uren",
        None,
        {"vrijwilliger": "bert", "datum": _gisteren, "uren": "1,5"},
        "uren",
        ["0", "-1", "24.5", "100000", "1e309"],
    ),
    (
        "kern:uren",
        None,
        {"vrijwilliger": "bert", "datum": _gisteren, "uren": "1,5"},
        "datum",
        [TE_VROEG, TE_LAAT, _morgen],
    ),
]


def _waarde(waarde, zaak):
    waarde = waarde() if callable(waarde) else waarde
    return str(zaak[waarde]) if waarde in zaak else waarde


def _veldfouten(response, veld: str) -> list[str]:
    """The errors next to ``veld`` in whichever forms the page rendered."""
    forms = {
        id(waarde): waarde
        for context in response.context
        for waarde in context.flatten().values()
        if isinstance(waarde, BaseForm)
    }
    return [str(fout) for form in forms.values() for fout in form.errors.get(veld, [])]


@pytest.mark.parametrize(("naam", "sleutel", "goed", "veld", "waarden"), GEVALLEN)
def test_waarde_buiten_bereik_wordt_in_het_nederlands_geweigerd(
    wereld, zaak, client_for, naam, sleutel, goed, veld, waarden
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    client.raise_request_exception = True
    url = reverse(naam, kwargs={"pk": zaak[sleutel]} if sleutel else None)
    goed = {k: _waarde(v, zaak) for k, v in goed.items()}
    if naam == "kern:uren":
        goed["waarvoor"] = f"match-{zaak['match']}"
    for waarde in waarden:
        voor = _stand(wereld.wedde.schema_name)
        response = client.post(url, {**goed, veld: _waarde(waarde, zaak)})
        assert response.status_code == 400, (naam, veld, waarde)
        fouten = _veldfouten(response, veld)
        assert fouten, f"{naam} geeft geen melding bij {veld}={waarde}"
        assert all(any(w in fout for w in NEDERLANDS) for fout in fouten), fouten
        assert _stand(wereld.wedde.schema_name) == voor


# Words that every Dutch message of Django's and ours about a range uses; none is English.
NEDERLANDS = ("Vul", "Kies", "Zorg", "Voer", "datum", "getal", "toekomst", "cijfers")


def test_api_weigert_uren_buiten_bereik_als_problem_json(wereld, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    url = reverse("api:hulpvraag-list")
    voor = _stand(wereld.wedde.schema_name)
    for uren in ("0", "-1", "24.1", "100000", "1e309"):
        response = client.post(
            url,
            {"kanaal": "telefoon", "omschrijving": "Rit naar de huisarts", "geschatte_uren": uren},
            content_type="application/json",
        )
        assert response.status_code == 400, uren
        assert response["Content-Type"] == "application/problem+json"
        fouten = response.json()["errors"]["geschatte_uren"]
        assert all(any(w in fout for w in NEDERLANDS) for fout in fouten), fouten
    response = client.post(
        url,
        {"kanaal": "telefoon", "omschrijving": "Rit", "dagdelen": ["ma-ochtend", "maandag"]},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "dagdelen" in response.json()["errors"]
    assert _stand(wereld.wedde.schema_name) == voor
