"""Writes for volunteers and their hours.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteit
from kern.aggregates import publicatie_schedule
from kern.models import (
    Match,
    Urenregistratie,
    Vrijwilliger,
)
from kern.services._gedeeld import velden_check
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- volunteers and hours ----------------------------------------------------------------------

# What a coordinator may set on a volunteer; the model's fields say what each may hold.
VRIJWILLIGER_VELDEN = frozenset(
    {
        "voornaam",
        "achternaam",
        "telefoon",
        "email",
        "beschikbaarheid",
        "eigen_auto",
        "max_uren_per_maand",
        "vog_datum",
        "status",
        "user",
        "inwoner",
    }
)


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
def vrijwilliger_create(*, door: User | None, categorieen=(), dorpen=(), **data) -> Vrijwilliger:
    vrijwilliger = clean_save(
        Vrijwilliger(**velden_check(data, VRIJWILLIGER_VELDEN, wat="vrijwilliger"))
    )
    vrijwilliger.categorieen.set(categorieen)
    vrijwilliger.dorpen.set(dorpen)
    return vrijwilliger


@transaction.atomic
def vrijwilliger_update(
    *, vrijwilliger: Vrijwilliger, door: User | None, categorieen=None, dorpen=None, **data
) -> Vrijwilliger:
    velden = velden_check(data, VRIJWILLIGER_VELDEN, wat="vrijwilliger")
    for veld, waarde in velden.items():
        setattr(vrijwilliger, veld, waarde)
    clean_save(vrijwilliger, update_fields=list(velden) or None)
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
    door: User | None,
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
    registratie = clean_save(
        Urenregistratie(
            vrijwilliger=vrijwilliger,
            match=match,
            activiteit=activiteit,
            datum=datum,
            uren=uren,
            omschrijving=omschrijving,
            ingevoerd_door=door,
        )
    )
    publicatie_schedule(moment=registratie.datum)
    return registratie
