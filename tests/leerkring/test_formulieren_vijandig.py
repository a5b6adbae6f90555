"""Every Leerkring form takes random and hostile input without a 500 and without half-saving.

The fields are read from each page (see tests/vijandig.py), so a new field is covered without
touching this test. The Leerkring's tenant side has one form, sharing a project with the ADA
toolbox: tests/ada/test_formulieren_vijandig.py covers it with the toolbox's other forms.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from leerkring import services
from leerkring.models import Bijeenkomst, Voorvraag
from tests.vijandig import VIJANDIG, post_vijandig, stand, velden

pytestmark = pytest.mark.django_db

APPS = ("leerkring", "ada")


@pytest.fixture
def kring(wereld, staf, maak_bericht):
    anne = wereld.coordinator_wedde
    vraag = maak_bericht(wereld.coordinator_ulrum)
    reactie = services.reactie_create(auteur=anne, bericht=vraag, tekst="Zo doen wij het.")
    services.melding_create(melder=anne, reden="reclame", reactie=reactie)
    komend = services.bijeenkomst_create(
        organisator=anne,
        titel="Leerkring Wedde",
        begint_op=timezone.now() + timedelta(days=3),
        plaats="Dorpshuis",
        online_link="",
        agenda="Kennismaken",
        max_deelnemers=10,
        vragen=["Wat wil je leren?", "Wat neem je mee?"],
    )
    services.deelname_create(user=anne, bijeenkomst=komend)
    geweest = Bijeenkomst.objects.create(
        titel="Oud",
        begint_op=timezone.now() - timedelta(days=3),
        plaats="Ulrum",
        agenda="-",
        max_deelnemers=5,
        organisator=anne,
    )
    services.verslag_save(user=anne, bijeenkomst=geweest, tekst="Verslag", lessen="Les")
    melding = services.melding_create(melder=anne, reden="spam", bericht=vraag)
    return {
        "bericht_id": vraag.pk,
        "reactie_id": reactie.pk,
        "komend": komend.pk,
        "geweest": geweest.pk,
        "melding_id": melding.pk,
    }


# (url name, kwargs from the fixture, who posts, fields of a POST-only endpoint or None)
FORMULIEREN = [
    ("leerkring:profiel_bewerken", {}, "lid", None),
    ("leerkring:bericht_nieuw", {}, "lid", None),
    ("leerkring:reageren", {"bericht_id": "bericht_id"}, "lid", ["tekst"]),
    ("leerkring:melden", {"bericht_id": "bericht_id"}, "lid", ["reden"]),
    (
        "leerkring:reactie_melden",
        {"bericht_id": "bericht_id", "reactie_id": "reactie_id"},
        "lid",
        ["reden"],
    ),
    ("leerkring:thema_volgen", {"slug": "vervoer"}, "lid", ["volgen"]),
    ("leerkring:bijeenkomst_nieuw", {}, "lid", None),
    ("leerkring:aanmelden", {"bijeenkomst_id": "komend"}, "lid", ["afmelden"]),
    ("leerkring:vragenlijst", {"bijeenkomst_id": "komend"}, "lid", None),
    ("leerkring:deelnemers", {"bijeenkomst_id": "komend"}, "lid", None),
    ("leerkring:verslag_bewerken", {"bijeenkomst_id": "geweest"}, "lid", None),
    ("leerkring:verslag_reageren", {"bijeenkomst_id": "geweest"}, "lid", ["tekst"]),
    ("leerkring:melding_afhandelen", {"melding_id": "melding_id"}, "staf", ["verbergen"]),
]


def _url(naam: str, kwargs: dict, kring: dict) -> str:
    kwargs = {k: kring.get(v, v) for k, v in kwargs.items()}
    return reverse(naam, kwargs=kwargs, urlconf="noaber.urls_public")


@pytest.mark.parametrize(("naam", "kwargs", "wie", "alleen_post"), FORMULIEREN)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(
    wereld, staf, kring, client_for, naam, kwargs, wie, alleen_post
):
    client = client_for(None, staf if wie == "staf" else wereld.coordinator_wedde)
    url = _url(naam, kwargs, kring)
    if alleen_post is None:
        page = client.get(url)
        assert page.status_code == 200
        alleen_post = velden(page.content.decode())
        assert alleen_post, f"{naam} toont geen formulier"
    post_vijandig(client, url, alleen_post, lambda: stand(APPS), naam=naam)


def _bijeenkomst(**over) -> dict:
    begint = (timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    return {
        "titel": "Vrijwilligers vasthouden",
        "begint_op": begint,
        "plaats": "Dorpshuis Wedde",
        "agenda": "Ervaringen delen",
        "max_deelnemers": "12",
        **over,
    }


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("max_deelnemers", "100000", "Vul een getal van hoogstens 500 in."),
        ("max_deelnemers", "-1", "Vul een getal van minstens 1 in."),
        ("max_deelnemers", "0", "Vul een getal van minstens 1 in."),
        ("begint_op", "0001-01-01T10:00", "Kies een datum tussen 1900 en 2100."),
        ("begint_op", "9999-12-31T10:00", "Kies een datum tussen 1900 en 2100."),
    ],
)
def test_getal_of_datum_buiten_bereik_geeft_400_met_nederlandse_reden(
    wereld, client_for, veld, waarde, melding
):
    client = client_for(None, wereld.coordinator_wedde)
    voor = stand(APPS)
    response = client.post(
        reverse("leerkring:bijeenkomst_nieuw", urlconf="noaber.urls_public"),
        _bijeenkomst(**{veld: waarde}),
    )
    assert response.status_code == 400
    assert melding in response.content.decode()
    assert stand(APPS) == voor


def test_te_lang_antwoord_vooraf_wordt_geweigerd_en_niet_afgekapt(wereld, kring, client_for):
    client = client_for(None, wereld.coordinator_wedde)
    vraag = Voorvraag.objects.filter(bijeenkomst_id=kring["komend"]).first()
    voor = stand(APPS)
    response = client.post(
        reverse(
            "leerkring:vragenlijst",
            kwargs={"bijeenkomst_id": kring["komend"]},
            urlconf="noaber.urls_public",
        ),
        {f"vraag-{vraag.pk}": "x" * 2001},
    )
    assert response.status_code == 400
    assert "niet meer dan 2000 tekens" in response.content.decode()
    assert stand(APPS) == voor


def test_een_geldige_bijeenkomst_wordt_nog_steeds_opgeslagen(wereld, client_for):
    client = client_for(None, wereld.coordinator_wedde)
    response = client.post(
        reverse("leerkring:bijeenkomst_nieuw", urlconf="noaber.urls_public"),
        _bijeenkomst(vragen="Wie ben je?\nWat doe je?"),
    )
    assert response.status_code == 302
    nieuw = Bijeenkomst.objects.get(titel="Vrijwilligers vasthouden")
    assert nieuw.max_deelnemers == 12 and nieuw.vragen.count() == 2


@pytest.mark.parametrize("url", ["/leerkring/zoeken/", "/leerkring/api/zoeken/"])
def test_zoeken_met_vijandige_tekst_geeft_geen_500(wereld, client_for, url):
    client = client_for(None, wereld.coordinator_wedde)
    client.raise_request_exception = True
    for q in VIJANDIG:
        assert client.get(url, {"q": q}).status_code == 200, q
