"""Writes for tasks and referrals.

Call inside the tenant's schema.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Contactmoment,
    Hulpvraag,
    Inwoner,
    Match,
    Taak,
    Verwijzing,
)
from kern.services._gedeeld import OVERGANGEN, S
from kern.services.hulpvragen import hulpvraag_transition
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- tasks, referrals ----------------------------------------------------------------------


@transaction.atomic
def taak_complete(
    *, taak: Taak, door: User | None, uitkomst: str = "", beoordeling: int | None = None
) -> Taak:
    """Done. A call-back is a contact moment; the last call-back closes the request."""
    taak = Taak.objects.select_for_update().get(pk=taak.pk)
    if taak.afgerond_op is not None:
        raise ValidatieFout(_("Deze taak is al afgerond."), field="uitkomst")
    taak.uitkomst = uitkomst
    taak.afgerond_op = timezone.now()
    clean_save(taak, update_fields=["uitkomst", "afgerond_op"])
    if taak.inwoner_id and taak.soort in (Taak.Soort.NABELLEN_INWONER, Taak.Soort.CONTACT_AANDACHT):
        clean_save(
            Contactmoment(
                inwoner_id=taak.inwoner_id,
                soort=Contactmoment.Soort.NABELLEN,
                op=taak.afgerond_op,
                door=door,
                samenvatting=taak.uitkomst or taak.omschrijving,
            )
        )
    if taak.hulpvraag_id:
        hulpvraag = Hulpvraag.objects.get(pk=taak.hulpvraag_id)
        if beoordeling is not None:
            for match in hulpvraag.matches.exclude(status=Match.Status.GEEN_KLIK):
                match.beoordeling = beoordeling
                clean_save(match, update_fields=["beoordeling"])
        nog_open = hulpvraag.taken.filter(
            afgerond_op__isnull=True,
            soort__in=[Taak.Soort.NABELLEN_INWONER, Taak.Soort.NABELLEN_VRIJWILLIGER],
        ).exists()
        if hulpvraag.status == S.NABELLEN and not nog_open:
            hulpvraag_transition(
                hulpvraag=hulpvraag,
                naar=S.AFGEROND,
                door=door,
                toelichting=str(_("Beide partijen nagebeld")),
            )
    return taak


@transaction.atomic
def verwijzing_create(
    *,
    inwoner: Inwoner,
    partner: str,
    reden: str,
    door: User | None,
    hulpvraag: Hulpvraag | None = None,
) -> Verwijzing:
    """Refer to a professional partner; the request (if any) becomes ``doorverwezen``."""
    if hulpvraag is not None and hulpvraag.inwoner_id not in (None, inwoner.pk):
        raise ValidatieFout(_("Deze hulpvraag hoort bij een andere inwoner."), field="hulpvraag")
    verwijzing = clean_save(
        Verwijzing(
            inwoner=inwoner, hulpvraag=hulpvraag, partner=partner, reden=reden, verwezen_door=door
        )
    )
    if hulpvraag is not None and S.DOORVERWEZEN in OVERGANGEN[hulpvraag.status]:
        hulpvraag_transition(
            hulpvraag=hulpvraag,
            naar=S.DOORVERWEZEN,
            door=door,
            toelichting=str(format_lazy(_("Verwezen naar {}"), verwijzing.partner))[:300],
        )
    return verwijzing


@transaction.atomic
def verwijzing_answer(*, verwijzing: Verwijzing, antwoord: str, door: User | None) -> Verwijzing:
    if not antwoord:
        raise ValidatieFout(_("Schrijf het antwoord van de partner op."), field="antwoord")
    verwijzing.antwoord = antwoord
    verwijzing.antwoord_op = timezone.now()
    return clean_save(verwijzing, update_fields=["antwoord", "antwoord_op"])
