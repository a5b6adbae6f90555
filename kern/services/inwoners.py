"""Writes for residents and their consent.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Inwoner,
    Toestemming,
)
from kern.services._gedeeld import MAX_TEKST, _datum, _keuze, _tekst
from noaber.errors import ValidatieFout

# --- inwoners and consent --------------------------------------------------------------

INWONER_TEKSTVELDEN = {
    "voornaam": 100,
    "achternaam": 100,
    "straat": 200,
    "postcode": 10,
    "telefoon": 30,
    "email": 254,
    "zorgt_voor": 200,
    "huisartspraktijk": 200,
    "notities": MAX_TEKST,
}


def _inwoner_velden(data: dict) -> dict:
    schoon: dict[str, Any] = {}
    for veld, max_len in INWONER_TEKSTVELDEN.items():
        if veld in data:
            verplicht = veld in ("voornaam", "achternaam")
            schoon[veld] = _tekst(data[veld], veld, verplicht=verplicht, max_len=max_len)
    if "huishouden" in data and data["huishouden"]:
        schoon["huishouden"] = _keuze(data["huishouden"], Inwoner.Huishouden.choices, "huishouden")
    for veld in ("dorp", "geboortedatum", "is_mantelzorger"):
        if veld in data:
            schoon[veld] = data[veld]
    if schoon.get("geboortedatum") and schoon["geboortedatum"] > timezone.localdate():
        raise ValidatieFout(_("Een geboortedatum ligt niet in de toekomst."), field="geboortedatum")
    return schoon


@transaction.atomic
def inwoner_create(*, door, toestemming_vastleggen: bool, **data) -> Inwoner:
    """Record a resident. AVG: only with their consent to record data, which is logged too."""
    if not toestemming_vastleggen:
        raise ValidatieFout(
            _("Vraag eerst toestemming om de gegevens vast te leggen."),
            field="toestemming_vastleggen",
        )
    velden = _inwoner_velden(data)
    for verplicht in ("voornaam", "achternaam"):
        if verplicht not in velden:
            _tekst(None, verplicht)
    inwoner = Inwoner(**velden)
    inwoner.full_clean()
    inwoner.save()
    toestemming_record(
        inwoner=inwoner,
        onderwerp=Toestemming.Onderwerp.VASTLEGGEN,
        gegeven=True,
        datum=timezone.localdate(),
        door=door,
    )
    return inwoner


@transaction.atomic
def inwoner_update(*, inwoner: Inwoner, door, **data) -> Inwoner:
    velden = _inwoner_velden(data)
    for veld, waarde in velden.items():
        setattr(inwoner, veld, waarde)
    inwoner.full_clean()
    inwoner.save(update_fields=[*velden, "bijgewerkt_op"])
    return inwoner


@transaction.atomic
def toestemming_record(
    *, inwoner: Inwoner, onderwerp: str, gegeven: bool, datum: date, door, toelichting: str = ""
) -> Toestemming:
    """Consent given or withdrawn: what, when and recorded by whom."""
    _keuze(onderwerp, Toestemming.Onderwerp.choices, "onderwerp")
    datum = _datum(datum, "datum")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Een toestemming ligt niet in de toekomst."), field="datum")
    return Toestemming.objects.create(
        inwoner=inwoner,
        onderwerp=onderwerp,
        gegeven=bool(gegeven),
        datum=datum,
        vastgelegd_door=door,
        toelichting=_tekst(toelichting, "toelichting", verplicht=False, max_len=300),
    )
