"""Writes for volunteers and their hours.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteit
from kern.aggregates import publicatie_schedule
from kern.models import (
    Match,
    Urenregistratie,
    Vrijwilliger,
)
from kern.services._gedeeld import _dagdelen, _datum, _keuze, _tekst, _uren
from noaber.errors import ValidatieFout

# --- volunteers and hours ----------------------------------------------------------------------


def _vrijwilliger_velden(data: dict) -> dict:
    schoon: dict[str, Any] = {}
    for veld, max_len in (("voornaam", 100), ("achternaam", 100), ("telefoon", 30), ("email", 254)):
        if veld in data:
            schoon[veld] = _tekst(
                data[veld], veld, verplicht=veld != "telefoon" and veld != "email", max_len=max_len
            )
    if "beschikbaarheid" in data:
        schoon["beschikbaarheid"] = _dagdelen(data["beschikbaarheid"], "beschikbaarheid")
    if "status" in data:
        schoon["status"] = _keuze(data["status"], Vrijwilliger.Status.choices, "status")
    if "max_uren_per_maand" in data:
        uren = data["max_uren_per_maand"]
        if not isinstance(uren, int) or not 0 <= uren <= 200:
            raise ValidatieFout(_("Kies tussen 0 en 200 uur."), field="max_uren_per_maand")
        schoon["max_uren_per_maand"] = uren
    if "vog_datum" in data:
        vog = _datum(data["vog_datum"], "vog_datum", verplicht=False)
        if vog and vog > timezone.localdate():
            raise ValidatieFout(_("De VOG-datum ligt niet in de toekomst."), field="vog_datum")
        schoon["vog_datum"] = vog
    for veld in ("eigen_auto", "user", "inwoner"):
        if veld in data:
            schoon[veld] = data[veld]
    return schoon


def account_voor(*, organisatie, email: str | None):
    """The login of a member of this foundation, to link to a volunteer record."""
    from tenants.models import Lidmaatschap

    if not email:
        return None
    lid = (
        Lidmaatschap.objects.filter(organisatie=organisatie, user__email__iexact=email, actief=True)
        .select_related("user")
        .first()
    )
    if lid is None:
        raise ValidatieFout(
            _("Er is geen account met dit e-mailadres bij deze organisatie."),
            field="account_email",
        )
    return lid.user


@transaction.atomic
def vrijwilliger_create(*, door, categorieen=(), dorpen=(), **data) -> Vrijwilliger:
    velden = _vrijwilliger_velden(data)
    for verplicht in ("voornaam", "achternaam"):
        if verplicht not in velden:
            _tekst(None, verplicht)
    vrijwilliger = Vrijwilliger(**velden)
    vrijwilliger.full_clean()
    vrijwilliger.save()
    vrijwilliger.categorieen.set(categorieen)
    vrijwilliger.dorpen.set(dorpen)
    return vrijwilliger


@transaction.atomic
def vrijwilliger_update(
    *, vrijwilliger: Vrijwilliger, door, categorieen=None, dorpen=None, **data
) -> Vrijwilliger:
    velden = _vrijwilliger_velden(data)
    for veld, waarde in velden.items():
        setattr(vrijwilliger, veld, waarde)
    vrijwilliger.full_clean()
    vrijwilliger.save(update_fields=list(velden) or None)
    if categorieen is not None:
        vrijwilliger.categorieen.set(categorieen)
    if dorpen is not None:
        vrijwilliger.dorpen.set(dorpen)
    return vrijwilliger


@transaction.atomic
def uren_log(
    *,
    vrijwilliger: Vrijwilliger,
    datum: date,
    uren,
    door,
    match: Match | None = None,
    activiteit: Activiteit | None = None,
    omschrijving: str = "",
) -> Urenregistratie:
    """Hours a volunteer gave: on one of their own matches, at an activity, or otherwise.

    Who may log for whom is the access layer's (kern.policy.uren_vrijwilligers)."""
    if match is not None and activiteit is not None:
        raise ValidatieFout(_("Kies een hulpvraag of een activiteit, niet allebei."), field="match")
    if match is not None and match.vrijwilliger_id != vrijwilliger.pk:
        raise ValidatieFout(_("Dit is niet jouw hulp."), field="match")
    datum = _datum(datum, "datum")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Uren schrijf je achteraf."), field="datum")
    publicatie_schedule(moment=datum)
    return Urenregistratie.objects.create(
        vrijwilliger=vrijwilliger,
        match=match,
        activiteit=activiteit,
        datum=datum,
        uren=_uren(uren, "uren"),
        omschrijving=_tekst(omschrijving, "omschrijving", verplicht=False, max_len=200),
        ingevoerd_door=door,
    )
