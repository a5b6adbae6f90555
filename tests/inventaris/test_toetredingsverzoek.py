"""An initiative applies from the map; staff approve, which provisions its tenant."""

from __future__ import annotations

import pytest
from django.db import connection

from inventaris.models import Initiatief, Toetredingsverzoek
from tenants.models import Dorp, Organisatie

pytestmark = pytest.mark.django_db


def _aanmelden(client, **over):
    bierum = Dorp.objects.get(naam="Bierum")
    data = {
        "naam": "Dorpshulp Bierum",
        "slug": "dorpshulp-bierum",
        "gemeente": bierum.gemeente_id,
        "dorpen": [bierum.pk],
        "soort": "dorpstelefoon",
        "contact_email": "hulp@bierum.example",
        "initiatief": Initiatief.objects.get(slug="bierum").pk,
    }
    data.update(over)
    return client.post("/kaart/aanmelden/", data)


def test_initiatief_meldt_zich_aan_vanaf_de_kaart(client_for):
    response = _aanmelden(client_for(None, None))
    assert response.status_code == 302
    verzoek = Toetredingsverzoek.objects.get(slug="dorpshulp-bierum")
    assert verzoek.status == "ingediend"
    assert verzoek.initiatief.slug == "bierum"


def test_toetredingsverzoek_met_bezette_korte_naam_krijgt_een_foutmelding(client_for):
    response = _aanmelden(client_for(None, None), slug="wedde")
    assert response.status_code == 409
    assert "al in gebruik" in response.content.decode()
    assert not Toetredingsverzoek.objects.exists()


def test_goedkeuren_maakt_de_omgeving_aan_en_koppelt_de_inventarisregel(client_for, staf_client):
    _aanmelden(client_for(None, None))
    verzoek = Toetredingsverzoek.objects.get()
    response = staf_client.post(
        f"/inventaris/aanmeldingen/{verzoek.pk}/", {"besluit": "goedkeuren"}
    )
    assert response.status_code == 302
    org = Organisatie.objects.get(slug="dorpshulp-bierum")
    assert org.domains.get().domain == "dorpshulp-bierum.localhost"
    assert org.lidmaatschappen.get().user.email == "hulp@bierum.example"
    with connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [org.schema_name])
        assert cur.fetchone() is not None
    assert Initiatief.objects.get(slug="bierum").organisatie == org
    verzoek.refresh_from_db()
    assert verzoek.status == "goedgekeurd" and verzoek.organisatie == org

    # Approving twice provisions nothing more.
    staf_client.post(f"/inventaris/aanmeldingen/{verzoek.pk}/", {"besluit": "goedkeuren"})
    assert Organisatie.objects.filter(slug="dorpshulp-bierum").count() == 1


def test_afwijzen_bewaart_de_reden_en_maakt_niets_aan(client_for, staf_client):
    _aanmelden(client_for(None, None))
    verzoek = Toetredingsverzoek.objects.get()
    staf_client.post(
        f"/inventaris/aanmeldingen/{verzoek.pk}/",
        {"besluit": "afwijzen", "reden": "Eerst met de dorpsvereniging overleggen"},
    )
    verzoek.refresh_from_db()
    assert verzoek.status == "afgewezen"
    assert verzoek.reden.startswith("Eerst met")
    assert not Organisatie.objects.filter(slug="dorpshulp-bierum").exists()


def test_niet_staf_kan_niet_goedkeuren(client_for, wereld):
    _aanmelden(client_for(None, None))
    verzoek = Toetredingsverzoek.objects.get()
    response = client_for(None, wereld.coordinator_wedde).post(
        f"/inventaris/aanmeldingen/{verzoek.pk}/", {"besluit": "goedkeuren"}
    )
    assert response.status_code == 403
    assert not Organisatie.objects.filter(slug="dorpshulp-bierum").exists()


def test_staf_ziet_open_toetredingsverzoeken_in_het_beheer(client_for, staf_client):
    _aanmelden(client_for(None, None), toelichting="Wij zijn met zes vrijwilligers")
    html = staf_client.get("/inventaris/").content.decode()
    assert "Dorpshulp Bierum" in html and "hulp@bierum.example" in html
    assert "Goedkeuren en omgeving aanmaken" in html
    assert "Wij zijn met zes vrijwilligers" in html


def test_aanmeldformulier_vanaf_een_kaartje_is_vooringevuld(client_for):
    html = client_for(None, None).get("/kaart/aanmelden/?initiatief=bierum").content.decode()
    assert 'value="Dorpstelefoon Bierum"' in html
    assert 'value="bierum"' in html
