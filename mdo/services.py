"""Writes for the MDO (multidisciplinary case meeting). Call inside the tenant's schema.

Each service checks the object with ``full_clean()`` (the model fields carry the ranges), then
its own rules, then opens its transaction and saves.
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
from tenants.models import User

log = logging.getLogger(__name__)


# --- MDO -----------------------------------------------------------------------------------


def mdo_create(*, datum: datetime, locatie: str = "", door: User | None = None) -> MdoOverleg:
    overleg = MdoOverleg(datum=datum, locatie=locatie.strip(), aangemaakt_door=door)
    overleg.full_clean()
    with transaction.atomic():
        overleg.save()
        publicatie_schedule(moment=datum)
        if door is not None:
            # The coordinator who plans it sits at the table too.
            gastheer = MdoDeelnemer(
                overleg=overleg,
                user=door,
                naam=door.get_full_name() or door.email,
                organisatie="",
                rol=MdoDeelnemer.Rol.DORPSONDERSTEUNER,
            )
            gastheer.full_clean()
            gastheer.save()
    return overleg


def mdo_deelnemer_add(
    *, overleg: MdoOverleg, naam: str, rol: str, organisatie: str = "", user: User | None = None
) -> MdoDeelnemer:
    """Add an attendee; outside professionals come without an account (user=None)."""
    deelnemer = MdoDeelnemer(
        overleg=overleg, naam=naam.strip(), organisatie=organisatie.strip(), rol=rol, user=user
    )
    deelnemer.full_clean()
    with transaction.atomic():
        deelnemer.save()
    return deelnemer


def mdo_bespreking_create(
    *, overleg: MdoOverleg, inwoner: Inwoner, aanleiding: str, vraag: str = ""
) -> MdoBespreking:
    """Put a resident on the agenda, only with their recorded consent to be discussed."""
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
        bespreking = MdoBespreking(
            overleg=overleg,
            inwoner=inwoner,
            aanleiding=aanleiding,
            vraag=vraag.strip(),
            volgorde=overleg.besprekingen.count() + 1,
        )
        bespreking.full_clean()
        bespreking.save()
    return bespreking


def mdo_bespreking_update(
    *, bespreking: MdoBespreking, regiehouder: MdoDeelnemer | None, bespreking_tekst: str
) -> MdoBespreking:
    if regiehouder is not None and regiehouder.overleg_id != bespreking.overleg_id:
        raise ValidatieFout(_("De regiehouder moet aan dit MDO deelnemen."), field="regiehouder")
    bespreking.regiehouder = regiehouder
    bespreking.bespreking = bespreking_tekst.strip()
    bespreking.full_clean()
    with transaction.atomic():
        bespreking.save(update_fields=["regiehouder", "bespreking"])
    return bespreking


def mdo_besluit_add(*, bespreking: MdoBespreking, tekst: str, door: User) -> MdoBesluit:
    """Record a decision and put it on the resident's timeline as an MDO contact moment.

    ``door`` is who wrote it down: the contact moment names a person (kern's model says so).
    """
    besluit = MdoBesluit(bespreking=bespreking, tekst=tekst.strip())
    besluit.full_clean()
    overleg = bespreking.overleg
    regie = bespreking.regiehouder
    samenvatting = f"MDO-besluit: {besluit.tekst}"
    if regie is not None:
        samenvatting += f"\nRegiehouder: {regie.naam} ({regie.get_rol_display()})"
    contact = Contactmoment(
        inwoner_id=bespreking.inwoner_id,
        soort=Contactmoment.Soort.MDO,
        op=overleg.datum,
        door=door,
        samenvatting=samenvatting,
    )
    contact.full_clean()
    with transaction.atomic():
        contact.save()
        besluit.contactmoment = contact
        besluit.save()
    return besluit


def mdo_actie_add(
    *, bespreking: MdoBespreking, omschrijving: str, eigenaar: MdoDeelnemer, uiterlijk: date
) -> MdoActie:
    actie = MdoActie(
        bespreking=bespreking,
        omschrijving=omschrijving.strip(),
        eigenaar=eigenaar,
        uiterlijk=uiterlijk,
    )
    actie.full_clean()
    if eigenaar.overleg_id != bespreking.overleg_id:
        raise ValidatieFout(_("Kies iemand die aan dit MDO deelneemt."), field="eigenaar")
    if uiterlijk < bespreking.overleg.datum.date():
        raise ValidatieFout(_("De datum ligt vóór het MDO."), field="uiterlijk")
    with transaction.atomic():
        actie.save()
    return actie


def mdo_actie_complete(*, actie: MdoActie) -> MdoActie:
    actie.afgerond_op = timezone.now()
    actie.full_clean()
    with transaction.atomic():
        actie.save(update_fields=["afgerond_op"])
    return actie


def mdo_close(*, overleg: MdoOverleg) -> MdoOverleg:
    overleg.status = MdoOverleg.Status.GEHOUDEN
    overleg.full_clean()
    with transaction.atomic():
        overleg.save(update_fields=["status"])
    return overleg
