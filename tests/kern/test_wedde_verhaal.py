"""The Wedde story end to end, in the domain (services), as the report tells it.

A neighbour phones the dorpsondersteuner about Geesje, who can no longer keep
her garden; Geesje agrees to be recorded; a volunteer is matched with reasons
shown; the intro visit clicks; the agreement is signed by both; the help is
given; calling back both is generated; when both are called the request closes.
"""

from decimal import Decimal

import pytest

from kern import services
from kern.matching import kandidaten
from kern.models import Hulpvraag, Match, StatusWijziging, Taak, Toestemming
from tests.kern import factories as f

pytestmark = pytest.mark.django_db

S = Hulpvraag.Status


def test_buurman_belt_en_hulpvraag_loopt_van_nieuw_tot_afgerond(wedde_db, wereld):
    anne = wereld.coordinator_wedde
    geesje = f.inwoner(door=anne)
    assert geesje.toestemmingen.get().onderwerp == Toestemming.Onderwerp.VASTLEGGEN

    jan = f.vrijwilliger(voornaam="Jan", achternaam="Boelens", categorieen=["klusjes"])
    f.vrijwilliger(voornaam="Roelf", achternaam="Veldman", categorieen=["vervoer"], eigen_auto=True)
    f.vrijwilliger(
        voornaam="Trijn", achternaam="Hazeveld", categorieen=["klusjes"], dorpen=["Vriescheloo"]
    )

    hulpvraag = services.hulpvraag_create(
        door=anne,
        inwoner=geesje,
        aanvrager=Hulpvraag.Aanvrager.BUREN,
        aanvrager_naam="buurman Harm",
        kanaal=Hulpvraag.Kanaal.TELEFOON,
        categorie=f.categorie("klusjes"),
        omschrijving="Geesje kan de tuin niet meer bijhouden; de heg moet gesnoeid.",
        geschatte_uren=Decimal("1.5"),
    )
    assert hulpvraag.status == S.NIEUW and not hulpvraag.buiten_grenzen

    ranglijst = kandidaten(hulpvraag)
    assert ranglijst[0].vrijwilliger == jan
    redenen = {r.soort for r in ranglijst[0].redenen if r.positief}
    assert {"categorie", "dorp", "belasting"} <= redenen
    assert any("Wedde" in r.tekst for r in ranglijst[0].redenen)
    assert ranglijst[-1].vrijwilliger.voornaam == "Roelf"  # does not do klusjes

    match = services.match_choose(hulpvraag=hulpvraag, vrijwilliger=jan, door=anne)
    assert match.redenen and match.redenen[0]["soort"] == "categorie"
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.KENNISMAKING

    services.kennismaking_record(match=match, datum=f.vandaag(), klik=True, door=anne)
    match.refresh_from_db()
    assert match.status == Match.Status.ACTIEF

    dossier = services.afsprakendossier_create(
        match=match,
        wel="Heg snoeien en gras maaien",
        niet="Geen boodschappen, geen persoonlijke verzorging",
        frequentie="eens per twee weken",
        startdatum=f.vandaag(),
        door=anne,
    )
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.AFSPRAAK
    with pytest.raises(services.ValidatieFout):  # not before both have signed
        services.hulpvraag_transition(hulpvraag=hulpvraag, naar=S.LOPEND, door=anne)
    services.afsprakendossier_sign(dossier=dossier, partij="inwoner", door=anne)
    services.afsprakendossier_sign(dossier=dossier, partij="vrijwilliger", door=anne)
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.LOPEND

    services.uren_log(vrijwilliger=jan, match=match, datum=f.vandaag(), uren="1.5", door=anne)
    services.hulp_finish(hulpvraag=hulpvraag, door=anne)
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.NABELLEN
    taken = {t.soort: t for t in Taak.objects.filter(hulpvraag=hulpvraag)}
    assert set(taken) == {Taak.Soort.NABELLEN_INWONER, Taak.Soort.NABELLEN_VRIJWILLIGER}
    assert taken[Taak.Soort.NABELLEN_INWONER].inwoner == geesje
    assert taken[Taak.Soort.NABELLEN_VRIJWILLIGER].vrijwilliger == jan

    services.taak_complete(
        taak=taken[Taak.Soort.NABELLEN_INWONER], uitkomst="Tevreden", beoordeling=5, door=anne
    )
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.NABELLEN  # one call-back still open
    services.taak_complete(
        taak=taken[Taak.Soort.NABELLEN_VRIJWILLIGER], uitkomst="Ging goed", door=anne
    )
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.AFGEROND
    assert hulpvraag.afgesloten_op is not None

    stappen = list(StatusWijziging.objects.filter(hulpvraag=hulpvraag).values_list("naar", "door"))
    assert [naar for naar, _door in stappen] == [
        S.NIEUW,
        S.KENNISMAKING,
        S.AFSPRAAK,
        S.LOPEND,
        S.NABELLEN,
        S.AFGEROND,
    ]
    assert all(door == anne.pk for _naar, door in stappen)
    assert geesje.contactmomenten.filter(soort="nabellen").count() == 1


def test_hulpvraag_over_twee_uur_krijgt_verwijzingsadvies(wedde_db, wereld):
    geesje = f.inwoner()
    hulpvraag = f.hulpvraag(inwoner=geesje, geschatte_uren=Decimal("3"))
    assert hulpvraag.buiten_grenzen
    assert "2 uur" in hulpvraag.verwijsadvies
    assert "verwijzing" in hulpvraag.verwijsadvies


def test_hulpvraag_van_precies_twee_uur_blijft_binnen_de_grens(wedde_db):
    hulpvraag = f.hulpvraag(inwoner=f.inwoner(), geschatte_uren=Decimal("2"))
    assert not hulpvraag.buiten_grenzen and hulpvraag.verwijsadvies == ""


def test_professionele_zorg_krijgt_verwijzingsadvies_en_wordt_doorverwezen(wedde_db, wereld):
    geesje = f.inwoner()
    hulpvraag = f.hulpvraag(inwoner=geesje, categorie_slug="aandacht", professionele_zorg=True)
    assert hulpvraag.buiten_grenzen and "huisarts" in hulpvraag.verwijsadvies
    verwijzing = services.verwijzing_create(
        inwoner=geesje,
        hulpvraag=hulpvraag,
        partner="Wmo-consulent Westerwolde",
        reden="Persoonlijke verzorging",
        door=wereld.coordinator_wedde,
    )
    hulpvraag.refresh_from_db()
    assert hulpvraag.status == S.DOORVERWEZEN
    services.verwijzing_answer(verwijzing=verwijzing, antwoord="Thuiszorg start maandag", door=None)
    verwijzing.refresh_from_db()
    assert verwijzing.antwoord_op is not None
