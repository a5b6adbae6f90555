"""No resident's or volunteer's identifying data ever reaches the shared layer.

Seeds names, addresses, phone numbers and e-mail addresses in three tenants,
lets them publish through the real path (services → on_commit), then searches
every public-schema table, the overview pages, the exports, the JSON and the GeoJSON.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django_tenants.utils import schema_context

from inventaris.models import Kwartaalstand
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db

GEHEIMEN = {
    "wedde": [
        "Zwaantje",
        "Kwartelhoeve",
        "Pluimstraat 17",
        "9698 XQ",
        "06-11223344",
        "zwaantje@kwartel.example",
        "Hofstede-Pluim",
        "val in de badkamer",
    ],
    "ulrum": [
        "Eppo",
        "Zuidhorster",
        "Wierdeweg 3",
        "9971 ZZ",
        "0595-998877",
        "eppo@wierde.example",
        "Geertruida",
        "dementie beginnend",
    ],
    "derde": [
        "Aaltje",
        "Schokkenbroek",
        "Dijkpad 9",
        "9907 QQ",
        "06-99887766",
        "aaltje@dijk.example",
        "Rikkert",
        "schulden bij de woningbouw",
    ],
}


def _seed(geheim: list[str]) -> None:
    from kern.models import Inwoner, Vrijwilliger

    voornaam, achternaam, straat, postcode, telefoon, email, vrijwilliger, notitie = geheim
    with transaction.atomic():
        inwoner = Inwoner.objects.create(
            voornaam=voornaam,
            achternaam=achternaam,
            straat=straat,
            postcode=postcode,
            telefoon=telefoon,
            email=email,
            notities=notitie,
        )
        Vrijwilliger.objects.create(
            voornaam=vrijwilliger, achternaam=achternaam, telefoon=telefoon, email=email
        )
        maak_hulpvragen(
            6,
            inwoner=inwoner,
            aanvrager_naam=f"{voornaam} {achternaam}",
            aanvrager_contact=telefoon,
        )


def _public_table_text() -> str:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        tables = [r[0] for r in cur.fetchall()]
        parts = []
        for table in tables:
            cur.execute(f'SELECT t::text FROM public."{table}" AS t')  # noqa: S608
            parts.extend(r[0] for r in cur.fetchall())
    return "\n".join(parts)


def test_identificerende_gegevens_komen_nergens_in_het_publieke_schema(
    wereld, staf_client, django_capture_on_commit_callbacks
):
    from tenants.services import tenant_provision

    derde = tenant_provision(
        slug="derde",
        naam="Dorpshulp Derde",
        gemeente="Eemsdelta",
        dorpen=["Bierum"],
        coordinator_email="coordinator@derde.example",
    ).organisatie
    tenants = {"wedde": wereld.wedde, "ulrum": wereld.ulrum, "derde": derde}
    with django_capture_on_commit_callbacks(execute=True):
        for slug, org in tenants.items():
            with schema_context(org.schema_name):
                _seed(GEHEIMEN[slug])

    # The counts did arrive: the test is not vacuous.
    for org in tenants.values():
        assert Kwartaalstand.objects.get(organisatie=org).hulpvragen == 6

    teksten = {"publieke tabellen": _public_table_text()}
    for url in (
        "/overzicht/",
        "/overzicht/?gemeente=eemsdelta",
        "/overzicht/wedde/",
        "/overzicht/ulrum/",
        "/overzicht/derde/",
        "/overzicht/export.csv",
        "/overzicht/cijfers.json",
        "/kaart/",
        "/kaart.geojson",
    ):
        response = staf_client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        teksten[url] = body.decode()
    assert "Wedde dat" in teksten["/overzicht/"]  # the pages do show the tenants

    for plaats, tekst in teksten.items():
        for geheim in sum(GEHEIMEN.values(), []):
            assert geheim.lower() not in tekst.lower(), f"{geheim!r} gelekt naar {plaats}"
