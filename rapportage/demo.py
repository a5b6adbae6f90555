"""Demo data for the MDO, activities, grants and the quarterly overview.

Call inside the tenant's schema. Idempotent: it does nothing once "Samen aan tafel" exists.
Wedde gets the report's history: 65 help requests in 2015, 225 in 2017 and 400 in 2018
(2016 is not in the report; we put it in between at 145).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from activiteiten.models import Activiteit, Activiteitsoort, Inschrijving, Ticket
from kern.models import Categorie, Hulpvraag, Inwoner, Toestemming, Urenregistratie, Vrijwilliger
from mdo.models import MdoBespreking, MdoDeelnemer, MdoOverleg
from rapportage.models import Financier, Subsidie

WEDDE_HISTORIE = {2015: 65, 2016: 145, 2017: 225, 2018: 400}
# Share of requests residents brought themselves ("nu driekwart rechtstreeks").
ZELF = {2015: 0.4, 2016: 0.5, 2017: 0.65, 2018: 0.75}
CATEGORIE_GEWICHT = {
    "vervoer": 30,
    "formulieren": 22,
    "klusjes": 18,
    "bezoek": 10,
    "aandacht": 8,
    "respijtzorg": 4,
    "taal": 4,
    "overig": 4,
}


def _moment(jaar: int, rng: random.Random) -> datetime:
    dag = date(jaar, 1, 1) + timedelta(days=rng.randrange(365))
    return timezone.make_aware(datetime.combine(dag, time(9 + rng.randrange(8), rng.randrange(60))))


def seed_hulpvraag_historie(
    *, per_jaar: dict[int, int], inwoners: list[Inwoner], rng: random.Random
) -> int:
    """Closed help requests spread over the given years (for the demo and the benchmark)."""
    categorieen = {c.slug: c for c in Categorie.objects.all()}
    slugs = [s for s in CATEGORIE_GEWICHT if s in categorieen]
    gewichten = [CATEGORIE_GEWICHT[s] for s in slugs]
    verwijzers = ["huisarts", "wmo", "thuiszorg", "familie", "fysiotherapeut"]
    kanalen = ["telefoon", "telefoon", "spreekuur", "whatsapp", "email", "huisbezoek", "website"]
    nieuw, momenten = [], []
    for jaar, aantal in sorted(per_jaar.items()):
        zelf = ZELF.get(jaar, 0.75)
        for _ in range(aantal):
            uitkomst = rng.random()
            status = (
                Hulpvraag.Status.AFGEROND
                if uitkomst < 0.82
                else Hulpvraag.Status.DOORVERWEZEN
                if uitkomst < 0.94
                else Hulpvraag.Status.GEANNULEERD
            )
            moment = _moment(jaar, rng)
            momenten.append(moment)
            nieuw.append(
                Hulpvraag(
                    inwoner=rng.choice(inwoners) if inwoners else None,
                    aanvrager="inwoner" if rng.random() < zelf else rng.choice(verwijzers),
                    kanaal=rng.choice(kanalen),
                    categorie=categorieen[rng.choices(slugs, gewichten)[0]] if slugs else None,
                    omschrijving="Hulpvraag (demo-geschiedenis)",
                    status=status,
                    afgesloten_op=moment + timedelta(days=rng.randrange(1, 30)),
                )
            )
    gemaakt = Hulpvraag.objects.bulk_create(nieuw, batch_size=1000)
    for h, moment in zip(gemaakt, momenten, strict=True):
        h.aangemaakt_op = moment  # auto_now_add set "now"; put it back in its year
    Hulpvraag.objects.bulk_update(gemaakt, ["aangemaakt_op"], batch_size=1000)
    return len(gemaakt)


def _derde_vrijdag(jaar: int, maand: int) -> date:
    eerste = date(jaar, maand, 1)
    return eerste + timedelta(days=(4 - eerste.weekday()) % 7 + 14)


def komende_derde_vrijdagen(vandaag: date, aantal: int = 3) -> list[date]:
    """The next third Fridays after today: always ``aantal`` of them, so the demo's pages
    look the same on every day (before, they showed two or three dinners by the date)."""
    dagen: list[date] = []
    jaar, maand = vandaag.year, vandaag.month
    while len(dagen) < aantal:
        dag = _derde_vrijdag(jaar, maand)
        if dag > vandaag:
            dagen.append(dag)
        jaar, maand = (jaar + 1, 1) if maand == 12 else (jaar, maand + 1)
    return dagen


def _chauffeurs(faker) -> list[Vrijwilliger]:
    from kern.demo import fictional_phone

    bestaand = list(Vrijwilliger.objects.filter(eigen_auto=True, status="actief"))
    while len(bestaand) < 4:
        voornaam = faker.first_name()
        bestaand.append(
            Vrijwilliger.objects.create(
                voornaam=voornaam,
                achternaam=faker.last_name(),
                telefoon=fictional_phone(faker),
                email=f"chauffeur{len(bestaand) + 1}@demo.example",
                eigen_auto=True,
            )
        )
    return bestaand


def _samen_aan_tafel_historie(soort, chauffeurs, faker, rng) -> None:
    """Monthly dinners from March 2019, more guests every time (the report: 50+)."""
    for n, maand in enumerate(range(3, 13)):
        begin = timezone.make_aware(datetime.combine(_derde_vrijdag(2019, maand), time(18, 0)))
        act = Activiteit.objects.create(
            soort=soort,
            titel=soort.naam,
            begint_op=begin,
            eindigt_op=begin + timedelta(hours=2, minutes=30),
            locatie=soort.locatie,
            capaciteit=soort.capaciteit,
            prijs_deelnemer=soort.prijs_deelnemer,
            prijs_vriend=soort.prijs_vriend,
        )
        gasten = 20 + 3 * n + rng.randrange(3)
        Inschrijving.objects.bulk_create(
            Inschrijving(
                activiteit=act,
                naam=faker.name(),
                ticket=Ticket.VRIEND if rng.random() < 0.2 else Ticket.DEELNEMER,
                vervoer_nodig=rng.random() < 0.25,
                aanwezig=rng.random() < 0.93,
            )
            for _ in range(gasten)
        )
        Urenregistratie.objects.bulk_create(
            Urenregistratie(vrijwilliger=c, activiteit=act, datum=begin.date(), uren=Decimal("2"))
            for c in chauffeurs[:2]
        )


def _financiering(organisatie, samen) -> None:
    gemeente = organisatie.gemeente.naam if organisatie.gemeente_id else "de gemeente"
    rijen = [
        (
            "Provincie Groningen",
            "provincie",
            "Startsubsidie tegen de krimp",
            25000,
            2014,
            2014,
            "Eenmalige startsubsidie.",
        ),
        (
            "Menzis",
            "zorgverzekeraar",
            "Huisarts één dag per week voor het project",
            40000,
            2015,
            2016,
            "Aantal hulpvragen en verwijzingen door de huisarts.",
        ),
        (
            f"Gemeente {gemeente} (Wmo)",
            "gemeente",
            "Dorpsondersteuner 28 uur per week",
            42000,
            2018,
            2018,
            "Hulpvragen per kwartaal, vrijwilligers en uren.",
        ),
        (
            "Oranje Fonds",
            "fonds",
            "Samen aan tafel",
            5000,
            2019,
            2019,
            "Aantal maaltijden en deelnemers.",
        ),
        ("Rabobank", "bank", "Samen aan tafel", 2500, 2019, 2019, "Aantal deelnemers."),
    ]
    for naam, soort, titel, bedrag, van, tot, eisen in rijen:
        financier, _ = Financier.objects.get_or_create(naam=naam, defaults={"soort": soort})
        sub = Subsidie.objects.create(
            financier=financier,
            naam=titel,
            bedrag=Decimal(bedrag),
            begin=date(van, 1, 1),
            einde=date(tot, 12, 31),
            doel=titel,
            rapportage_eisen=eisen,
        )
        if titel == "Samen aan tafel":
            sub.activiteitsoorten.set([samen])


def _mdo(organisatie, faker) -> None:
    inwoners = list(Inwoner.objects.order_by("id")[:8])
    for i, inwoner in enumerate(inwoners):
        # Most agree to be discussed; one in four has not (yet).
        Toestemming.objects.create(
            inwoner=inwoner, onderwerp="mdo", gegeven=i % 4 != 3, datum=timezone.localdate()
        )
    volgende = timezone.localdate().replace(day=1) + timedelta(days=40)
    overleg = MdoOverleg.objects.create(
        datum=timezone.make_aware(datetime.combine(volgende, time(12, 30))),
        locatie="Huisartsenpraktijk",
    )
    for naam, org, rol in [
        (f"Dr. {faker.last_name()}", "Huisartsenpraktijk", "huisarts"),
        (faker.name(), f"Gemeente {organisatie.gemeente}", "wmo"),
        (faker.name(), "Thuiszorg Groningen", "thuiszorg"),
        (faker.name(), organisatie.naam, "dorpsondersteuner"),
    ]:
        MdoDeelnemer.objects.create(overleg=overleg, naam=naam, organisatie=org, rol=rol)
    if inwoners:
        MdoBespreking.objects.create(
            overleg=overleg, inwoner=inwoners[0], aanleiding="ingebracht", volgorde=1
        )


def seed_tenant(*, organisatie, faker, residents: int, **kwargs) -> None:
    if Activiteitsoort.objects.filter(slug="samen-aan-tafel").exists():
        return
    rng = random.Random(f"rapportage-{organisatie.slug}")  # noqa: S311 - demo data, not security
    wedde = organisatie.slug == "wedde"
    samen = Activiteitsoort.objects.create(
        naam="Samen aan tafel",
        slug="samen-aan-tafel",
        omschrijving="Drie-gangendiner voor wie minder vaak de deur uit komt; na afloop bingo.",
        locatie="Eetcafé Veelerveen" if wedde else "Dorpshuis",
        capaciteit=60,
        prijs_deelnemer=Decimal("1.00"),
        prijs_vriend=Decimal("7.50"),
        herhaling=Activiteitsoort.Herhaling.MAANDELIJKS,
    )
    Activiteitsoort.objects.create(
        naam="Vrijwilligersdag",
        slug="vrijwilligersdag",
        locatie="Dorpshuis",
        capaciteit=120,
        herhaling=Activiteitsoort.Herhaling.JAARLIJKS,
        publiek=False,
    )
    Activiteitsoort.objects.create(
        naam="Themadag", slug="themadag", locatie="Dorpshuis", capaciteit=80
    )
    chauffeurs = _chauffeurs(faker)
    komende = komende_derde_vrijdagen(timezone.localdate())
    for dag in komende:
        begin = timezone.make_aware(datetime.combine(dag, time(18, 0)))
        Activiteit.objects.create(
            soort=samen,
            titel=samen.naam,
            begint_op=begin,
            eindigt_op=begin + timedelta(hours=2, minutes=30),
            locatie=samen.locatie,
            capaciteit=samen.capaciteit,
            prijs_deelnemer=samen.prijs_deelnemer,
            prijs_vriend=samen.prijs_vriend,
        )
    _financiering(organisatie, samen)
    _mdo(organisatie, faker)
    if wedde:
        inwoners = list(Inwoner.objects.all())
        seed_hulpvraag_historie(per_jaar=WEDDE_HISTORIE, inwoners=inwoners, rng=rng)
        _samen_aan_tafel_historie(samen, chauffeurs, faker, rng)
