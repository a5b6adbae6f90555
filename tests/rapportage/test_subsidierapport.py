"""A funder report never shows a name or a count below five, whatever the data."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rapportage.exports
import rapportage.selectors
from activiteiten.models import Activiteit, Activiteitsoort, Inschrijving
from kern.models import Categorie, Hulpvraag, Inwoner, Urenregistratie, Vrijwilliger
from noaber.privacy import KLEIN
from rapportage.models import Financier, Subsidie
from rapportage.tabellen import VERBORGEN

BEGIN = date(2019, 1, 1)
naam = st.from_regex(r"Xq[a-z]{5,9}", fullmatch=True)
dag = st.integers(min_value=-30, max_value=500)  # some before, some after the grant


def _moment(d: int) -> datetime:
    return timezone.make_aware(datetime.combine(BEGIN + timedelta(days=d), time(10)))


gegevens = st.fixed_dictionaries(
    {
        "inwoners": st.lists(naam, min_size=1, max_size=8, unique=True),
        "hulpvragen": st.lists(
            st.tuples(dag, st.integers(0, 7), st.sampled_from(["inwoner", "huisarts", "wmo"])),
            max_size=60,
        ),
        "vrijwilligers": st.lists(naam, min_size=1, max_size=7, unique=True),
        "uren": st.lists(st.tuples(dag, st.integers(0, 6), st.integers(1, 4)), max_size=30),
        "gasten": st.lists(st.tuples(naam, st.integers(0, 2), st.booleans()), max_size=25),
        "alleen_categorieen": st.lists(st.integers(0, 7), max_size=3, unique=True),
        "alleen_activiteit": st.booleans(),
        "einde_dagen": st.integers(min_value=0, max_value=450),
    }
)


def _vul(d) -> tuple[Subsidie, list[str]]:
    cats = list(Categorie.objects.order_by("volgorde"))
    inwoners = [Inwoner.objects.create(voornaam=n, achternaam=n[::-1]) for n in d["inwoners"]]
    for i, (dagnr, cat, aanvrager) in enumerate(d["hulpvragen"]):
        h = Hulpvraag.objects.create(
            inwoner=inwoners[i % len(inwoners)],
            kanaal="telefoon",
            categorie=cats[cat % len(cats)],
            aanvrager=aanvrager,
            aanvrager_naam=d["inwoners"][0],
            omschrijving=f"Hulp voor {d['inwoners'][i % len(inwoners)]}",
        )
        Hulpvraag.objects.filter(pk=h.pk).update(aangemaakt_op=_moment(dagnr))
    vrijwilligers = [
        Vrijwilliger.objects.create(voornaam=n, achternaam="Xqvan" + n) for n in d["vrijwilligers"]
    ]
    soort = Activiteitsoort.objects.create(naam="Samen aan tafel", slug="sat-test")
    acts = [
        Activiteit.objects.create(
            soort=soort,
            titel="Samen aan tafel",
            begint_op=_moment(k * 40),
            locatie="Dorpshuis",
            capaciteit=60,
            prijs_deelnemer=Decimal("1"),
            prijs_vriend=Decimal("7.5"),
        )
        for k in range(3)
    ]
    for gast, k, aanwezig in d["gasten"]:
        Inschrijving.objects.create(activiteit=acts[k], naam=gast, aanwezig=aanwezig)
    for dagnr, v, u in d["uren"]:
        Urenregistratie.objects.create(
            vrijwilliger=vrijwilligers[v % len(vrijwilligers)],
            activiteit=acts[0],
            datum=BEGIN + timedelta(days=dagnr),
            uren=Decimal(u),
        )
    sub = Subsidie.objects.create(
        financier=Financier.objects.create(naam="Xqfonds", soort="fonds"),
        naam="Verantwoording",
        bedrag=Decimal("5000"),
        begin=BEGIN,
        einde=BEGIN + timedelta(days=d["einde_dagen"]),
    )
    sub.categorieen.set([cats[i] for i in d["alleen_categorieen"]])
    if d["alleen_activiteit"]:
        sub.activiteitsoorten.set([soort])
    namen = [*d["inwoners"], *d["vrijwilligers"], *(g[0] for g in d["gasten"])]
    return sub, namen


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(d=gegevens)
def test_subsidierapport_toont_nooit_een_naam_of_aantal_onder_vijf(wedde_db, d):
    with transaction.atomic():
        sub, namen = _vul(d)
        rapport = rapportage.selectors.subsidierapport(subsidie=sub)
        teksten = [
            rapportage.exports.to_csv([rapport]).decode("utf-8"),
            *(render_to_string("rapportage/_tabel.html", {"tabel": t}) for t in rapport.tabellen),
            rapport.titel,
            rapport.ondertitel,
        ]
        for tekst in teksten:
            for n in namen:
                assert n not in tekst
        assert rapport.tabellen, "a report always has tables"
        for tabel in rapport.tabellen:
            for rij in tabel.rijen:
                for w in rij.waarden:
                    if rij.telling:
                        assert w in (KLEIN, VERBORGEN) or (isinstance(w, int) and w >= 5), (
                            tabel.titel,
                            rij.label,
                            w,
                        )
                # A visible row total never gives a single hidden cell away.
                verborgen = [w for w in rij.waarden[:-1] if w in (KLEIN, VERBORGEN)]
                if rij.telling and rij.waarden[-1] not in (KLEIN, VERBORGEN):
                    assert len(verborgen) != 1
        transaction.set_rollback(True)
