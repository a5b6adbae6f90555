"""Writes for the MDO (multidisciplinary case meeting). Call inside the tenant's schema.

Each service opens its own transaction and validates.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.aggregates import publicatie_schedule
from kern.models import Contactmoment, Inwoner
from mdo.models import MdoActie, MdoBesluit, MdoBespreking, MdoDeelnemer, MdoOverleg
from mdo.selectors import inwoners_met_mdo_toestemming
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
