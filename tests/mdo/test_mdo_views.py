"""The MDO on Wedde's demo data, through the coordinator's pages: an external GP and
Wmo-consulent, decisions on the residents' timelines, actions with owners, consent enforced."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kern.models import Contactmoment, Inwoner, Toestemming
from mdo.models import MdoActie, MdoBespreking, MdoDeelnemer, MdoOverleg


def test_mdo_op_wedde_demodata_met_externe_huisarts_en_wmo_consulent(
    wedde_demo, client_for, wereld
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    moment = (timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%dT12:30")
    r = client.post("/mdo/", {"datum": moment, "locatie": "Huisartsenpraktijk Wedde"})
    assert r.status_code == 302
    overleg = MdoOverleg.objects.order_by("-id").first()
    url = f"/mdo/{overleg.pk}/"
    for naam, org, rol in [
        ("Dr. Jan Huizinga", "Huisartsenpraktijk Wedde", "huisarts"),
        ("Petra Mulder", "Gemeente Westerwolde", "wmo"),
    ]:
        r = client.post(url, {"deelnemer": "1", "naam": naam, "organisatie": org, "rol": rol})
        assert r.status_code == 302
    extern = MdoDeelnemer.objects.filter(overleg=overleg, user__isnull=True)
    assert sorted(extern.values_list("rol", flat=True)) == ["huisarts", "wmo"]

    met = [i for i in Inwoner.objects.all() if _mdo_ok(i)][:2]
    zonder = next(i for i in Inwoner.objects.all() if not _mdo_ok(i))
    pagina = client.get(url).content.decode()
    assert "Dr. Jan Huizinga" in pagina and "extern, zonder account" in pagina

    weigering = client.post(
        url, {"agendeer": "1", "inwoner": zonder.pk, "aanleiding": "ingebracht"}
    )
    assert weigering.status_code == 400
    assert "geen toestemming" in weigering.content.decode()
    assert not MdoBespreking.objects.filter(overleg=overleg, inwoner=zonder).exists()

    huisarts = extern.get(rol="huisarts")
    wmo = extern.get(rol="wmo")
    for inwoner, regie, eigenaar in [(met[0], huisarts, wmo), (met[1], wmo, huisarts)]:
        r = client.post(url, {"agendeer": "1", "inwoner": inwoner.pk, "aanleiding": "ingebracht"})
        assert r.status_code == 302
        b = MdoBespreking.objects.get(overleg=overleg, inwoner=inwoner)
        burl = f"/mdo/bespreking/{b.pk}/"
        assert (
            client.post(
                burl,
                {"bespreking_opslaan": "1", "regiehouder": regie.pk, "bespreking": "Besproken."},
            ).status_code
            == 302
        )
        assert (
            client.post(burl, {"besluit": "1", "tekst": "Dagbesteding regelen"}).status_code == 302
        )
        uiterlijk = (overleg.datum + timedelta(days=14)).date().isoformat()
        r = client.post(
            burl,
            {
                "actie": "1",
                "omschrijving": "Aanvraag doen",
                "eigenaar": eigenaar.pk,
                "uiterlijk": uiterlijk,
            },
        )
        assert r.status_code == 302
        tijdlijn = Contactmoment.objects.get(inwoner=inwoner, soort="mdo")
        assert (
            "Dagbesteding regelen" in tijdlijn.samenvatting and regie.naam in tijdlijn.samenvatting
        )
        actie = MdoActie.objects.get(bespreking=b)
        assert actie.eigenaar == eigenaar and actie.eigenaar.is_extern

    verslag = client.get(f"/mdo/{overleg.pk}/verslag.pdf")
    assert verslag.status_code == 200 and verslag.content.startswith(b"%PDF")
    # The minutes carry no health notes, phone numbers or residents who were not discussed.
    import mdo.selectors

    punten = mdo.selectors.mdo_agenda_voor_deelnemers(
        overleg=mdo.selectors.mdo_overleg_detail(pk=overleg.pk)
    )
    assert {p.naam for p in punten} == {f"{i.voornaam} {i.achternaam}" for i in met}
    for i in met:
        assert not i.telefoon or i.telefoon not in repr(punten)


def _mdo_ok(inwoner) -> bool:
    laatste = (
        Toestemming.objects.filter(inwoner=inwoner, onderwerp="mdo")
        .order_by("-datum", "-aangemaakt_op", "-id")
        .first()
    )
    return bool(laatste and laatste.gegeven)


def test_andere_stichting_ziet_het_mdo_van_wedde_niet(wedde_demo, client_for, wereld):
    overleg = MdoOverleg.objects.first()
    assert (
        client_for(wereld.wedde, wereld.coordinator_ulrum).get(f"/mdo/{overleg.pk}/").status_code
        == 403
    )
    assert (
        client_for(wereld.wedde, wereld.bestuur_wedde)
        .get(f"/mdo/{overleg.pk}/agenda.pdf")
        .status_code
        == 403
    )
    assert client_for(wereld.wedde, wereld.coordinator_wedde).get("/mdo/99999/").status_code == 404


def test_paginas_van_wedde_openen_voor_de_coordinator(wedde_demo, client_for, wereld):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    for url in [
        "/mdo/",
        "/activiteiten/",
        "/uren/",
        "/financiering/",
        "/kwartaaloverzicht/",
        "/doe-mee/",
    ]:
        assert client.get(url).status_code == 200, url
    from rapportage.models import Subsidie

    for sub in Subsidie.objects.all():
        r = client.get(f"/financiering/{sub.pk}/")
        assert r.status_code == 200
        assert "Geanonimiseerd" in r.content.decode()
        csv = client.get(f"/financiering/{sub.pk}/?formaat=csv").content.decode("utf-8-sig")
        assert csv.startswith("Verantwoording")


def test_financier_en_subsidie_toevoegen_met_foute_invoer(wedde_db, client_for, wereld):
    from rapportage.models import Financier, Subsidie

    client = client_for(wereld.wedde, wereld.bestuur_wedde)
    assert (
        client.post(
            "/financiering/", {"financier": "1", "naam": "Menzis", "soort": "zorgverzekeraar"}
        ).status_code
        == 302
    )
    menzis = Financier.objects.get(naam="Menzis")
    fout = client.post(
        "/financiering/",
        {
            "subsidie": "1",
            "financier": menzis.pk,
            "naam": "Huisarts",
            "bedrag": "40000",
            "begin": "2016-12-31",
            "einde": "2015-01-01",
        },
    )
    assert fout.status_code == 400 and "vóór het begin" in fout.content.decode()
    assert not Subsidie.objects.exists()
    alleen_lezen = client_for(wereld.wedde, wereld.vrijwilliger_wedde)
    assert (
        alleen_lezen.post(
            "/financiering/", {"financier": "1", "naam": "X", "soort": "bank"}
        ).status_code
        == 403
    )


def test_actie_afronden_op_de_besprekingspagina(wedde_demo, client_for, wereld):
    b = MdoBespreking.objects.first()
    eigenaar = MdoDeelnemer.objects.filter(overleg=b.overleg).first()
    actie = MdoActie.objects.create(
        bespreking=b, omschrijving="Bellen", eigenaar=eigenaar, uiterlijk=b.overleg.datum.date()
    )
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    assert client.post(f"/mdo/bespreking/{b.pk}/", {"afronden": actie.pk}).status_code == 302
    actie.refresh_from_db()
    assert actie.afgerond_op is not None
    assert client.post(f"/mdo/bespreking/{b.pk}/", {"afronden": 999999}).status_code == 404


@pytest.mark.parametrize("datum", ["0001-01-01T00:00", "9999-12-31T23:59", "1899-12-31T12:00"])
def test_mdo_met_een_onmogelijk_jaar_wordt_geweigerd_en_de_lijst_blijft_werken(
    wedde_db, client_for, wereld, datum
):
    from mdo.models import MdoOverleg

    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.post("/mdo/", {"datum": datum, "locatie": "Dorpshuis"})
    assert response.status_code == 400
    assert "Kies een datum tussen 1900 en 2100." in response.content.decode()
    assert not MdoOverleg.objects.exists()
    assert client.get("/mdo/").status_code == 200
