"""Writes for activities (Samen aan tafel, theme days): planning, sign-ups, rides, attendance.

Call inside the tenant's schema. Each service opens its own transaction, validates, and
schedules side effects (mail) with ``transaction.on_commit``.
"""

from __future__ import annotations

import calendar
import logging
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Aanmelding, Activiteit, Activiteitsoort, Rit, Ticket
from kern.aggregates import publicatie_schedule
from kern.models import Inwoner, Vrijwilliger
from noaber.errors import ValidatieFout

log = logging.getLogger(__name__)


# --- MDO -----------------------------------------------------------------------------------


def activiteitsoort_create(
    *,
    naam: str,
    slug: str,
    locatie: str = "",
    capaciteit: int = 50,
    prijs_deelnemer: Decimal = Decimal("0"),
    prijs_vriend: Decimal = Decimal("0"),
    herhaling: str = Activiteitsoort.Herhaling.EENMALIG,
    omschrijving: str = "",
    publiek: bool = True,
) -> Activiteitsoort:
    if prijs_deelnemer < 0 or prijs_vriend < 0:
        raise ValidatieFout(_("Een prijs kan niet negatief zijn."), field="prijs_deelnemer")
    with transaction.atomic():
        return Activiteitsoort.objects.create(
            naam=naam,
            slug=slug,
            locatie=locatie,
            capaciteit=capaciteit,
            prijs_deelnemer=prijs_deelnemer,
            prijs_vriend=prijs_vriend,
            herhaling=herhaling,
            omschrijving=omschrijving,
            publiek=publiek,
        )


def _volgende(moment: datetime, herhaling: str) -> datetime:
    """The next date in a series: same weekday next week, same nth weekday next month, …

    Counted on the wall clock in the foundation's time zone: a dinner at 18:00 stays at 18:00
    over a DST change, also when ``moment`` arrives in UTC (read back from the database).
    """
    moment = timezone.localtime(moment)
    if herhaling == Activiteitsoort.Herhaling.WEKELIJKS:
        return _wandklok(moment, moment.date() + timedelta(days=7))
    if herhaling == Activiteitsoort.Herhaling.JAARLIJKS:
        dag = min(moment.day, calendar.monthrange(moment.year + 1, moment.month)[1])
        return _wandklok(moment, date(moment.year + 1, moment.month, dag))  # 29 Feb → 28 Feb
    # Monthly: "the third Friday" stays the third Friday (the last one if the month is short).
    n = (moment.day - 1) // 7
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    first = date(year, month, 1)
    offset = (moment.weekday() - first.weekday()) % 7
    day = 1 + offset + 7 * n
    if day > calendar.monthrange(year, month)[1]:
        day -= 7
    return _wandklok(moment, date(year, month, day))


def _wandklok(moment: datetime, dag: date) -> datetime:
    """The same local time of day on another day, with that day's UTC offset."""
    return timezone.make_aware(datetime.combine(dag, moment.time().replace(tzinfo=None)))


def activiteit_plan(
    *,
    soort: Activiteitsoort,
    begint_op: datetime,
    duur_minuten: int = 150,
    aantal: int = 1,
    titel: str = "",
    locatie: str = "",
    capaciteit: int | None = None,
) -> list[Activiteit]:
    """Plan one activity or a series following the type's schedule."""
    if aantal < 1 or aantal > 24:
        raise ValidatieFout(_("Plan 1 tot 24 keer tegelijk."), field="aantal")
    if aantal > 1 and soort.herhaling == Activiteitsoort.Herhaling.EENMALIG:
        raise ValidatieFout(_("Deze soort activiteit herhaalt niet."), field="aantal")
    locatie = (locatie or soort.locatie).strip()
    if not locatie:
        raise ValidatieFout(_("Vul een locatie in."), field="locatie")
    capaciteit = capaciteit or soort.capaciteit
    if capaciteit < 1:
        raise ValidatieFout(_("Er moet minstens één plaats zijn."), field="capaciteit")
    momenten = [begint_op]
    while len(momenten) < aantal:
        momenten.append(_volgende(momenten[-1], soort.herhaling))
    with transaction.atomic():
        publicatie_schedule(moment=momenten)
        return Activiteit.objects.bulk_create(
            Activiteit(
                soort=soort,
                titel=titel.strip() or soort.naam,
                begint_op=moment,
                eindigt_op=moment + timedelta(minutes=duur_minuten),
                locatie=locatie,
                capaciteit=capaciteit,
                prijs_deelnemer=soort.prijs_deelnemer,
                prijs_vriend=soort.prijs_vriend,
                publiek=soort.publiek,
            )
            for moment in momenten
        )


def aanmelding_create(
    *,
    activiteit: Activiteit,
    naam: str,
    ticket: str = Ticket.DEELNEMER,
    telefoon: str = "",
    vervoer_nodig: bool = False,
    ophaaladres: str = "",
    kanaal: str = Aanmelding.Kanaal.TELEFOON,
    inwoner: Inwoner | None = None,
    door=None,
) -> Aanmelding:
    """Sign up one guest; the public page may not hand out free tickets."""
    naam = naam.strip()
    if not naam:
        raise ValidatieFout(_("Vul een naam in."), field="naam")
    if ticket not in Ticket.values:
        raise ValidatieFout(_("Kies een soort kaartje."), field="ticket")
    if kanaal == Aanmelding.Kanaal.WEBSITE:
        if not activiteit.publiek:
            raise ValidatieFout(_("Voor deze activiteit meld je je aan bij de organisatie."))
        if ticket == Ticket.GRATIS:
            raise ValidatieFout(_("Kies deelnemer of vriend aan tafel."), field="ticket")
        if activiteit.begint_op < timezone.now():
            raise ValidatieFout(_("Deze activiteit is al geweest."))
    if activiteit.geannuleerd:
        raise ValidatieFout(_("Deze activiteit gaat niet door."))
    if vervoer_nodig and not ophaaladres.strip():
        raise ValidatieFout(_("Vul het ophaaladres in."), field="ophaaladres")
    with transaction.atomic():
        # Lock the activity so two last-minute sign-ups cannot both take the last seat.
        Activiteit.objects.select_for_update().filter(pk=activiteit.pk).first()
        if activiteit.aanmeldingen.count() >= activiteit.capaciteit:
            raise ValidatieFout(_("Vol: er zijn geen plaatsen meer."))
        return Aanmelding.objects.create(
            activiteit=activiteit,
            naam=naam,
            ticket=ticket,
            telefoon=telefoon.strip(),
            vervoer_nodig=vervoer_nodig,
            ophaaladres=ophaaladres.strip() if vervoer_nodig else "",
            kanaal=kanaal,
            inwoner=inwoner,
            aangemeld_door=door,
        )


def ritten_verdeel(
    *, activiteit: Activiteit, chauffeurs: list[Vrijwilliger], plaatsen: int = 3
) -> list[Rit]:
    """Share the guests who need a ride among the chosen drivers, and tell each driver."""
    if not chauffeurs:
        raise ValidatieFout(_("Kies minstens één chauffeur."), field="chauffeurs")
    for chauffeur in chauffeurs:
        if not chauffeur.eigen_auto or chauffeur.status != Vrijwilliger.Status.ACTIEF:
            raise ValidatieFout(
                format_lazy(_("{naam} is geen actieve vrijwilliger met auto."), naam=chauffeur),
                field="chauffeurs",
            )
    with transaction.atomic():
        Activiteit.objects.select_for_update().filter(pk=activiteit.pk).first()
        ritten = [
            Rit.objects.get_or_create(
                activiteit=activiteit, chauffeur=c, defaults={"plaatsen": plaatsen}
            )[0]
            for c in chauffeurs
        ]
        bezet = {r.pk: r.passagiers.count() for r in ritten}
        wachtend = list(
            activiteit.aanmeldingen.filter(vervoer_nodig=True, rit__isnull=True).order_by(
                "ophaaladres", "id"
            )
        )
        vrij = sum(r.plaatsen - bezet[r.pk] for r in ritten)
        if len(wachtend) > vrij:
            raise ValidatieFout(
                format_lazy(
                    _("Te weinig plaatsen: {n} gasten wachten op vervoer, {vrij} plaatsen vrij."),
                    n=len(wachtend),
                    vrij=vrij,
                ),
                field="chauffeurs",
            )
        # Fill the emptiest car first, so the work is spread evenly.
        for gast in wachtend:
            rit = min(ritten, key=lambda r: (bezet[r.pk] / r.plaatsen, r.pk))
            gast.rit = rit
            gast.save(update_fields=["rit"])
            bezet[rit.pk] += 1
        ids = [r.pk for r in ritten]
        transaction.on_commit(lambda: _ritten_bericht(ids))
    return ritten


def _ritten_bericht(rit_ids: list[int]) -> None:
    """Mail each driver their own passengers (only those: names and pick-up addresses)."""
    for rit in Rit.objects.filter(pk__in=rit_ids).select_related("chauffeur", "activiteit"):
        gasten = list(rit.passagiers.order_by("ophaaladres"))
        a = rit.activiteit
        begin = timezone.localtime(a.begint_op)
        regels = [
            f"- {g.naam}, {g.ophaaladres}" + (f", {g.telefoon}" if g.telefoon else "")
            for g in gasten
        ]
        tekst = (
            f"Beste {rit.chauffeur.voornaam},\n\n"
            f"Wil je voor {a.titel} op {begin:%d-%m-%Y} (begint {begin:%H:%M}, {a.locatie}) "
            f"deze gasten ophalen en na afloop weer thuisbrengen?\n\n"
            + "\n".join(regels)
            + "\n\nDank je wel!"
        )
        if rit.chauffeur.email:
            send_mail(f"Rit voor {a.titel} {begin:%d-%m}", tekst, None, [rit.chauffeur.email])
        rit.bericht_verstuurd_op = timezone.now()
        rit.save(update_fields=["bericht_verstuurd_op"])


def aanwezigheid_registreer(*, activiteit: Activiteit, aanwezig: set[int]) -> int:
    """Take attendance: the ticked guests were there, the others were not."""
    with transaction.atomic():
        rows = activiteit.aanmeldingen.all()
        onbekend = aanwezig - set(rows.values_list("pk", flat=True))
        if onbekend:
            raise ValidatieFout(_("Onbekende gast in de lijst."))
        rows.filter(pk__in=aanwezig).update(aanwezig=True)
        rows.exclude(pk__in=aanwezig).update(aanwezig=False)
    return len(aanwezig)
