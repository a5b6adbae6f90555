"""Every kern page costs the same number of queries with 10 or 1,000 rows of everything."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from kern import services
from kern.models import (
    Aandachtslijst,
    Categorie,
    Contactmoment,
    Hulpvraag,
    Inwoner,
    Match,
    Signaal,
    StatusWijziging,
    Taak,
    Urenregistratie,
    Verwijzing,
    Vrijwilliger,
)
from tests.kern import factories as f

pytestmark = pytest.mark.django_db


def _vul(n: int, *, anne, bert_user, rond: dict | None = None) -> dict:
    """n rows of every kind, around one resident (Geesje) and one volunteer (Bert)."""
    vandaag = timezone.localdate()
    wedde = f.dorp()
    klusjes = Categorie.objects.get(slug="klusjes")
    inwoners = Inwoner.objects.bulk_create(
        Inwoner(
            voornaam=f"Inwoner{i}",
            achternaam="Test",
            straat=f"Dorpsstraat {i}",
            dorp=wedde,
            telefoon=f"06-00{i:06d}",
        )
        for i in range(n)
    )
    geesje = Inwoner.objects.get(pk=rond["geesje"]) if rond else inwoners[0]
    vrijwilligers = Vrijwilliger.objects.bulk_create(
        Vrijwilliger(
            voornaam=f"Vrijwilliger{i}",
            achternaam="Test",
            vog_datum=vandaag,
            beschikbaarheid=["ma-ochtend"],
        )
        for i in range(n)
    )
    Vrijwilliger.categorieen.through.objects.bulk_create(
        Vrijwilliger.categorieen.through(vrijwilliger=v, categorie=klusjes) for v in vrijwilligers
    )
    Vrijwilliger.dorpen.through.objects.bulk_create(
        Vrijwilliger.dorpen.through(vrijwilliger=v, dorp=wedde) for v in vrijwilligers
    )
    if rond:
        bert = Vrijwilliger.objects.get(pk=rond["bert"])
    else:
        bert = vrijwilligers[0]
        bert.user = bert_user
        bert.save(update_fields=["user"])
    hulpvragen = Hulpvraag.objects.bulk_create(
        Hulpvraag(
            inwoner=geesje if i % 2 else inwoners[i],
            kanaal="telefoon",
            categorie=klusjes,
            omschrijving=f"Vraag {i}",
        )
        for i in range(n)
    )
    eerste = Hulpvraag.objects.get(pk=rond["hv"]) if rond else hulpvragen[0]
    StatusWijziging.objects.bulk_create(
        StatusWijziging(hulpvraag=eerste, naar="nieuw", door=anne) for _ in range(n)
    )
    matches = Match.objects.bulk_create(
        Match(hulpvraag=h, vrijwilliger=bert, status=Match.Status.ACTIEF) for h in hulpvragen[1:]
    )
    Urenregistratie.objects.bulk_create(
        Urenregistratie(
            vrijwilliger=vrijwilligers[i % len(vrijwilligers)],
            datum=vandaag,
            uren=Decimal("1"),
            match=matches[0] if matches else None,
        )
        for i in range(n)
    )
    Aandachtslijst.objects.bulk_create(
        Aandachtslijst(inwoner=i, reden="Alleen", volgend_contact=vandaag - timedelta(days=1))
        for i in inwoners
    )
    Signaal.objects.bulk_create(Signaal(inwoner=geesje, omschrijving="Zorgen") for _ in range(n))
    Contactmoment.objects.bulk_create(
        Contactmoment(inwoner=geesje, soort="telefoon", op=timezone.now(), samenvatting="Gebeld")
        for _ in range(n)
    )
    Taak.objects.bulk_create(
        Taak(
            soort="nabellen-inwoner",
            inwoner=geesje,
            omschrijving="Nabellen",
            vervaldatum=vandaag,
            hulpvraag=hulpvragen[0],
        )
        for _ in range(n)
    )
    Taak.objects.bulk_create(
        Taak(
            soort="overig",
            vrijwilliger=bert,
            uitvoerder="vrijwilliger",
            omschrijving="Klus",
            vervaldatum=vandaag,
        )
        for _ in range(n)
    )
    taak = Taak.objects.filter(uitvoerder="organisatie").order_by("pk").first()
    verwijzing = (
        Verwijzing.objects.order_by("pk").first()
        if rond
        else services.verwijzing_create(inwoner=geesje, partner="Wmo", reden="Traplift", door=anne)
    )
    signaal = Signaal.objects.first()
    services.signaal_escalate(signaal=signaal, toelichting="Bestuur?", door=anne)
    return {
        "geesje": geesje.pk,
        "hv": eerste.pk,
        "bert": bert.pk,
        "taak": taak.pk,
        "verwijzing": verwijzing.pk,
        "signaal": signaal.pk,
        "match": matches[0].pk if matches else None,
    }


PAGINAS = [
    ("coordinator", "kern:dashboard", None, ""),
    ("coordinator", "kern:inwoners", None, ""),
    ("coordinator", "kern:inwoners", None, "?q=Dorpsstraat"),
    ("coordinator", "kern:inwoners", None, "?q=0600"),
    ("coordinator", "kern:inwoner", "geesje", ""),
    ("coordinator", "kern:hulpvragen", None, ""),
    ("coordinator", "kern:hulpvragen", None, "?status=nieuw"),
    ("coordinator", "kern:hulpvraag", "hv", ""),
    ("coordinator", "kern:kandidaten", "hv", ""),
    ("coordinator", "kern:vrijwilligers", None, ""),
    ("coordinator", "kern:aandachtslijst", None, ""),
    ("coordinator", "kern:signalen", None, ""),
    ("coordinator", "kern:signaal", "signaal", ""),
    ("coordinator", "kern:inwoner_nieuw", None, ""),
    ("coordinator", "kern:inwoner_bewerken", "geesje", ""),
    ("coordinator", "kern:contact_nieuw", "geesje", ""),
    ("coordinator", "kern:aandacht_nieuw", "geesje", ""),
    ("coordinator", "kern:toestemming_nieuw", "geesje", ""),
    ("coordinator", "kern:verwijzing_nieuw", "geesje", ""),
    ("coordinator", "kern:hulpvraag_nieuw", None, ""),
    ("coordinator", "kern:hulpvraag_nieuw", "?inwoner", "geesje"),
    ("coordinator", "kern:hulpvraag_bewerken", "hv", ""),
    ("coordinator", "kern:hulpvraag_status", "hv", ""),
    ("coordinator", "kern:hulpvraag_koppel", "hv", "?q=Dorpsstraat"),
    ("coordinator", "kern:kennismaking", "match", ""),
    ("coordinator", "kern:afspraken", "match", ""),
    ("coordinator", "kern:taak_afronden", "taak", ""),
    ("coordinator", "kern:verwijzing_antwoord", "verwijzing", ""),
    ("coordinator", "kern:signaal_nieuw", None, ""),
    ("coordinator", "kern:vrijwilliger_nieuw", None, ""),
    ("coordinator", "kern:vrijwilliger_bewerken", "bert", ""),
    ("anoniem", "kern:intake", None, ""),
    ("bestuur", "kern:dashboard", None, ""),
    ("bestuur", "kern:signalen", None, ""),
    ("vrijwilliger", "kern:mijn", None, ""),
    ("vrijwilliger", "kern:uren", None, ""),
    ("coordinator", "kern:uren", None, ""),
    ("vrijwilliger", "kern:signaal_nieuw", None, ""),
]


def _tel(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.fixture
def klanten(wereld, client_for):
    return {
        "coordinator": client_for(wereld.wedde, wereld.coordinator_wedde),
        "bestuur": client_for(wereld.wedde, wereld.bestuur_wedde),
        "vrijwilliger": client_for(wereld.wedde, wereld.vrijwilliger_wedde),
        "anoniem": client_for(wereld.wedde),
    }


def _urls(ids):
    urls = []
    for rol, naam, k, q in PAGINAS:
        if k == "?inwoner":  # a query parameter pointing at an object
            urls.append((rol, f"{reverse(naam)}?inwoner={ids[q]}"))
        else:
            urls.append((rol, reverse(naam, kwargs={"pk": ids[k]} if k else None) + q))
    return urls


def test_elke_pagina_vaste_aantal_queries_bij_10_en_1000_rijen(
    wereld, klanten, django_assert_num_queries
):
    with schema_context(wereld.wedde.schema_name):
        klein = _vul(10, anne=wereld.coordinator_wedde, bert_user=wereld.vrijwilliger_wedde)
    bij_10 = [_tel(klanten[rol], url) for rol, url in _urls(klein)]
    with schema_context(wereld.wedde.schema_name):
        _vul(990, anne=wereld.coordinator_wedde, bert_user=None, rond=klein)
        assert Inwoner.objects.count() == 1000
        assert Match.objects.filter(vrijwilliger_id=klein["bert"]).count() > 900
        assert Contactmoment.objects.filter(inwoner_id=klein["geesje"]).count() == 1000
    # Same pages, same objects (Geesje, Bert, the first request), now among 1,000 of each.
    for (rol, url), verwacht in zip(_urls(klein), bij_10, strict=True):
        with django_assert_num_queries(verwacht):
            klanten[rol].get(url)
