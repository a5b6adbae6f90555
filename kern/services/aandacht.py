"""Writes for the watch list and contact moments.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Aandachtslijst,
    Contactmoment,
    Inwoner,
)
from kern.services._gedeeld import _datum, _keuze, _tekst
from noaber.errors import ValidatieFout

# --- watch list, contact moments -------------------------------------------------------------


@transaction.atomic
def aandacht_add(
    *,
    inwoner: Inwoner,
    reden: str,
    contact_elke_dagen: int,
    door,
    volgend_contact: date | None = None,
) -> Aandachtslijst:
    if not isinstance(contact_elke_dagen, int) or not 1 <= contact_elke_dagen <= 365:
        raise ValidatieFout(_("Kies tussen 1 en 365 dagen."), field="contact_elke_dagen")
    if Aandachtslijst.objects.filter(inwoner=inwoner, actief=True).exists():
        raise ValidatieFout(_("Deze inwoner staat al op de aandachtslijst."), field="reden")
    volgend = _datum(volgend_contact, "volgend_contact", verplicht=False)
    return Aandachtslijst.objects.create(
        inwoner=inwoner,
        reden=_tekst(reden, "reden", max_len=300),
        contact_elke_dagen=contact_elke_dagen,
        volgend_contact=volgend or timezone.localdate() + timedelta(days=contact_elke_dagen),
    )


@transaction.atomic
def aandacht_stop(*, aandacht: Aandachtslijst, door) -> Aandachtslijst:
    aandacht.actief = False
    aandacht.save(update_fields=["actief"])
    return aandacht


@transaction.atomic
def contactmoment_create(
    *, inwoner: Inwoner, soort: str, samenvatting: str, door, op: datetime | None = None
) -> Contactmoment:
    """A contact with a resident; it also moves their watch-list date forward."""
    op = op or timezone.now()
    if not isinstance(op, datetime):
        raise ValidatieFout(_("Vul een geldig moment in."), field="op")
    if op > timezone.now() + timedelta(minutes=5):
        raise ValidatieFout(_("Een contact ligt niet in de toekomst."), field="op")
    contact = Contactmoment.objects.create(
        inwoner=inwoner,
        soort=_keuze(soort, Contactmoment.Soort.choices, "soort"),
        samenvatting=_tekst(samenvatting, "samenvatting"),
        op=op,
        door=door,
    )
    for aandacht in Aandachtslijst.objects.select_for_update().filter(inwoner=inwoner, actief=True):
        volgend = timezone.localdate(op) + timedelta(days=aandacht.contact_elke_dagen)
        if volgend > aandacht.volgend_contact:
            aandacht.volgend_contact = volgend
            aandacht.save(update_fields=["volgend_contact"])
    return contact
