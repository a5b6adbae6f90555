"""Writes for the MDO, activities, hours, grants and report exports.

Call inside the tenant's schema. Each service opens its own transaction, validates, and
schedules side effects (mail, background export) with ``transaction.on_commit``.
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

from kern.aggregates import publicatie_schedule
from kern.models import Contactmoment, Inwoner, Match, Urenregistratie, Vrijwilliger
from kern.models.activiteiten import Aanmelding, Activiteit, Activiteitsoort, Rit, Ticket
from kern.models.financiering import Financier, Rapportexport, Subsidie
from kern.models.mdo import MdoActie, MdoBesluit, MdoBespreking, MdoDeelnemer, MdoOverleg
from kern.rapportage import policy
from kern.rapportage.selectors import inwoners_met_mdo_toestemming
from noaber.errors import ValidatieFout

log = logging.getLogger(__name__)


# --- MDO -----------------------------------------------------------------------------------


def mdo_create(*, datum: datetime, locatie: str = "", door=None) -> MdoOverleg:
    with transaction.atomic():
        overleg = MdoOverleg.objects.create(datum=datum, locatie=locatie, aangemaakt_door=door)
        publicatie_schedule(moment=datum)
        if door is not None:
            # The coordinator who plans it sits at the table too.
            MdoDeelnemer.objects.create(
                overleg=overleg,
                user=door,
                naam=door.get_full_name() or door.email,
                organisatie="",
                rol=MdoDeelnemer.Rol.DORPSONDERSTEUNER,
            )
    return overleg


def mdo_deelnemer_add(
    *, overleg: MdoOverleg, naam: str, rol: str, organisatie: str = "", user=None
) -> MdoDeelnemer:
    """Add an attendee; outside professionals come without an account (user=None)."""
    naam = naam.strip()
    if not naam:
        raise ValidatieFout(_("Vul de naam van de deelnemer in."), field="naam")
    if rol not in MdoDeelnemer.Rol.values:
        raise ValidatieFout(_("Kies een rol."), field="rol")
    with transaction.atomic():
        return MdoDeelnemer.objects.create(
            overleg=overleg, naam=naam, organisatie=organisatie.strip(), rol=rol, user=user
        )


def mdo_inwoner_agendeer(
    *, overleg: MdoOverleg, inwoner: Inwoner, aanleiding: str, vraag: str = ""
) -> MdoBespreking:
    """Put a resident on the agenda, only with their recorded consent to be discussed."""
    if aanleiding not in MdoBespreking.Aanleiding.values:
        raise ValidatieFout(_("Kies een aanleiding."), field="aanleiding")
    with transaction.atomic():
        if inwoner.pk not in inwoners_met_mdo_toestemming([inwoner.pk]):
            raise ValidatieFout(
                _(
                    "Deze inwoner heeft geen toestemming gegeven om in het MDO besproken te "
                    "worden. Vraag en noteer eerst toestemming."
                ),
                field="inwoner",
            )
        if MdoBespreking.objects.filter(overleg=overleg, inwoner=inwoner).exists():
            raise ValidatieFout(_("Deze inwoner staat al op de agenda."), field="inwoner")
        volgorde = overleg.besprekingen.count() + 1
        return MdoBespreking.objects.create(
            overleg=overleg,
            inwoner=inwoner,
            aanleiding=aanleiding,
            vraag=vraag.strip()[:300],
            volgorde=volgorde,
        )


def mdo_bespreking_update(
    *, bespreking: MdoBespreking, regiehouder: MdoDeelnemer | None, bespreking_tekst: str
) -> MdoBespreking:
    if regiehouder is not None and regiehouder.overleg_id != bespreking.overleg_id:
        raise ValidatieFout(_("De regiehouder moet aan dit MDO deelnemen."), field="regiehouder")
    with transaction.atomic():
        bespreking.regiehouder = regiehouder
        bespreking.bespreking = bespreking_tekst.strip()
        bespreking.save(update_fields=["regiehouder", "bespreking"])
    return bespreking


def mdo_besluit_add(*, bespreking: MdoBespreking, tekst: str, door=None) -> MdoBesluit:
    """Record a decision and put it on the resident's timeline as an MDO contact moment."""
    tekst = tekst.strip()
    if not tekst:
        raise ValidatieFout(_("Schrijf het besluit op."), field="tekst")
    with transaction.atomic():
        overleg = bespreking.overleg
        regie = bespreking.regiehouder
        samenvatting = f"MDO-besluit: {tekst}"
        if regie is not None:
            samenvatting += f"\nRegiehouder: {regie.naam} ({regie.get_rol_display()})"
        contact = Contactmoment.objects.create(
            inwoner_id=bespreking.inwoner_id,
            soort=Contactmoment.Soort.MDO,
            op=overleg.datum,
            door=door,
            samenvatting=samenvatting,
        )
        return MdoBesluit.objects.create(bespreking=bespreking, tekst=tekst, contactmoment=contact)


def mdo_actie_add(
    *, bespreking: MdoBespreking, omschrijving: str, eigenaar: MdoDeelnemer, uiterlijk: date
) -> MdoActie:
    omschrijving = omschrijving.strip()
    if not omschrijving:
        raise ValidatieFout(_("Beschrijf de actie."), field="omschrijving")
    if eigenaar.overleg_id != bespreking.overleg_id:
        raise ValidatieFout(_("Kies iemand die aan dit MDO deelneemt."), field="eigenaar")
    if uiterlijk < bespreking.overleg.datum.date():
        raise ValidatieFout(_("De datum ligt vóór het MDO."), field="uiterlijk")
    with transaction.atomic():
        return MdoActie.objects.create(
            bespreking=bespreking, omschrijving=omschrijving, eigenaar=eigenaar, uiterlijk=uiterlijk
        )


def mdo_actie_afronden(*, actie: MdoActie) -> MdoActie:
    with transaction.atomic():
        actie.afgerond_op = timezone.now()
        actie.save(update_fields=["afgerond_op"])
    return actie


def mdo_afsluiten(*, overleg: MdoOverleg) -> MdoOverleg:
    with transaction.atomic():
        overleg.status = MdoOverleg.Status.GEHOUDEN
        overleg.save(update_fields=["status"])
    return overleg


# --- Activities ------------------------------------------------------------------------------


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


# --- Hours -----------------------------------------------------------------------------------


def uren_register(
    *,
    vrijwilliger: Vrijwilliger,
    datum: date,
    uren: Decimal,
    match: Match | None = None,
    activiteit: Activiteit | None = None,
    omschrijving: str = "",
    door,
    lidmaatschap,
) -> Urenregistratie:
    """Hours for a match or an activity; volunteers enter only their own."""
    policy.require(policy.can_register_uren(lidmaatschap))
    if not policy.can_register_uren_for_anyone(lidmaatschap) and vrijwilliger.user_id != door.pk:
        raise ValidatieFout(_("Je kunt alleen je eigen uren invullen."), field="vrijwilliger")
    if (match is None) == (activiteit is None):
        raise ValidatieFout(_("Kies een hulpvraag (match) of een activiteit."), field="match")
    if match is not None and match.vrijwilliger_id != vrijwilliger.pk:
        raise ValidatieFout(_("Deze match hoort bij een andere vrijwilliger."), field="match")
    if not (Decimal("0") < uren <= Decimal("24")):
        raise ValidatieFout(_("Vul tussen 0 en 24 uur in."), field="uren")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Uren registreer je achteraf."), field="datum")
    with transaction.atomic():
        publicatie_schedule(moment=datum)
        return Urenregistratie.objects.create(
            vrijwilliger=vrijwilliger,
            match=match,
            activiteit=activiteit,
            datum=datum,
            uren=uren,
            omschrijving=omschrijving.strip()[:200],
            ingevoerd_door=door,
        )


# --- Grants ----------------------------------------------------------------------------------


def financier_create(*, naam: str, soort: str) -> Financier:
    naam = naam.strip()
    if not naam:
        raise ValidatieFout(_("Vul een naam in."), field="naam")
    if Financier.objects.filter(naam__iexact=naam).exists():
        raise ValidatieFout(_("Deze financier bestaat al."), field="naam")
    with transaction.atomic():
        return Financier.objects.create(naam=naam, soort=soort)


def subsidie_create(
    *,
    financier: Financier,
    naam: str,
    bedrag: Decimal,
    begin: date,
    einde: date,
    doel: str = "",
    rapportage_eisen: str = "",
    categorieen=(),
    activiteitsoorten=(),
) -> Subsidie:
    if einde < begin:
        raise ValidatieFout(_("Het einde ligt vóór het begin."), field="einde")
    if bedrag <= 0:
        raise ValidatieFout(_("Het bedrag moet groter dan nul zijn."), field="bedrag")
    with transaction.atomic():
        subsidie = Subsidie.objects.create(
            financier=financier,
            naam=naam.strip(),
            bedrag=bedrag,
            begin=begin,
            einde=einde,
            doel=doel,
            rapportage_eisen=rapportage_eisen,
        )
        subsidie.categorieen.set(categorieen)
        subsidie.activiteitsoorten.set(activiteitsoorten)
    return subsidie


# --- Exports ---------------------------------------------------------------------------------


def rapportexport_request(*, soort: str, formaat: str, parameters: dict, door) -> Rapportexport:
    """Queue a long export; the worker (or, without a broker, the request) builds it."""
    if formaat not in ("csv", "xlsx", "pdf"):
        raise ValidatieFout(_("Onbekend formaat."), field="formaat")
    with transaction.atomic():
        export = Rapportexport.objects.create(
            soort=soort, formaat=formaat, parameters=parameters, aangevraagd_door=door
        )
        from kern.rapportage.tasks import rapportexport_build

        transaction.on_commit(lambda: rapportexport_build.delay(str(export.pk)))
    return export
