"""Every Leerkring and ADA page runs the same number of queries at 10 and at 1,000 posts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from leerkring import services
from leerkring.models import Bericht, Reactie, Thema

pytestmark = pytest.mark.django_db


def _berichten_erbij(aantal: int, auteurs, themas) -> None:
    nieuw = Bericht.objects.bulk_create(
        Bericht(
            soort="vraag" if i % 2 else "ervaring",
            titel=f"Bericht {i} over vrijwilligers",
            tekst=f"Tekst {i}: vervoer, eenzaamheid en vrijwilligers.",
            auteur=auteurs[i % len(auteurs)],
            aantal_reacties=1,
        )
        for i in range(aantal)
    )
    Bericht.themas.through.objects.bulk_create(
        Bericht.themas.through(bericht_id=b.pk, thema_id=themas[i % len(themas)].pk)
        for i, b in enumerate(nieuw)
    )
    reacties = Reactie.objects.bulk_create(
        Reactie(bericht=b, tekst="Een vrijwilliger helpt.", auteur=auteurs[0]) for b in nieuw
    )
    services.berichten_index([b.pk for b in nieuw])
    services.reacties_index([r.pk for r in reacties])


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len([q for q in ctx.captured_queries if not q["sql"].startswith("SET search_path")])


def test_elke_pagina_heeft_evenveel_queries_bij_10_en_1000_berichten(
    wereld, toolbox, staf, client_for, maak_bericht
):
    auteurs = [wereld.coordinator_wedde, wereld.coordinator_ulrum, wereld.vrijwilliger_wedde]
    themas = list(Thema.objects.all())
    eerste = maak_bericht(wereld.coordinator_ulrum, titel="Vraag over vervoer")
    services.reactie_create(auteur=wereld.coordinator_wedde, bericht=eerste, tekst="Antwoord")
    services.melding_create(melder=wereld.coordinator_wedde, reden="test", bericht=eerste)
    bijeenkomst = services.bijeenkomst_create(
        organisator=wereld.coordinator_wedde,
        titel="Leerkring",
        begint_op=timezone.now() + timedelta(days=2),
        plaats="Wedde",
        online_link="",
        agenda="A",
        max_deelnemers=10,
        vragen=["Wat?"],
    )
    services.deelname_create(user=wereld.coordinator_ulrum, bijeenkomst=bijeenkomst)
    _berichten_erbij(9, auteurs, themas)
    assert Bericht.objects.count() == 10

    lid = client_for(None, wereld.coordinator_wedde)
    moderator = client_for(None, staf)
    bezoeker = client_for(None, None)
    paginas = [
        (lid, "/leerkring/"),
        (lid, "/leerkring/praktijk/"),
        (lid, "/leerkring/praktijk/?pagina=2"),
        (lid, "/leerkring/thema/vervoer/"),
        (lid, f"/leerkring/praktijk/{eerste.pk}/"),
        (lid, "/leerkring/praktijk/nieuw/"),
        (lid, "/leerkring/zoeken/?q=vrijwilliger"),
        (lid, "/leerkring/api/zoeken/?q=vrijwilliger"),
        (lid, "/leerkring/leden/"),
        (lid, f"/leerkring/leden/{wereld.coordinator_ulrum.pk}/"),
        (lid, "/leerkring/profiel/"),
        (lid, "/leerkring/bijeenkomsten/"),
        (lid, f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/"),
        (lid, f"/leerkring/bijeenkomsten/{bijeenkomst.pk}/deelnemers/"),
        (moderator, "/leerkring/moderatie/"),
        (bezoeker, "/ada/"),
        (bezoeker, "/ada/bewoner/"),
        (bezoeker, "/ada/bewoner/stap-1/"),
        (bezoeker, "/ada/voorbeelden/"),
        (bezoeker, "/ada/voorbeelden/wedde-dat-t-lukt/"),
        (bezoeker, "/ada/zoeken/?q=vrijwilligers"),
    ]
    bij_10 = {url: _queries(client, url) for client, url in paginas}

    _berichten_erbij(990, auteurs, themas)
    assert Bericht.objects.count() == 1000
    bij_1000 = {url: _queries(client, url) for client, url in paginas}

    assert bij_1000 == bij_10
    assert max(bij_10.values()) <= 15, bij_10
