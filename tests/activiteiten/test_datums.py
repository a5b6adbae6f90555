"""Date rules of activities and reports on chosen days: five-Friday months, leap days, the
DST changes, the year end, and "already past" to the minute. The clock is frozen."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

import rapportage.selectors
from activiteiten import selectors, services
from activiteiten.models import Activiteitsoort
from noaber.errors import ValidatieFout

AMS = ZoneInfo("Europe/Amsterdam")


def om(*args) -> datetime:
    return datetime(*args, tzinfo=AMS)


def _soort(herhaling: str) -> Activiteitsoort:
    return services.activiteitsoort_create(
        naam=f"Samen aan tafel {herhaling}",
        slug=f"samen-{herhaling}",
        locatie="Eetcafé Veelerveen",
        capaciteit=60,
        prijs_deelnemer=Decimal("1.00"),
        prijs_vriend=Decimal("7.50"),
        herhaling=herhaling,
    )


def _lokaal(reeks) -> list[str]:
    return [timezone.localtime(a.begint_op).strftime("%Y-%m-%d %H:%M") for a in reeks]


def test_derde_vrijdag_blijft_derde_vrijdag_ook_na_een_maand_met_vijf_vrijdagen(wedde_db):
    # January 2027 has five Fridays (1, 8, 15, 22, 29).
    reeks = services.activiteit_plan(
        soort=_soort(Activiteitsoort.Herhaling.MAANDELIJKS), begint_op=om(2027, 1, 15, 18), aantal=3
    )
    assert _lokaal(reeks) == ["2027-01-15 18:00", "2027-02-19 18:00", "2027-03-19 18:00"]


def test_vijfde_vrijdag_wordt_de_laatste_vrijdag_van_een_kortere_maand(wedde_db):
    reeks = services.activiteit_plan(
        soort=_soort(Activiteitsoort.Herhaling.MAANDELIJKS), begint_op=om(2027, 1, 29, 18), aantal=2
    )
    assert _lokaal(reeks) == ["2027-01-29 18:00", "2027-02-26 18:00"]


def test_maandreeks_over_de_jaarwisseling(wedde_db):
    reeks = services.activiteit_plan(
        soort=_soort(Activiteitsoort.Herhaling.MAANDELIJKS),
        begint_op=om(2026, 12, 18, 18),
        aantal=2,
    )
    assert _lokaal(reeks) == ["2026-12-18 18:00", "2027-01-15 18:00"]


@pytest.mark.parametrize(
    ("herhaling", "eerste", "verwacht"),
    [
        # The clocks go forward on 28 March 2027 and back on 25 October 2026: 18:00 stays 18:00.
        (Activiteitsoort.Herhaling.WEKELIJKS, om(2027, 3, 26, 18), "2027-04-02 18:00"),
        (Activiteitsoort.Herhaling.WEKELIJKS, om(2026, 10, 23, 18), "2026-10-30 18:00"),
        (Activiteitsoort.Herhaling.MAANDELIJKS, om(2027, 3, 19, 18), "2027-04-16 18:00"),
        (Activiteitsoort.Herhaling.MAANDELIJKS, om(2026, 10, 16, 18), "2026-11-20 18:00"),
    ],
)
@pytest.mark.parametrize("als", ["wedde", "utc"], ids=["in-wedde-tijd", "in-utc"])
def test_reeks_houdt_de_klok_van_wedde_over_de_zomertijdwissel(
    wedde_db, herhaling, eerste, verwacht, als
):
    # A start read back from the database or the API arrives in UTC; the series still
    # follows the wall clock in Wedde.
    begint_op = eerste.astimezone(UTC) if als == "utc" else eerste
    reeks = services.activiteit_plan(soort=_soort(herhaling), begint_op=begint_op, aantal=2)
    assert _lokaal(reeks)[1] == verwacht


def test_jaarlijkse_reeks_vanaf_een_schrikkeldag(wedde_db):
    reeks = services.activiteit_plan(
        soort=_soort(Activiteitsoort.Herhaling.JAARLIJKS), begint_op=om(2028, 2, 29, 10), aantal=2
    )
    assert _lokaal(reeks) == ["2028-02-29 10:00", "2029-02-28 10:00"]


def test_aanmelden_op_de_website_kan_tot_het_begin_en_daarna_niet(wedde_db):
    soort = _soort(Activiteitsoort.Herhaling.MAANDELIJKS)
    with time_machine.travel(om(2026, 12, 1, 9), tick=False):
        (act,) = services.activiteit_plan(soort=soort, begint_op=om(2026, 12, 18, 18))
    with time_machine.travel(om(2026, 12, 18, 17, 59), tick=False):
        services.inschrijving_create(activiteit=act, naam="Aaltje Bos", kanaal="website")
    with (
        time_machine.travel(om(2026, 12, 18, 18, 1), tick=False),
        pytest.raises(ValidatieFout, match="al geweest"),
    ):
        services.inschrijving_create(activiteit=act, naam="Berend Kuiper", kanaal="website")


def test_binnenkort_begint_vandaag_in_wedde_en_staat_op_datum(wedde_db):
    soort = _soort(Activiteitsoort.Herhaling.MAANDELIJKS)
    # Planned out of date order, so the page cannot lean on the order of the rows.
    for moment in [om(2027, 2, 19, 18), om(2026, 12, 31, 23, 30), om(2027, 1, 15, 18)]:
        services.activiteit_plan(soort=soort, begint_op=moment)
    services.activiteit_plan(soort=soort, begint_op=om(2026, 12, 30, 18))
    with time_machine.travel(om(2026, 12, 31, 8), tick=False):
        komend = selectors.activiteiten_lijst(vanaf=timezone.localdate())
    assert _lokaal(komend) == ["2026-12-31 23:30", "2027-01-15 18:00", "2027-02-19 18:00"]


@pytest.mark.parametrize(
    ("moment", "kwartaal"),
    [
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), (2027, 1)),  # New Year in Wedde already
        (om(2026, 12, 31, 23, 59), (2026, 4)),
        (om(2028, 2, 29, 12), (2028, 1)),
        (om(2027, 3, 31, 23, 30), (2027, 1)),
        (date(2027, 4, 1), (2027, 2)),
    ],
)
def test_kwartaal_van_een_moment_in_de_tijd_van_wedde(moment, kwartaal):
    assert rapportage.selectors._kwartaal_van(moment) == kwartaal


@pytest.mark.parametrize(
    ("vandaag", "verwacht"),
    [
        (date(2026, 11, 23), ["2026-12-18", "2027-01-15", "2027-02-19"]),
        (date(2026, 12, 1), ["2026-12-18", "2027-01-15", "2027-02-19"]),
        (date(2026, 12, 18), ["2027-01-15", "2027-02-19", "2027-03-19"]),  # the day itself
        (date(2026, 12, 31), ["2027-01-15", "2027-02-19", "2027-03-19"]),
        (date(2028, 2, 29), ["2028-03-17", "2028-04-21", "2028-05-19"]),
    ],
)
def test_demo_plant_altijd_de_volgende_drie_derde_vrijdagen(vandaag, verwacht):
    from rapportage.demo import komende_derde_vrijdagen

    dagen = komende_derde_vrijdagen(vandaag)
    assert [d.isoformat() for d in dagen] == verwacht
    assert all(d.weekday() == 4 and 15 <= d.day <= 21 for d in dagen)
