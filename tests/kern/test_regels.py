"""The domain rules around the Wedde story, one per test, named after the rule."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from kern import services
from kern.matching import kandidaten
from kern.models import Hulpvraag, Match, Signaal, StatusWijziging
from kern.selectors import inwoners_search, mijn_werk
from noaber.errors import ValidatieFout
from tests.kern import factories as f

pytestmark = pytest.mark.django_db
S = Hulpvraag.Status


def test_statussprong_buiten_de_flow_wordt_geweigerd_en_niets_gelogd(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner())
    with pytest.raises(ValidatieFout, match="niet naar"):
        services.hulpvraag_transition(hulpvraag=hv, naar=S.AFGEROND, door=None)
    assert StatusWijziging.objects.filter(hulpvraag=hv).count() == 1
    hv.refresh_from_db()
    assert hv.status == S.NIEUW


def test_inwoner_zonder_toestemming_wordt_niet_vastgelegd(wedde_db):
    with pytest.raises(ValidatieFout, match="toestemming"):
        services.inwoner_create(
            door=None, toestemming_vastleggen=False, voornaam="Geesje", achternaam="W"
        )


def test_geen_klik_zet_hulpvraag_terug_op_nieuw(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner())
    match = services.match_choose(hulpvraag=hv, vrijwilliger=f.vrijwilliger(), door=None)
    services.kennismaking_record(match=match, datum=f.vandaag(), klik=False, door=None)
    hv.refresh_from_db()
    match.refresh_from_db()
    assert hv.status == S.NIEUW and match.status == Match.Status.GEEN_KLIK


def test_vog_vereist_bij_bezoek_blokkeert_vrijwilliger_zonder_geldige_vog(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner(), categorie_slug="bezoek")
    zonder = f.vrijwilliger(voornaam="Zonder", categorieen=["bezoek"], vog_jaren_geleden=4)
    met = f.vrijwilliger(voornaam="Met", categorieen=["bezoek"], vog_jaren_geleden=1)
    lijst = kandidaten(hv)
    assert [k.vrijwilliger for k in lijst] == [met, zonder]
    assert not lijst[1].geschikt
    with pytest.raises(ValidatieFout, match="VOG"):
        services.match_choose(hulpvraag=hv, vrijwilliger=zonder, door=None)


def test_vervoer_vraagt_een_eigen_auto(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner(), categorie_slug="vervoer")
    fietser = f.vrijwilliger(voornaam="Fietser", categorieen=["vervoer"], eigen_auto=False)
    automobilist = f.vrijwilliger(voornaam="Auto", categorieen=["vervoer"], eigen_auto=True)
    lijst = kandidaten(hv)
    assert lijst[0].vrijwilliger == automobilist
    assert not next(k for k in lijst if k.vrijwilliger == fietser).geschikt


def test_vrijwilliger_op_maximum_uren_past_niet(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner())
    vol = f.vrijwilliger(voornaam="Vol", max_uren_per_maand=4)
    services.uren_log(vrijwilliger=vol, datum=f.vandaag(), uren="4", door=None)
    kandidaat = kandidaten(hv)[0]
    assert not kandidaat.geschikt
    assert any("4 van 4 uur" in r.tekst for r in kandidaat.redenen)


def test_eerdere_goede_match_met_deze_inwoner_telt_mee(wedde_db):
    geesje = f.inwoner()
    oud = f.hulpvraag(inwoner=geesje)
    jan = f.vrijwilliger(voornaam="Jan")
    piet = f.vrijwilliger(voornaam="Piet")
    Match.objects.create(hulpvraag=oud, vrijwilliger=piet, beoordeling=5)
    lijst = kandidaten(f.hulpvraag(inwoner=geesje))
    assert lijst[0].vrijwilliger == piet
    assert any(r.soort == "eerder" for r in lijst[0].redenen)
    assert jan in [k.vrijwilliger for k in lijst]


def test_niemand_helpt_zichzelf(wedde_db):
    geesje = f.inwoner()
    f.vrijwilliger(voornaam="Geesje", inwoner=geesje)
    assert kandidaten(f.hulpvraag(inwoner=geesje)) == []


def test_contact_zet_aandachtslijst_datum_vooruit(wedde_db):
    klaas = f.inwoner(voornaam="Klaas")
    aandacht = services.aandacht_add(
        inwoner=klaas,
        reden="Alleen",
        contact_elke_dagen=14,
        volgend_contact=f.vandaag() - timedelta(days=3),
        door=None,
    )
    services.contactmoment_create(inwoner=klaas, soort="telefoon", samenvatting="Gebeld", door=None)
    aandacht.refresh_from_db()
    assert aandacht.volgend_contact == f.vandaag() + timedelta(days=14)


def test_signaal_naar_bestuur_en_terug_met_advies(wedde_db):
    signaal = services.signaal_report(inwoner=f.inwoner(), omschrijving="Zorgen", door=None)
    services.signaal_escalate(signaal=signaal, toelichting="Familie inlichten?", door=None)
    signaal.refresh_from_db()
    assert signaal.status == Signaal.Status.BESTUUR
    services.signaal_advise(signaal=signaal, advies="Eerst met huisarts overleggen", door=None)
    signaal.refresh_from_db()
    assert signaal.status == Signaal.Status.GEZIEN and signaal.bestuur_advies
    services.signaal_handle(
        signaal=signaal, actie="Huisarts gebeld", uitkomst="Loopt", afgehandeld=True, door=None
    )
    signaal.refresh_from_db()
    assert signaal.afgehandeld_op is not None


def test_uren_alleen_op_eigen_hulp(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner())
    jan = f.vrijwilliger(voornaam="Jan")
    piet = f.vrijwilliger(voornaam="Piet")
    match = services.match_choose(hulpvraag=hv, vrijwilliger=jan, door=None)
    with pytest.raises(ValidatieFout, match="niet jouw hulp"):
        services.uren_log(vrijwilliger=piet, match=match, datum=f.vandaag(), uren=1, door=None)
    with pytest.raises(ValidationError, match="toekomst"):
        services.uren_log(
            vrijwilliger=jan, datum=f.vandaag() + timedelta(days=1), uren=1, door=None
        )
    for buiten in (0, Decimal("24.1"), 100000):
        with pytest.raises(ValidationError) as fout:
            services.uren_log(vrijwilliger=jan, datum=f.vandaag(), uren=buiten, door=None)
        assert set(fout.value.message_dict) == {"uren"}
    assert not jan.uren.exists()


def test_aanvullen_van_hulpvraag_toetst_opnieuw_aan_de_twee_uur_regel(wedde_db):
    hv = f.hulpvraag(inwoner=f.inwoner())
    assert not hv.buiten_grenzen
    services.hulpvraag_update(hulpvraag=hv, door=None, geschatte_uren=Decimal("2.5"))
    hv.refresh_from_db()
    assert hv.buiten_grenzen and hv.verwijsadvies


def test_zoeken_op_naam_straat_of_telefoon_in_een_vak(wedde_db):
    geesje = f.inwoner(straat="Hoofdweg 12", telefoon="06-00123456")
    f.inwoner(voornaam="Klaas", achternaam="Ubbens", straat="Kerkstraat 1", telefoon="06-00999888")
    for q in ("Geesje Wedderveld", "wedder", "Hoofdweg", "0600123", "06 00 12 34", "123456"):
        assert inwoners_search(q) == [geesje], q


def test_vrijwilliger_ziet_geen_notities_in_eigen_overzicht(wedde_db, wereld):
    geesje = f.inwoner(notities="Gebruikt bloedverdunners")
    jan = f.vrijwilliger(user=wereld.vrijwilliger_wedde)
    services.match_choose(hulpvraag=f.hulpvraag(inwoner=geesje), vrijwilliger=jan, door=None)
    werk = mijn_werk(user=wereld.vrijwilliger_wedde)
    inwoner = werk.matches[0].hulpvraag.inwoner
    assert "notities" in inwoner.get_deferred_fields()


def test_vrijwilliger_koppelen_aan_inlogaccount(wereld, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    data = {"voornaam": "Bert", "achternaam": "Smit", "max_uren_per_maand": 8, "status": "actief"}
    fout = client.post(
        reverse("kern:vrijwilliger_nieuw"), data | {"account_email": "onbekend@example.org"}
    )
    assert "Er is geen account met dit e-mailadres" in fout.content.decode()
    goed = client.post(
        reverse("kern:vrijwilliger_nieuw"), data | {"account_email": "BERT@wedde.example"}
    )
    assert goed.status_code == 302
    mijn = client_for(wereld.wedde, wereld.vrijwilliger_wedde).get(reverse("kern:mijn"))
    assert mijn.context["werk"].vrijwilliger.voornaam == "Bert"


def test_hulpvraag_verloopt_met_tijdstempels(wedde_db):
    voor = timezone.now()
    hv = f.hulpvraag(inwoner=f.inwoner())
    services.hulpvraag_transition(hulpvraag=hv, naar=S.GEANNULEERD, door=None)
    laatste = StatusWijziging.objects.filter(hulpvraag=hv).last()
    assert laatste.naar == S.GEANNULEERD and laatste.op >= voor
