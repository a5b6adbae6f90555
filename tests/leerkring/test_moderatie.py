"""Members report; staff hide. Hidden posts disappear for members."""

from __future__ import annotations

import pytest

from leerkring import services
from leerkring.models import Melding

pytestmark = pytest.mark.django_db


def test_lid_meldt_bericht_en_staf_verbergt_het(wereld, staf, client_for, maak_bericht):
    bericht = maak_bericht(wereld.coordinator_ulrum, titel="Kijk op mijn website")
    lid = client_for(None, wereld.coordinator_wedde)
    lid.post(f"/leerkring/praktijk/{bericht.pk}/melden/", {"reden": "reclame"})
    melding = Melding.objects.get()
    moderator = client_for(None, staf)
    assert "reclame" in moderator.get("/leerkring/moderatie/").content.decode()
    moderator.post(f"/leerkring/moderatie/meldingen/{melding.pk}/", {"verbergen": "1"})
    bericht.refresh_from_db()
    assert bericht.verborgen
    assert lid.get(f"/leerkring/praktijk/{bericht.pk}/").status_code == 404
    assert "Kijk op mijn website" not in lid.get("/leerkring/praktijk/").content.decode()
    assert moderator.get(f"/leerkring/praktijk/{bericht.pk}/").status_code == 200


def test_verborgen_reactie_telt_niet_mee_en_is_niet_meer_nuttig(wereld, staf, maak_bericht):
    vraag = maak_bericht(wereld.coordinator_ulrum)
    reactie = services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst="x")
    services.bericht_mark_helpful(user=wereld.coordinator_ulrum, bericht=vraag, reactie=reactie)
    melding = services.melding_create(
        melder=wereld.coordinator_ulrum, reden="onaardig", reactie=reactie
    )
    services.melding_resolve(staf=staf, melding=melding, verbergen=True)
    vraag.refresh_from_db()
    assert vraag.aantal_reacties == 0
    assert vraag.nuttig_antwoord is None


def test_lid_kan_geen_melding_afhandelen(wereld, client_for, maak_bericht):
    bericht = maak_bericht(wereld.coordinator_ulrum)
    melding = services.melding_create(melder=wereld.coordinator_wedde, reden="x", bericht=bericht)
    response = client_for(None, wereld.coordinator_wedde).post(
        f"/leerkring/moderatie/meldingen/{melding.pk}/", {"verbergen": "1"}
    )
    assert response.status_code == 403
    bericht.refresh_from_db()
    assert not bericht.verborgen


def test_menu_van_de_leerkring_werkt_op_elke_host(wereld, client_for):
    from django.test import Client

    tenant = client_for(wereld.wedde, wereld.coordinator_wedde).get("/")
    assert "http://localhost/leerkring/" in tenant.content.decode()
    assert "/leerkring/project-delen/" not in tenant.content.decode()
    onbekend = Client(HTTP_HOST="bestaatniet.localhost").get("/")
    assert onbekend.status_code == 404
