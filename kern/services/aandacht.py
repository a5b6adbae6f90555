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
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- watch list, contact moments -------------------------------------------------------------


@transaction.atomic
def aandacht_add(
    *,
    inwoner: Inwoner,
    reden: str,
    contact_elke_dagen: int,
    door: User | None,
    volgend_contact: date | None = None,
) -> Aandachtslijst:
    if Aandachtslijst.objects.filter(inwoner=inwoner, actief=True).exists():
        raise ValidatieFout(_("Deze inwoner staat al op de aandachtslijst."), field="reden")
    aandacht = Aandachtslijst(inwoner=inwoner, reden=reden, contact_elke_dagen=contact_elke_dagen)
    # The rhythm is checked before a first date is computed from it.
    aandacht.full_clean(exclude=["volgend_contact"])
    aandacht.volgend_contact = volgend_contact or timezone.localdate() + timedelta(
        days=aandacht.contact_elke_dagen
    )
    return clean_save(aandacht)


@transaction.atomic
def aandacht_stop(*, aandacht: Aandachtslijst, door: User | None) -> Aandachtslijst:
    aandacht.actief = False
    aandacht.save(update_fields=["actief"])
    return aandacht


@transaction.atomic
def contactmoment_create(
    *,
    inwoner: Inwoner,
    soort: str,
    samenvatting: str,
    door: User | None,
    op: datetime | None = None,
) -> Contactmoment:
    """A contact with a resident; it also moves their watch-list date forward."""
    # A contact typed in by hand has happened; the MDO's decisions carry the meeting's date.
    if op is not None and op > timezone.now() + timedelta(minutes=5):
        raise ValidatieFout(_("Een contact ligt niet in de toekomst."), field="op")
    contact = clean_save(
        Contactmoment(
            inwoner=inwoner,
            soort=soort,
            samenvatting=samenvatting,
            op=op or timezone.now(),
            door=door,
        )
    )
    op = contact.op
    for aandacht in Aandachtslijst.objects.select_for_update().filter(inwoner=inwoner, actief=True):
        volgend = timezone.localdate(op) + timedelta(days=aandacht.contact_elke_dagen)
        if volgend > aandacht.volgend_contact:
            aandacht.volgend_contact = volgend
            aandacht.save(update_fields=["volgend_contact"])
    return contact
