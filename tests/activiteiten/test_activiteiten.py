"""Samen aan tafel: sign-ups by phone and on the web, rides, attendance and income."""

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

import kern.services
import mdo.services
from activiteiten import selectors, services
from activiteiten.models import Activiteitsoort, Inschrijving
from kern.aggregates import kwartaalcijfers
from kern.models import Urenregistratie
from kern.policy import Recht, mag, uren_vrijwilligers
from noaber.errors import ValidatieFout
from tests.mdo.factories import chauffeur


@pytest.fixture
def samen(wedde_db):
    return services.activiteitsoort_create(
        naam="Samen aan tafel",
        slug="samen-aan-tafel",
        locatie="Eetcafé Veelerveen",
        capaciteit=60,
        prijs_deelnemer=Decimal("1.00"),
        prijs_vriend=Decimal("7.50"),
        herhaling=Activiteitsoort.Herhaling.MAANDELIJKS,
    )


def _vrijdag(weken=2):
    d = timezone.localdate() + timedelta(weeks=weken)
    d += timedelta(days=(4 - d.weekday()) % 7)
    return timezone.make_aware(datetime.combine(d, time(18)))


def test_maandelijkse_reeks_houdt_dezelfde_vrijdag_van_de_maand(samen):
    eerste = timezone.make_aware(datetime(2027, 3, 19, 18))  # third Friday of March
    reeks = services.activiteit_plan(soort=samen, begint_op=eerste, aantal=4)
    data = [timezone.localtime(a.begint_op).date() for a in reeks]
    assert [d.isoformat() for d in data] == ["2027-03-19", "2027-04-16", "2027-05-21", "2027-06-18"]
    assert all(d.weekday() == 4 for d in data)
    assert reeks[0].prijs_deelnemer == Decimal("1.00") and reeks[0].locatie == "Eetcafé Veelerveen"


def test_twaalf_gasten_vier_met_vervoer_twee_chauffeurs_en_inkomsten(
    samen, wereld, django_capture_on_commit_callbacks
):
    (act,) = services.activiteit_plan(soort=samen, begint_op=_vrijdag())
    gasten = []
    for i in range(12):
        gasten.append(
            services.inschrijving_create(
                activiteit=act,
                naam=f"Gast {i}",
                ticket="vriend" if i in (0, 1) else "gratis" if i == 2 else "deelnemer",
                vervoer_nodig=i < 4,
                ophaaladres=f"Hoofdstraat {i}, Wedde" if i < 4 else "",
                door=wereld.coordinator_wedde,
            )
        )
    harm, jantje, zonder_auto = chauffeur("Harm"), chauffeur("Jantje"), chauffeur("Piet")
    zonder_auto.eigen_auto = False
    zonder_auto.save()
    with pytest.raises(ValidatieFout):
        services.ritten_assign(activiteit=act, chauffeurs=[zonder_auto])
    with django_capture_on_commit_callbacks(execute=True):
        ritten = services.ritten_assign(activiteit=act, chauffeurs=[harm, jantje])
    assert sorted(r.passagiers.count() for r in ritten) == [2, 2]
    assert len(mail.outbox) == 2
    assert all(
        r.bericht_verstuurd_op for r in selectors.activiteit_overzicht(activiteit=act).ritten
    )
    brief = next(m for m in mail.outbox if m.to == ["harm@wedde.example"])
    rit_harm = next(r for r in ritten if r.chauffeur == harm)
    for gast in rit_harm.passagiers.all():
        assert gast.ophaaladres in brief.body
    assert "Gast 5" not in brief.body  # a driver sees only their own passengers

    services.aanwezigheid_record(activiteit=act, aanwezig={g.pk for g in gasten[:11]})
    o = selectors.activiteit_overzicht(activiteit=act)
    assert (len(o.inschrijvingen), o.vervoer_nodig, o.zonder_rit, o.aanwezig) == (12, 4, 0, 11)
    # 2 friends × €7.50 + 1 free + 8 participants present × €1 (guest 11 stayed home).
    assert o.inkomsten == Decimal("23.00")
    assert o.inkomsten_verwacht == Decimal("24.00")


def test_niet_meer_aanmeldingen_dan_plaatsen(samen):
    (act,) = services.activiteit_plan(soort=samen, begint_op=_vrijdag(), capaciteit=2)
    services.inschrijving_create(activiteit=act, naam="A")
    services.inschrijving_create(activiteit=act, naam="B")
    with pytest.raises(ValidatieFout, match="Vol"):
        services.inschrijving_create(activiteit=act, naam="C")
    assert Inschrijving.objects.filter(activiteit=act).count() == 2


def test_te_weinig_plaatsen_in_de_autos_verdeelt_niets(samen):
    (act,) = services.activiteit_plan(soort=samen, begint_op=_vrijdag())
    for i in range(4):
        services.inschrijving_create(
            activiteit=act, naam=f"G{i}", vervoer_nodig=True, ophaaladres=f"Weg {i}"
        )
    with pytest.raises(ValidatieFout, match="Te weinig plaatsen"):
        services.ritten_assign(activiteit=act, chauffeurs=[chauffeur()], plaatsen=3)
    assert not Inschrijving.objects.filter(rit__isnull=False).exists()


def test_openbare_aanmelding_zonder_login(samen, client_for, wereld):
    (act,) = services.activiteit_plan(soort=samen, begint_op=_vrijdag())
    client = client_for(wereld.wedde)
    lijst = client.get("/doe-mee/")
    assert lijst.status_code == 200 and "Samen aan tafel" in lijst.content.decode()
    fout = client.post(
        f"/doe-mee/{act.pk}/", {"naam": "Riek", "ticket": "deelnemer", "vervoer_nodig": "on"}
    )
    assert fout.status_code == 400 and "ophaaladres" in fout.content.decode()
    gratis = client.post(f"/doe-mee/{act.pk}/", {"naam": "Riek", "ticket": "gratis"})
    assert gratis.status_code == 400
    ok = client.post(
        f"/doe-mee/{act.pk}/",
        {
            "naam": "Riek Haan",
            "ticket": "vriend",
            "vervoer_nodig": "on",
            "ophaaladres": "Dorpsstraat 1",
        },
    )
    assert ok.status_code == 200 and "aangemeld" in ok.content.decode()
    a = Inschrijving.objects.get(naam="Riek Haan")
    assert (a.kanaal, a.ticket, a.vervoer_nodig) == ("website", "vriend", True)
    # The public page never lists who else is coming.
    assert "Riek Haan" not in client.get("/doe-mee/").content.decode()
    assert client.get(f"/activiteiten/{act.pk}/").status_code == 302  # members only


def test_vrijwilliger_registreert_alleen_eigen_uren(samen, wereld):
    from tenants.models import Lidmaatschap

    (act,) = services.activiteit_plan(soort=samen, begint_op=timezone.now() - timedelta(days=1))
    bert = chauffeur("Bert", user=wereld.vrijwilliger_wedde)
    chauffeur("Grietje")
    lid = Lidmaatschap.objects.get(user=wereld.vrijwilliger_wedde)
    # The hours page offers a volunteer only themselves; the coordinator everyone active.
    assert list(uren_vrijwilligers(lid, wereld.vrijwilliger_wedde)) == [bert]
    kern.services.uren_log(
        vrijwilliger=bert,
        datum=timezone.localdate(),
        uren=Decimal("2.5"),
        activiteit=act,
        door=wereld.vrijwilliger_wedde,
    )
    assert list(Urenregistratie.objects.values_list("vrijwilliger__voornaam", "activiteit")) == [
        ("Bert", act.pk)
    ]


def test_rollen_en_andere_stichting(samen, client_for, wereld):
    (act,) = services.activiteit_plan(soort=samen, begint_op=_vrijdag())
    assert client_for(wereld.wedde, wereld.vrijwilliger_wedde).get("/mdo/").status_code == 403
    assert client_for(wereld.wedde, wereld.bestuur_wedde).get("/mdo/").status_code == 403
    assert (
        client_for(wereld.wedde, wereld.vrijwilliger_wedde)
        .get(f"/activiteiten/{act.pk}/")
        .status_code
        == 200
    )
    assert (
        client_for(wereld.wedde, wereld.vrijwilliger_wedde)
        .post(f"/activiteiten/{act.pk}/aanmelden/", {"naam": "x", "ticket": "gratis"})
        .status_code
        == 403
    )
    assert (
        client_for(wereld.ulrum, wereld.coordinator_wedde).get("/activiteiten/").status_code == 403
    )
    assert not mag(None, Recht.MDO)


def test_aggregaten_tellen_activiteiten_en_mdos_per_kwartaal(samen):
    begin = timezone.make_aware(datetime(2027, 2, 19, 18))
    services.activiteit_plan(soort=samen, begint_op=begin, aantal=3)  # Feb, Mar, Apr
    mdo.services.mdo_create(datum=timezone.make_aware(datetime(2027, 1, 12, 12)))
    cijfers = {k.kwartaal.isoformat(): k for k in kwartaalcijfers()}
    assert cijfers["2027-01-01"].activiteiten == 2 and cijfers["2027-04-01"].activiteiten == 1
    assert cijfers["2027-01-01"].mdo_overleggen == 1
