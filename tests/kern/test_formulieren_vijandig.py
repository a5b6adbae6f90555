"""Every kern form takes random and hostile input without a 500 and without half-saving.

Hypothesis posts huge strings, HTML, SQL-ish text, NUL bytes, wrong types and
missing fields to each form page (the fields are read from the page itself, so
a new field is covered without touching this test). A refused post must leave
every kern table exactly as it was; errors come back in Dutch.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from kern import services
from tests.kern import factories as f
from tests.vijandig import NAAM, post_vijandig

pytestmark = pytest.mark.django_db


def _velden(html: str) -> list[str]:
    # The page's own fields, the search box included (kern:hulpvraag_koppel posts its query).
    main = html.split('id="inhoud"', 1)[-1]
    return sorted({n for n in NAAM.findall(main) if n not in {"csrfmiddlewaretoken", "next"}})


def _stand(schema: str) -> dict[str, int]:
    with schema_context(schema):
        return {m.__name__: m.objects.count() for m in apps.get_app_config("kern").get_models()}


@pytest.fixture
def zaak(wereld):
    anne = wereld.coordinator_wedde
    with schema_context(wereld.wedde.schema_name):
        geesje = f.inwoner(door=anne)
        bert = f.vrijwilliger(voornaam="Bert", achternaam="Smit", user=wereld.vrijwilliger_wedde)
        hv = f.hulpvraag(inwoner=geesje, door=anne)
        nieuw = f.hulpvraag(inwoner=geesje, door=anne)
        match = services.match_choose(hulpvraag=hv, vrijwilliger=bert, door=anne)
        services.kennismaking_record(match=match, datum=timezone.localdate(), klik=True, door=anne)
        verwijzing = services.verwijzing_create(
            inwoner=geesje, partner="Wmo", reden="Traplift", door=anne
        )
        signaal = services.signaal_report(inwoner=geesje, omschrijving="Zorgen", door=anne)
        taak = services.Taak.objects.create(
            soort="overig",
            omschrijving="Bellen",
            inwoner=geesje,
            vervaldatum=timezone.localdate() + timedelta(days=1),
        )
        import activiteiten.services
        import mdo.services

        soort = activiteiten.services.activiteitsoort_create(
            naam="Samen aan tafel", slug="samen-aan-tafel", locatie="Eetcafé Veelerveen"
        )
        (activiteit,) = activiteiten.services.activiteit_plan(
            soort=soort, begint_op=timezone.now() + timedelta(days=10)
        )
        overleg = mdo.services.mdo_create(datum=timezone.now() + timedelta(days=7), door=anne)
        services.toestemming_record(
            inwoner=geesje, onderwerp="mdo", gegeven=True, datum=timezone.localdate(), door=anne
        )
        bespreking = mdo.services.mdo_bespreking_create(
            overleg=overleg, inwoner=geesje, aanleiding="ingebracht"
        )
    return {
        "activiteit": activiteit.pk,
        "mdo": overleg.pk,
        "bespreking": bespreking.pk,
        "geesje": geesje.pk,
        "bert": bert.pk,
        "hv": hv.pk,
        "nieuw": nieuw.pk,
        "match": match.pk,
        "verwijzing": verwijzing.pk,
        "signaal": signaal.pk,
        "taak": taak.pk,
    }


# (url name, key for pk, who posts); mdo, activiteiten and rapportage have their own files.
FORMULIEREN = [
    ("kern:intake", None, None),
    ("kern:inwoner_nieuw", None, "coordinator"),
    ("kern:inwoner_bewerken", "geesje", "coordinator"),
    ("kern:toestemming_nieuw", "geesje", "coordinator"),
    ("kern:contact_nieuw", "geesje", "coordinator"),
    ("kern:aandacht_nieuw", "geesje", "coordinator"),
    ("kern:verwijzing_nieuw", "geesje", "coordinator"),
    ("kern:hulpvraag_nieuw", None, "coordinator"),
    ("kern:hulpvraag_status", "nieuw", "coordinator"),
    ("kern:hulpvraag_koppel", "nieuw", "coordinator"),
    ("kern:hulpvraag_bewerken", "nieuw", "coordinator"),
    ("kern:kandidaten", "nieuw", "coordinator"),
    ("kern:afspraken", "match", "coordinator"),
    ("kern:afspraken_teken", "match", "coordinator"),
    ("kern:taak_afronden", "taak", "coordinator"),
    ("kern:verwijzing_antwoord", "verwijzing", "coordinator"),
    ("kern:signaal_nieuw", None, "coordinator"),
    ("kern:signaal", "signaal", "coordinator"),
    ("kern:vrijwilliger_nieuw", None, "coordinator"),
    ("kern:vrijwilliger_bewerken", "bert", "coordinator"),
    ("kern:signaal_nieuw", None, "vrijwilliger"),
    ("kern:uren", None, "coordinator"),
    ("kern:uren", None, "vrijwilliger"),
]
# Pages that only take a POST: their fields, since there is no form page to read.
ALLEEN_POST = {
    "kern:afspraken_teken": ["partij"],
    "activiteiten:aanmelden": ["naam", "telefoon", "ticket", "vervoer_nodig", "ophaaladres"],
}
EXTRA = ["formulier", "b-actie", "b-uitkomst", "b-afgehandeld", "e-actie", "a-advies"]


@pytest.mark.parametrize(("naam", "sleutel", "wie"), FORMULIEREN)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(
    wereld, zaak, client_for, naam, sleutel, wie
):
    user = {
        None: None,
        "coordinator": wereld.coordinator_wedde,
        "vrijwilliger": wereld.vrijwilliger_wedde,
    }[wie]
    client = client_for(wereld.wedde, user)
    client.raise_request_exception = True
    url = reverse(naam, kwargs={"pk": zaak[sleutel]} if sleutel else None)
    if naam in ALLEEN_POST:
        velden = ALLEEN_POST[naam]
    else:
        page = client.get(url)
        assert page.status_code == 200
        velden = _velden(page.content.decode())
        assert velden, f"{naam} toont geen formulier"
    kandidaat_velden = velden + (EXTRA if naam == "kern:signaal" else [])

    post_vijandig(
        client, url, kandidaat_velden, lambda: _stand(wereld.wedde.schema_name), naam=naam
    )


def test_foutmeldingen_zijn_nederlands(wereld, zaak, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.post(reverse("kern:hulpvraag_nieuw"), {"geschatte_uren": "veel"})
    html = response.content.decode()
    assert "Dit veld is vereist." in html
    assert "Voer een getal in." in html
    response = client.post(
        reverse("kern:inwoner_nieuw"), {"voornaam": "Geesje", "achternaam": "Wedderveld"}
    )
    assert "Vraag eerst toestemming om de gegevens vast te leggen." in response.content.decode()
