"""Meetings: registration, the questionnaire beforehand, attendance and the report."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from leerkring import services
from leerkring.models import Antwoord, Bijeenkomst, Deelname, VerslagReactie
from noaber.errors import BestaatAl, GeenToegang, ValidatieFout

pytestmark = pytest.mark.django_db


@pytest.fixture
def bijeenkomst(wereld):
    return services.bijeenkomst_create(
        organisator=wereld.coordinator_wedde,
        titel="Leerkring over vervoer",
        begint_op=timezone.now() + timedelta(days=10),
        plaats="Dorpshuis Wedde",
        online_link="",
        agenda="1. Welkom\n2. Vervoer",
        max_deelnemers=2,
        vragen=["Hoe regelen jullie vervoer?", "Wat wil je leren?"],
    )


def test_lid_organiseert_bijeenkomst_via_formulier(wereld, client_for):
    client = client_for(None, wereld.coordinator_ulrum)
    begint = (timezone.localtime() + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        "/leerkring/bijeenkomsten/nieuw/",
        {
            "titel": "Online Leerkring",
            "begint_op": begint,
            "online_link": "https://meet.example/x",
            "agenda": "Kennismaken",
            "max_deelnemers": "12",
            "vragen": "Wie ben je?\n\nWat doe je?",
        },
    )
    assert response.status_code == 302
    nieuw = Bijeenkomst.objects.get(titel="Online Leerkring")
    assert [v.tekst for v in nieuw.vragen.all()] == ["Wie ben je?", "Wat doe je?"]


def test_bijeenkomst_zonder_plaats_of_link_wordt_geweigerd(wereld):
    # Bijeenkomst.clean holds the rule; the service's full_clean() refuses.
    with pytest.raises(ValidationError, match="Vul een plaats of een online link in"):
        services.bijeenkomst_create(
            organisator=wereld.coordinator_wedde,
            titel="X",
            begint_op=timezone.now() + timedelta(days=1),
            plaats="",
            online_link="",
            agenda="A",
            max_deelnemers=5,
            vragen=[],
        )


def test_aanmelden_en_vragenlijst_invullen(wereld, client_for, bijeenkomst):
    client = client_for(None, wereld.coordinator_ulrum)
    response = client.post(f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/aanmelden/")
    assert response.url == f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/vragen/"
    vragen = list(bijeenkomst.vragen.all())
    client.post(
        response.url,
        {f"vraag-{vragen[0].pk}": "Met een vervoerspoule", f"vraag-{vragen[1].pk}": ""},
    )
    deelname = Deelname.objects.get(bijeenkomst=bijeenkomst, user=wereld.coordinator_ulrum)
    assert deelname.organisatie == wereld.ulrum
    assert [a.tekst for a in Antwoord.objects.filter(deelname=deelname)] == [
        "Met een vervoerspoule"
    ]
    bijeenkomst.refresh_from_db()
    assert bijeenkomst.aantal_deelnames == 1


def test_organisator_ziet_alle_antwoorden_samen_per_vraag(wereld, client_for, bijeenkomst):
    vraag = bijeenkomst.vragen.first()
    for user, tekst in [
        (wereld.coordinator_ulrum, "Vervoerspoule"),
        (wereld.vrijwilliger_wedde, "Buurtbus"),
    ]:
        deelname = services.deelname_create(user=user, bijeenkomst=bijeenkomst)
        services.antwoorden_save(deelname=deelname, antwoorden={vraag.pk: tekst})
    page = (
        client_for(None, wereld.coordinator_wedde)
        .get(f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/deelnemers/")
        .content.decode()
    )
    assert (
        page.index("Hoe regelen jullie vervoer?")
        < page.index("Vervoerspoule")
        < page.index("Buurtbus")
    )


def test_alleen_organisator_ziet_de_antwoorden(wereld, client_for, bijeenkomst):
    response = client_for(None, wereld.coordinator_ulrum).get(
        f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/deelnemers/"
    )
    assert response.status_code == 403


def test_volle_bijeenkomst_weigert_nieuwe_deelname(wereld, bijeenkomst):
    services.deelname_create(user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst)
    services.deelname_create(user=wereld.vrijwilliger_wedde, bijeenkomst=bijeenkomst)
    with pytest.raises(ValidatieFout):
        services.deelname_create(user=wereld.bestuur_wedde, bijeenkomst=bijeenkomst)
    with pytest.raises(BestaatAl):
        services.deelname_create(user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst)


def test_aanwezigheid_verslag_en_reactie(wereld, client_for, bijeenkomst):
    deelname = services.deelname_create(user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst)
    organisator = client_for(None, wereld.coordinator_wedde)
    organisator.post(
        f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/deelnemers/", {"aanwezig": [deelname.pk]}
    )
    deelname.refresh_from_db()
    assert deelname.aanwezig is True
    organisator.post(
        f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/verslag/",
        {"tekst": "We deelden ervaringen.", "lessen": "Regel vervoer vooraf\nBel na"},
    )
    deelnemer = client_for(None, wereld.coordinator_ulrum)
    deelnemer.post(
        f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/verslag/reageren/", {"tekst": "Dank!"}
    )
    page = deelnemer.get(f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/").content.decode()
    assert "Regel vervoer vooraf" in page and "Dank!" in page
    assert VerslagReactie.objects.count() == 1
    with pytest.raises(GeenToegang):
        services.verslag_save(
            user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst, tekst="x", lessen="y"
        )
