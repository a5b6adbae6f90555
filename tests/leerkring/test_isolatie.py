"""The Leerkring never exposes a tenant's case data.

A member of Wedde walks every Leerkring and ADA page and the JSON search, on
the public host and on Wedde's own host, and searches for residents by name.
Residents of Wedde and of Ulrum exist with unmistakable names; none of them
may appear anywhere.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.urls import reverse
from django_tenants.utils import schema_context

from ada.models import Voorbeeldproject
from leerkring import services
from leerkring.models import Bijeenkomst

pytestmark = pytest.mark.django_db

INWONERS = {
    "wedde": ("Geertruida", "Zwanenburgsma", "Vaccinatiestraat 7", "0597-999111"),
    "ulrum": ("Hendrikus", "Kwartelmeijer", "Dijkweg 99", "0595-888222"),
}


@pytest.fixture
def inwoners(wereld):
    from kern.models import Inwoner

    for org in (wereld.wedde, wereld.ulrum):
        voornaam, achternaam, straat, telefoon = INWONERS[org.slug]
        with schema_context(org.schema_name):
            Inwoner.objects.create(
                voornaam=voornaam,
                achternaam=achternaam,
                straat=straat,
                telefoon=telefoon,
                notities=f"{achternaam} vrijwilligers vervoer",
            )
    return INWONERS


def _verboden(content: str, gezocht: str = "") -> list[str]:
    """Resident data in a page; the searcher's own query echoed back does not count."""
    gevonden = []
    for waarden in INWONERS.values():
        gevonden += [w for w in waarden if w != gezocht and w in content]
    return gevonden


@pytest.fixture
def leerkring_vol(wereld, toolbox, staf, maak_bericht):
    from datetime import timedelta

    from django.utils import timezone

    vraag = maak_bericht(
        wereld.coordinator_ulrum, tekst="Hoe regelen jullie vrijwilligers vervoer?"
    )
    reactie = services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst="Zo.")
    bijeenkomst = services.bijeenkomst_create(
        organisator=wereld.coordinator_wedde,
        titel="Leerkring Wedde",
        begint_op=timezone.now() + timedelta(days=3),
        plaats="Dorpshuis",
        online_link="",
        agenda="Kennismaken",
        max_deelnemers=10,
        vragen=["Wat wil je leren?"],
    )
    services.deelname_create(user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst)
    geweest = Bijeenkomst.objects.create(
        titel="Oud",
        begint_op=timezone.now() - timedelta(days=3),
        plaats="Ulrum",
        agenda="-",
        max_deelnemers=5,
        organisator=wereld.coordinator_wedde,
    )
    services.verslag_save(
        user=wereld.coordinator_wedde, bijeenkomst=geweest, tekst="vervoer", lessen="les"
    )
    return {"vraag": vraag, "reactie": reactie, "bijeenkomst": bijeenkomst, "geweest": geweest}


def _alle_paginas(ctx, wereld) -> list[str]:
    project = Voorbeeldproject.objects.filter(status="gepubliceerd").first()
    vraag, bijeenkomst = ctx["vraag"], ctx["bijeenkomst"]
    urls = [
        reverse("leerkring:home", urlconf="noaber.urls_public"),
    ]
    names = [
        ("leerkring:leden", []),
        ("leerkring:lid", [wereld.coordinator_wedde.pk]),
        ("leerkring:lid", [wereld.coordinator_ulrum.pk]),
        ("leerkring:profiel_bewerken", []),
        ("leerkring:praktijk", []),
        ("leerkring:bericht_nieuw", []),
        ("leerkring:bericht", [vraag.pk]),
        ("leerkring:thema", ["vervoer"]),
        ("leerkring:bijeenkomsten", []),
        ("leerkring:bijeenkomst_nieuw", []),
        ("leerkring:bijeenkomst", [bijeenkomst.pk]),
        ("leerkring:deelnemers", [bijeenkomst.pk]),
        ("leerkring:verslag_bewerken", [bijeenkomst.pk]),
        ("leerkring:bijeenkomst", [ctx["geweest"].pk]),
        ("ada:home", []),
        ("ada:voorbeelden", []),
        ("ada:project", [project.slug]),
        ("ada:route", ["bewoner"]),
        ("ada:route", ["bestuurder"]),
        ("ada:route", ["gemeente"]),
        ("ada:stap", ["bewoner", 1]),
    ]
    urls += [reverse(n, args=a, urlconf="noaber.urls_public") for n, a in names]
    for q in ["Zwanenburgsma", "Kwartelmeijer", "Geertruida", "vervoer", "vrijwilliger"]:
        urls += [
            f"/leerkring/zoeken/?q={q}",
            f"/leerkring/api/zoeken/?q={q}",
            f"/ada/zoeken/?q={q}",
        ]
    return urls


def test_lid_van_wedde_ziet_op_geen_enkele_leerkringpagina_een_inwoner(
    wereld, inwoners, leerkring_vol, client_for
):
    client = client_for(None, wereld.coordinator_wedde)
    bezocht = 0
    for url in _alle_paginas(leerkring_vol, wereld):
        response = client.get(url)
        assert response.status_code == 200, url
        gezocht = url.split("?q=")[1] if "?q=" in url else ""
        assert _verboden(response.content.decode(), gezocht) == [], url
        bezocht += 1
    assert bezocht > 30


def test_zoeken_naar_een_inwoner_geeft_niets(wereld, inwoners, leerkring_vol, client_for):
    client = client_for(None, wereld.coordinator_wedde)
    for naam in ["Zwanenburgsma", "Kwartelmeijer", "Dijkweg", "Vaccinatiestraat"]:
        data = client.get("/leerkring/api/zoeken/", {"q": naam}).json()
        assert data == {"resultaten": []}


def test_leerkring_op_de_host_van_wedde_toont_geen_inwoners(wereld, inwoners, toolbox, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    for url in ["/leerkring/", "/leerkring/project-delen/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert _verboden(response.content.decode()) == []


def test_lid_van_wedde_kan_niet_indienen_namens_ulrum(wereld, client_for):
    client = client_for(wereld.ulrum, wereld.coordinator_wedde)
    assert client.get("/leerkring/project-delen/").status_code == 403


def test_geen_leerkringmodel_verwijst_naar_gegevens_van_een_tenant():
    models = [
        *apps.get_app_config("leerkring").get_models(),
        *apps.get_app_config("ada").get_models(),
    ]
    for model in models:
        for field in model._meta.get_fields():
            related = getattr(field, "related_model", None)
            if related is not None:
                assert related._meta.app_label != "kern", f"{model.__name__}.{field.name}"
