"""Writes for signals: a volunteer's worry, handled or put to the board.

Call inside the tenant's schema.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Inwoner,
    Signaal,
)
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- signals -------------------------------------------------------------------------------------


@transaction.atomic
def signaal_report(*, inwoner: Inwoner, omschrijving: str, door: User | None) -> Signaal:
    """A volunteer's worry; it lands on the coordinator's dashboard the same day."""
    return clean_save(Signaal(inwoner=inwoner, omschrijving=omschrijving, gemeld_door=door))


@transaction.atomic
def signaal_handle(
    *,
    signaal: Signaal,
    actie: str,
    door: User | None,
    uitkomst: str = "",
    afgehandeld: bool = False,
) -> Signaal:
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    if not actie:
        raise ValidatieFout(_("Schrijf op wat je gedaan hebt."), field="actie")
    if afgehandeld and not uitkomst:
        raise ValidatieFout(
            _("Schrijf de uitkomst op om het signaal af te handelen."), field="uitkomst"
        )
    signaal.actie = actie
    signaal.uitkomst = uitkomst
    signaal.status = Signaal.Status.AFGEHANDELD if afgehandeld else Signaal.Status.GEZIEN
    signaal.afgehandeld_op = timezone.now() if afgehandeld else None
    return clean_save(signaal, update_fields=["actie", "uitkomst", "status", "afgehandeld_op"])


@transaction.atomic
def signaal_escalate(*, signaal: Signaal, toelichting: str, door: User | None) -> Signaal:
    """A doubtful case goes to the bestuur, with the coordinator's question."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    if not toelichting:
        raise ValidatieFout(_("Schrijf op wat je het bestuur vraagt."), field="actie")
    signaal.actie = toelichting
    signaal.status = Signaal.Status.BESTUUR
    return clean_save(signaal, update_fields=["actie", "status"])


@transaction.atomic
def signaal_advise(*, signaal: Signaal, advies: str, door: User | None) -> Signaal:
    """The bestuur answers; the signal goes back to the coordinator to act on."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status != Signaal.Status.BESTUUR:
        raise ValidatieFout(_("Dit signaal ligt niet bij het bestuur."), field="advies")
    if not advies:
        raise ValidatieFout(_("Schrijf het advies van het bestuur op."), field="advies")
    signaal.bestuur_advies = advies
    signaal.status = Signaal.Status.GEZIEN
    return clean_save(signaal, update_fields=["bestuur_advies", "status"])
