"""The monthly MDO of Wedde with the GP and the Wmo-consulent, who have no account."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kern.models import Aandachtslijst, Contactmoment, Signaal, Toestemming
from mdo import selectors, services
from mdo.models import MdoBespreking, MdoDeelnemer
from noaber.errors import ValidatieFout
from tests.mdo.factories import inwoner


@pytest.fixture
def mdo(wedde_db, wereld):
    overleg = services.mdo_create(
        datum=timezone.now() + timedelta(days=2),
        locatie="Huisartsenpraktijk Wedde",
        door=wereld.coordinator_wedde,
    )
    huisarts = services.mdo_deelnemer_add(
        overleg=overleg, naam="Dr. Jan Huizinga", organisatie="Praktijk Wedde", rol="huisarts"
    )
    wmo = services.mdo_deelnemer_add(
        overleg=overleg, naam="Petra Mulder", organisatie="Gemeente Westerwolde", rol="wmo"
    )
    return overleg, huisarts, wmo


def test_mdo_besluiten_landen_op_tijdlijn_en_acties_hebben_eigenaar(mdo, wereld):
    overleg, huisarts, wmo = mdo
    assert huisarts.is_extern and wmo.is_extern and huisarts.user_id is None
    grietje = inwoner("Grietje", "Boelens")
    klaas = inwoner("Klaas", "Dijkstra")
    b1 = services.mdo_bespreking_create(overleg=overleg, inwoner=grietje, aanleiding="aandacht")
    b2 = services.mdo_bespreking_create(overleg=overleg, inwoner=klaas, aanleiding="signaal")
    services.mdo_bespreking_update(
        bespreking=b1, regiehouder=huisarts, bespreking_tekst="Valt vaak, eet slecht."
    )
    services.mdo_bespreking_update(bespreking=b2, regiehouder=wmo, bespreking_tekst="Schulden.")
    services.mdo_besluit_add(
        bespreking=b1, tekst="Maaltijdservice aanvragen", door=wereld.coordinator_wedde
    )
    services.mdo_besluit_add(
        bespreking=b2, tekst="Schuldhulp inschakelen", door=wereld.coordinator_wedde
    )
    uiterlijk = (overleg.datum + timedelta(days=14)).date()
    a1 = services.mdo_actie_add(
        bespreking=b1, omschrijving="Wmo-aanvraag indienen", eigenaar=wmo, uiterlijk=uiterlijk
    )
    a2 = services.mdo_actie_add(
        bespreking=b2, omschrijving="Huisbezoek", eigenaar=huisarts, uiterlijk=uiterlijk
    )

    tijdlijn = list(Contactmoment.objects.filter(inwoner=grietje))
    assert [c.soort for c in tijdlijn] == [Contactmoment.Soort.MDO]
    assert "Maaltijdservice aanvragen" in tijdlijn[0].samenvatting
    assert "Dr. Jan Huizinga" in tijdlijn[0].samenvatting
    assert Contactmoment.objects.get(inwoner=klaas).samenvatting.startswith("MDO-besluit")
    assert (a1.eigenaar.naam, a1.eigenaar.organisatie) == ("Petra Mulder", "Gemeente Westerwolde")
    assert a2.eigenaar == huisarts and a2.uiterlijk == uiterlijk


def test_inwoner_zonder_mdo_toestemming_kan_niet_op_de_agenda(mdo):
    overleg, *_ = mdo
    zonder = inwoner("Roelf", "Bakker", mdo=None)
    nee = inwoner("Aaltje", "Veenstra", mdo=False)
    for i in (zonder, nee):
        with pytest.raises(ValidatieFout) as fout:
            services.mdo_bespreking_create(overleg=overleg, inwoner=i, aanleiding="ingebracht")
        assert "toestemming" in str(fout.value)
    assert not MdoBespreking.objects.filter(overleg=overleg).exists()


def test_ingetrokken_toestemming_wint_van_eerdere_toestemming(mdo):
    overleg, *_ = mdo
    jan = inwoner("Jan", "Hofstede")
    Toestemming.objects.create(
        inwoner=jan,
        onderwerp=Toestemming.Onderwerp.MDO,
        gegeven=False,
        datum=timezone.localdate() + timedelta(days=1),
    )
    with pytest.raises(ValidatieFout):
        services.mdo_bespreking_create(overleg=overleg, inwoner=jan, aanleiding="ingebracht")


def test_actie_eigenaar_moet_aan_het_mdo_deelnemen(mdo, wereld):
    overleg, huisarts, _wmo = mdo
    ander = services.mdo_create(datum=timezone.now(), door=None)
    vreemde = services.mdo_deelnemer_add(overleg=ander, naam="Iemand", rol="anders")
    b = services.mdo_bespreking_create(overleg=overleg, inwoner=inwoner(), aanleiding="signaal")
    with pytest.raises(ValidatieFout):
        services.mdo_actie_add(
            bespreking=b, omschrijving="x", eigenaar=vreemde, uiterlijk=overleg.datum.date()
        )


def test_suggesties_noemen_aandacht_signaal_en_vastgelopen_hulpvraag(mdo, wereld):
    from kern.models import Hulpvraag

    overleg, *_ = mdo
    te_laat = inwoner("Trijntje", "Kuipers")
    Aandachtslijst.objects.create(
        inwoner=te_laat, reden="alleen", volgend_contact=timezone.localdate() - timedelta(days=3)
    )
    signaal = inwoner("Hendrik", "Post", mdo=None)
    Signaal.objects.create(inwoner=signaal, omschrijving="Post stapelt zich op")
    vast = inwoner("Fenna", "de Vries")
    h = Hulpvraag.objects.create(inwoner=vast, kanaal="telefoon", omschrijving="Formulieren")
    Hulpvraag.objects.filter(pk=h.pk).update(aangemaakt_op=timezone.now() - timedelta(days=40))
    inwoner("Gezond", "Mens")

    suggesties = {s.inwoner.pk: s for s in selectors.mdo_suggesties(overleg=overleg)}
    assert suggesties.keys() == {te_laat.pk, signaal.pk, vast.pk}
    assert suggesties[te_laat.pk].aanleiding == "aandacht"
    assert suggesties[signaal.pk].aanleiding == "signaal" and not suggesties[signaal.pk].toestemming
    assert suggesties[vast.pk].aanleiding == "vastgelopen" and suggesties[vast.pk].toestemming


def test_agenda_voor_deelnemers_toont_geen_notities_of_telefoon(mdo):
    overleg, huisarts, _ = mdo
    g = inwoner("Grietje", "Boelens")
    b = services.mdo_bespreking_create(overleg=overleg, inwoner=g, aanleiding="aandacht")
    services.mdo_bespreking_update(bespreking=b, regiehouder=huisarts, bespreking_tekst="")
    # Consent withdrawn after the agenda was made: the resident drops off the print.
    punten = selectors.mdo_agenda_voor_deelnemers(
        overleg=selectors.mdo_overleg_detail(pk=overleg.pk)
    )
    assert [p.naam for p in punten] == ["Grietje Boelens"]
    velden = repr(punten)
    assert "hartfalen" not in velden and "06-00123456" not in velden
    Toestemming.objects.create(
        inwoner=g, onderwerp="mdo", gegeven=False, datum=timezone.localdate() + timedelta(days=1)
    )
    overleg = selectors.mdo_overleg_detail(pk=overleg.pk)
    assert selectors.mdo_agenda_voor_deelnemers(overleg=overleg) == []
    assert MdoDeelnemer.objects.filter(overleg=overleg).count() == 3
