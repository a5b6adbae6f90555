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
from kern.services._gedeeld import _tekst
from noaber.errors import ValidatieFout

# --- signals -------------------------------------------------------------------------------------


@transaction.atomic
def signaal_report(*, inwoner: Inwoner, omschrijving: str, door) -> Signaal:
    """A volunteer's worry; it lands on the coordinator's dashboard the same day."""
    return Signaal.objects.create(
        inwoner=inwoner, omschrijving=_tekst(omschrijving, "omschrijving"), gemeld_door=door
    )


@transaction.atomic
def signaal_handle(
    *, signaal: Signaal, actie: str, door, uitkomst: str = "", afgehandeld: bool = False
) -> Signaal:
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    signaal.actie = _tekst(actie, "actie")
    signaal.uitkomst = _tekst(uitkomst, "uitkomst", verplicht=afgehandeld)
    signaal.status = Signaal.Status.AFGEHANDELD if afgehandeld else Signaal.Status.GEZIEN
    signaal.afgehandeld_op = timezone.now() if afgehandeld else None
    signaal.save(update_fields=["actie", "uitkomst", "status", "afgehandeld_op"])
    return signaal


@transaction.atomic
def signaal_escalate(*, signaal: Signaal, toelichting: str, door) -> Signaal:
    """A doubtful case goes to the bestuur, with the coordinator's question."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    signaal.actie = _tekst(toelichting, "actie")
    signaal.status = Signaal.Status.BESTUUR
    signaal.save(update_fields=["actie", "status"])
    return signaal


@transaction.atomic
def signaal_advise(*, signaal: Signaal, advies: str, door) -> Signaal:
    """The bestuur answers; the signal goes back to the coordinator to act on."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status != Signaal.Status.BESTUUR:
        raise ValidatieFout(_("Dit signaal ligt niet bij het bestuur."), field="advies")
    signaal.bestuur_advies = _tekst(advies, "advies")
    signaal.status = Signaal.Status.GEZIEN
    signaal.save(update_fields=["bestuur_advies", "status"])
    return signaal
