"""Writes for grants, funders and report exports. Call inside the tenant's schema."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from noaber.errors import ValidatieFout
from rapportage.models import Financier, Rapportexport, Subsidie
from tenants.models import User

log = logging.getLogger(__name__)


# --- Funders and grants ----------------------------------------------------------------------


def financier_create(*, naam: str, soort: str) -> Financier:
    financier = Financier(naam=naam.strip(), soort=soort)
    financier.full_clean(validate_unique=False)
    # The name is unique regardless of case ("Oranje Fonds", "oranje fonds"), a rule the
    # column's exact unique index does not state.
    if Financier.objects.filter(naam__iexact=financier.naam).exists():
        raise ValidatieFout(_("Deze financier bestaat al."), field="naam")
    with transaction.atomic():
        financier.save()
    return financier


def subsidie_create(
    *,
    financier: Financier,
    naam: str,
    bedrag: Decimal,
    begin: date,
    einde: date,
    doel: str = "",
    rapportage_eisen: str = "",
    categorieen=(),
    activiteitsoorten=(),
) -> Subsidie:
    subsidie = Subsidie(
        financier=financier,
        naam=naam.strip(),
        bedrag=bedrag,
        begin=begin,
        einde=einde,
        doel=doel,
        rapportage_eisen=rapportage_eisen,
    )
    subsidie.full_clean()
    if einde < begin:
        raise ValidatieFout(_("Het einde ligt vóór het begin."), field="einde")
    with transaction.atomic():
        subsidie.save()
        subsidie.categorieen.set(categorieen)
        subsidie.activiteitsoorten.set(activiteitsoorten)
    return subsidie


# --- Exports ---------------------------------------------------------------------------------


def rapportexport_request(
    *, soort: str, formaat: str, parameters: dict, door: User
) -> Rapportexport:
    """Queue a long export; the worker (or, without a broker, the request) builds it."""
    export = Rapportexport(
        soort=soort, formaat=formaat, parameters=parameters, aangevraagd_door=door
    )
    export.full_clean()
    with transaction.atomic():
        export.save()
        from rapportage.tasks import rapportexport_build

        transaction.on_commit(lambda: rapportexport_build.delay(str(export.pk)))
    return export
