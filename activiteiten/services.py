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

from activiteiten.models import (
    REEKS_MAX,
    Activiteit,
    Activiteitsoort,
    Inschrijving,
    Rit,
    Ticket,
)
from kern.aggregates import publicatie_schedule
from kern.models import Inwoner, Vrijwilliger
from noaber.errors import ValidatieFout
from tenants.models import User

log = logging.getLogger(__name__)


# --- Types and planning ----------------------------------------------------------------------


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
    soort = Activiteitsoort(
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
    soort.full_clean()
    with transaction.atomic():
        soort.save()
    return soort


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
    if aantal < 1 or aantal > REEKS_MAX:
        raise ValidatieFout(
            format_lazy(_("Plan 1 tot {n} keer tegelijk."), n=REEKS_MAX), field="aantal"
        )
    if aantal > 1 and soort.herhaling == Activiteitsoort.Herhaling.EENMALIG:
        raise ValidatieFout(_("Deze soort activiteit herhaalt niet."), field="aantal")

    def activiteit(moment: datetime) -> Activiteit:
        return Activiteit(
            soort=soort,
            titel=titel.strip() or soort.naam,
            begint_op=moment,
            locatie=(locatie or soort.locatie).strip(),
            capaciteit=capaciteit or soort.capaciteit,
            prijs_deelnemer=soort.prijs_deelnemer,
            prijs_vriend=soort.prijs_vriend,
            publiek=soort.publiek,
        )

    # The first date is checked before a series or an end time is counted from it: year 9999
    # plus two and a half hours is an OverflowError, not a Dutch message.
    activiteit(begint_op).full_clean()
    reeks = [activiteit(begint_op)]
    while len(reeks) < aantal:
        reeks.append(activiteit(_volgende(reeks[-1].begint_op, soort.herhaling)))
    for a in reeks:
        a.eindigt_op = a.begint_op + timedelta(minutes=duur_minuten)
        a.full_clean()
    with transaction.atomic():
        publicatie_schedule(moment=[a.begint_op for a in reeks])
        return Activiteit.objects.bulk_create(reeks)


def inschrijving_create(
    *,
    activiteit: Activiteit,
    naam: str,
    ticket: str = Ticket.DEELNEMER,
    telefoon: str = "",
    vervoer_nodig: bool = False,
    ophaaladres: str = "",
    kanaal: str = Inschrijving.Kanaal.TELEFOON,
    inwoner: Inwoner | None = None,
    door: User | None = None,
) -> Inschrijving:
    """Sign up one guest; the public page may not hand out free tickets."""
    inschrijving = Inschrijving(
        activiteit=activiteit,
        naam=naam.strip(),
        ticket=ticket,
        telefoon=telefoon.strip(),
        vervoer_nodig=vervoer_nodig,
        ophaaladres=ophaaladres.strip() if vervoer_nodig else "",
        kanaal=kanaal,
        inwoner=inwoner,
        aangemeld_door=door,
    )
    inschrijving.full_clean()
    if kanaal == Inschrijving.Kanaal.WEBSITE:
        if not activiteit.publiek:
            raise ValidatieFout(_("Voor deze activiteit meld je je aan bij de organisatie."))
        if ticket == Ticket.GRATIS:
            raise ValidatieFout(_("Kies deelnemer of vriend aan tafel."), field="ticket")
        if activiteit.begint_op < timezone.now():
            raise ValidatieFout(_("Deze activiteit is al geweest."))
    if activiteit.geannuleerd:
        raise ValidatieFout(_("Deze activiteit gaat niet door."))
    if vervoer_nodig and not inschrijving.ophaaladres:
        raise ValidatieFout(_("Vul het ophaaladres in."), field="ophaaladres")
    with transaction.atomic():
        # Lock the activity so two last-minute sign-ups cannot both take the last seat.
        Activiteit.objects.select_for_update().filter(pk=activiteit.pk).first()
        if activiteit.inschrijvingen.count() >= activiteit.capaciteit:
            raise ValidatieFout(_("Vol: er zijn geen plaatsen meer."))
        inschrijving.save()
    return inschrijving


def ritten_assign(
    *, activiteit: Activiteit, chauffeurs: list[Vrijwilliger], plaatsen: int = 3
) -> list[Rit]:
    """Share the guests who need a ride among the chosen drivers, and tell each driver."""
    if not chauffeurs:
        raise ValidatieFout(_("Kies minstens één chauffeur."), field="chauffeurs")
    for chauffeur in chauffeurs:
        # The pair's uniqueness is not checked: a driver already on this activity keeps the ride.
        Rit(activiteit=activiteit, chauffeur=chauffeur, plaatsen=plaatsen).full_clean(
            validate_constraints=False
        )
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
            activiteit.inschrijvingen.filter(vervoer_nodig=True, rit__isnull=True).order_by(
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


def aanwezigheid_record(*, activiteit: Activiteit, aanwezig: set[int]) -> int:
    """Take attendance: the ticked guests were there, the others were not."""
    with transaction.atomic():
        rows = activiteit.inschrijvingen.all()
        onbekend = aanwezig - set(rows.values_list("pk", flat=True))
        if onbekend:
            raise ValidatieFout(_("Onbekende gast in de lijst."))
        rows.filter(pk__in=aanwezig).update(aanwezig=True)
        rows.exclude(pk__in=aanwezig).update(aanwezig=False)
    return len(aanwezig)
