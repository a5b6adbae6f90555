"""Writes for residents and their consent.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Inwoner,
    Toestemming,
)
from kern.services._gedeeld import velden_check
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- inwoners and consent --------------------------------------------------------------

# What a coordinator may set on a resident; the model's fields say what each may hold.
INWONER_VELDEN = frozenset(
    {
        "voornaam",
        "achternaam",
        "straat",
        "postcode",
        "dorp",
        "telefoon",
        "email",
        "geboortedatum",
        "huishouden",
        "is_mantelzorger",
        "zorgt_voor",
        "huisartspraktijk",
        "notities",
    }
)


@transaction.atomic
def inwoner_create(*, door: User | None, toestemming_vastleggen: bool, **data) -> Inwoner:
    """Record a resident. AVG: only with their consent to record data, which is logged too."""
    if not toestemming_vastleggen:
        raise ValidatieFout(
            _("Vraag eerst toestemming om de gegevens vast te leggen."),
            field="toestemming_vastleggen",
        )
    inwoner = clean_save(Inwoner(**velden_check(data, INWONER_VELDEN, wat="inwoner")))
    toestemming_record(
        inwoner=inwoner,
        onderwerp=Toestemming.Onderwerp.VASTLEGGEN,
        gegeven=True,
        datum=timezone.localdate(),
        door=door,
    )
    return inwoner


@transaction.atomic
def inwoner_update(*, inwoner: Inwoner, door: User | None, **data) -> Inwoner:
    velden = velden_check(data, INWONER_VELDEN, wat="inwoner")
    for veld, waarde in velden.items():
        setattr(inwoner, veld, waarde)
    return clean_save(inwoner, update_fields=[*velden, "bijgewerkt_op"])


@transaction.atomic
def toestemming_record(
    *,
    inwoner: Inwoner,
    onderwerp: str,
    gegeven: bool,
    datum: date,
    door: User | None,
    toelichting: str = "",
) -> Toestemming:
    """Consent given or withdrawn: what, when and recorded by whom."""
    return clean_save(
        Toestemming(
            inwoner=inwoner,
            onderwerp=onderwerp,
            gegeven=bool(gegeven),
            datum=datum,
            vastgelegd_door=door,
            toelichting=toelichting,
        )
    )
