"""Dutch full-text search (PostgreSQL 'dutch' configuration) over posts, replies and reports."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from leerkring import selectors, services
from leerkring.models import Bijeenkomst

pytestmark = pytest.mark.django_db


def test_zoeken_op_vrijwilliger_vindt_bericht_over_vrijwilligers(wereld, maak_bericht):
    maak_bericht(
        wereld.coordinator_wedde,
        titel="Nieuwe mensen voor het dorp",
        tekst="Wij zoeken vrijwilligers voor klusjes in de tuin.",
        themas=("vrijwilligers-werven",),
    )
    maak_bericht(wereld.coordinator_wedde, titel="Ander onderwerp", tekst="Over de bus.")
    resultaten = selectors.zoeken("vrijwilliger")
    assert [r.titel for r in resultaten] == ["Nieuwe mensen voor het dorp"]


def test_zoeken_vindt_reacties_en_verslagen(wereld, maak_bericht, staf):
    vraag = maak_bericht(wereld.coordinator_ulrum, titel="Vraag", tekst="Hoe doen jullie dat?")
    services.reactie_create(
        auteur=wereld.coordinator_wedde, bericht=vraag, tekst="Wij werken met een maaltijd."
    )
    bijeenkomst = Bijeenkomst.objects.create(
        titel="Leerkring",
        begint_op=timezone.now(),
        plaats="Wedde",
        agenda="-",
        max_deelnemers=10,
        organisator=staf,
    )
    services.verslag_save(
        user=staf,
        bijeenkomst=bijeenkomst,
        tekst="We spraken over maaltijden in het dorpshuis.",
        lessen="Samen eten verbindt",
    )
    soorten = sorted(r.soort for r in selectors.zoeken("maaltijden"))
    assert soorten == ["reactie", "verslag"]


def test_zoeken_toont_geen_verborgen_berichten(wereld, maak_bericht, staf):
    bericht = maak_bericht(wereld.coordinator_ulrum, tekst="Over vrijwilligers")
    melding = services.melding_create(
        melder=wereld.coordinator_wedde, reden="spam", bericht=bericht
    )
    services.melding_resolve(staf=staf, melding=melding, verbergen=True)
    assert selectors.zoeken("vrijwilliger") == []


def test_zoeken_raakt_alleen_tabellen_van_de_leerkring(wereld, maak_bericht):
    maak_bericht(wereld.coordinator_ulrum, tekst="Over vrijwilligers")
    with CaptureQueriesContext(connection) as ctx:
        selectors.zoeken("vrijwilliger")
    schema_sets = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SET search_path")]
    queries = [q["sql"] for q in ctx.captured_queries if not q["sql"].startswith("SET search_path")]
    assert len(queries) == 3
    assert set(schema_sets) <= {'SET search_path = "public"'}
    for sql in queries:
        assert "leerkring_" in sql
        assert "kern_" not in sql
        assert "t_wedde" not in sql and "t_ulrum" not in sql


def test_zoeken_met_rare_invoer_geeft_geen_fout(wereld, client_for):
    client = client_for(None, wereld.coordinator_wedde)
    for q in ["", "!!! & | :*", "'; drop table", "a" * 500]:
        assert client.get("/leerkring/zoeken/", {"q": q}).status_code == 200
        assert client.get("/leerkring/api/zoeken/", {"q": q}).status_code == 200
