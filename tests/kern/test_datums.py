"""Date rules of the case work, on chosen days: year ends, leap days and the DST changes.

The clock is frozen with time-machine (never today's date), so each rule is checked on the
day where it is most likely to go wrong: just after midnight in Amsterdam, when UTC still
says yesterday.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from kern import services
from kern.matching import kandidaten, vog_geldig_tot
from kern.models import Hulpvraag, Taak, Vrijwilliger
from kern.selectors import dashboard_for, kwartaal_cijfers, kwartaal_start, mijn_werk
from tests.kern import factories as f

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")


def om(*args) -> datetime:
    """A moment on the wall clock in Wedde."""
    return datetime(*args, tzinfo=AMS)


def _naar_nabellen(hulpvraag: Hulpvraag, vrijwilliger: Vrijwilliger, door) -> None:
    match = services.match_choose(hulpvraag=hulpvraag, vrijwilliger=vrijwilliger, door=door)
    vandaag = f.vandaag()
    services.kennismaking_record(match=match, datum=vandaag, klik=True, door=door)
    dossier = services.afsprakendossier_create(
        match=match,
        wel="Heg snoeien",
        niet="Geen boodschappen",
        frequentie="eenmalig",
        startdatum=vandaag,
        door=door,
    )
    services.afsprakendossier_sign(dossier=dossier, partij="inwoner", door=door)
    services.afsprakendossier_sign(dossier=dossier, partij="vrijwilliger", door=door)
    services.hulp_finish(hulpvraag=hulpvraag, door=door)


@pytest.mark.parametrize(
    ("dag", "begin"),
    [
        (date(2026, 12, 31), date(2026, 10, 1)),
        (date(2027, 1, 1), date(2027, 1, 1)),
        (date(2028, 2, 29), date(2028, 1, 1)),
        (date(2027, 3, 31), date(2027, 1, 1)),
        (date(2027, 4, 1), date(2027, 4, 1)),
    ],
)
def test_kwartaal_begint_op_de_eerste_van_januari_april_juli_oktober(dag, begin):
    assert kwartaal_start(dag) == begin


def test_hulpvraag_van_oudejaarsavond_telt_in_het_oude_kwartaal_en_niet_in_het_nieuwe(wedde_db):
    with time_machine.travel(om(2026, 12, 31, 23, 30), tick=False):
        f.hulpvraag(inwoner=f.inwoner())
        assert kwartaal_cijfers().hulpvragen == 1
    # 00:30 in Wedde on New Year's Day is still 31 December in UTC.
    with time_machine.travel(om(2027, 1, 1, 0, 30), tick=False):
        assert kwartaal_cijfers().start == date(2027, 1, 1)
        assert kwartaal_cijfers().hulpvragen == 0
        f.hulpvraag(inwoner=f.inwoner(voornaam="Harm"))
        assert kwartaal_cijfers().hulpvragen == 1


@pytest.mark.parametrize(
    ("moment", "verwacht"),
    [
        (om(2027, 1, 1, 0, 30), date(2027, 1, 4)),  # New Year, UTC still says 31 December
        (om(2026, 12, 31, 16, 0), date(2027, 1, 3)),  # over the year end
        (om(2028, 2, 27, 9, 0), date(2028, 3, 1)),  # over a leap day
        (om(2027, 2, 27, 9, 0), date(2027, 3, 2)),  # no leap day
        (om(2027, 3, 28, 3, 30), date(2027, 3, 31)),  # the night the clocks go forward
        (om(2026, 10, 25, 2, 30), date(2026, 10, 28)),  # the night the clocks go back
    ],
)
def test_nabellen_drie_dagen_na_de_hulp_in_de_tijd_van_wedde(wedde_db, moment, verwacht):
    anne = None
    with time_machine.travel(moment, tick=False):
        geesje = f.inwoner()
        jan = f.vrijwilliger()
        hv = f.hulpvraag(inwoner=geesje)
        _naar_nabellen(hv, jan, anne)
        taken = Taak.objects.filter(hulpvraag=hv)
        assert {t.vervaldatum for t in taken} == {verwacht}
        assert taken.count() == 2


def test_aandachtslijst_na_een_schrikkeldag_en_pas_te_laat_op_de_dag_zelf(wedde_db):
    lid = None  # the coordinator's view of the dashboard
    with time_machine.travel(om(2028, 2, 28, 10, 0), tick=False):
        geesje = f.inwoner()
        aandacht = services.aandacht_add(
            inwoner=geesje, reden="Woont alleen sinds de winter", contact_elke_dagen=1, door=None
        )
        assert aandacht.volgend_contact == date(2028, 2, 29)
        assert dashboard_for(lidmaatschap=lid).aandacht_te_laat == []
    with time_machine.travel(om(2028, 2, 29, 0, 15), tick=False):
        assert [a.pk for a in dashboard_for(lidmaatschap=lid).aandacht_te_laat] == [aandacht.pk]
        services.contactmoment_create(
            inwoner=geesje, soort="bezoek", samenvatting="Even langs geweest", door=None
        )
        aandacht.refresh_from_db()
        assert aandacht.volgend_contact == date(2028, 3, 1)
        assert dashboard_for(lidmaatschap=lid).aandacht_te_laat == []


@pytest.mark.parametrize(
    ("vog", "jaren", "tot"),
    [
        (date(2024, 2, 29), 3, date(2027, 2, 28)),  # a leap-day VOG ends on 28 February
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2023, 12, 31), 3, date(2026, 12, 31)),
        (date(2024, 1, 1), 3, date(2027, 1, 1)),
    ],
)
def test_vog_geldig_tot(vog, jaren, tot):
    assert vog_geldig_tot(Vrijwilliger(vog_datum=vog), jaren) == tot


def test_vog_is_op_oudejaarsdag_nog_geldig_en_op_nieuwjaarsdag_niet(wedde_db):
    with time_machine.travel(om(2026, 12, 31, 12, 0), tick=False):
        geesje = f.inwoner()
        roelf = f.vrijwilliger(voornaam="Roelf", categorieen=("vervoer",), vog_jaren_geleden=None)
        roelf.vog_datum = date(2023, 12, 31)
        roelf.save(update_fields=["vog_datum"])
        hv = f.hulpvraag(inwoner=geesje, categorie_slug="vervoer")
    for moment, geldig in [(om(2026, 12, 31, 23, 59), True), (om(2027, 1, 1, 0, 1), False)]:
        with time_machine.travel(moment, tick=False):
            (kandidaat,) = [k for k in kandidaten(hv) if k.vrijwilliger == roelf]
            teksten = " ".join(str(r.tekst) for r in kandidaat.redenen)
            if geldig:
                assert "VOG verloopt op 31-12-2026" in teksten
            else:
                assert "Geen geldige VOG" in teksten


def test_uren_deze_maand_wisselen_om_middernacht_in_wedde(wedde_db, wereld):
    with time_machine.travel(om(2027, 1, 31, 23, 30), tick=False):
        geesje = f.inwoner()
        bert = f.vrijwilliger(voornaam="Bert", user=wereld.vrijwilliger_wedde)
        hv = f.hulpvraag(inwoner=geesje)
        match = services.match_choose(hulpvraag=hv, vrijwilliger=bert, door=None)
        services.kennismaking_record(match=match, datum=f.vandaag(), klik=True, door=None)
        services.uren_log(vrijwilliger=bert, match=match, datum=f.vandaag(), uren="2", door=None)
        assert mijn_werk(user=wereld.vrijwilliger_wedde).uren_deze_maand == Decimal("2")
    with time_machine.travel(om(2027, 2, 1, 0, 30), tick=False):  # UTC: still 31 January
        assert mijn_werk(user=wereld.vrijwilliger_wedde).uren_deze_maand == Decimal("0")
