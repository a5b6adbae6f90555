"""Writes for grants, funders and report exports. Call inside the tenant's schema."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from noaber.errors import ValidatieFout
from rapportage.models import Financier, Rapportexport, Subsidie

log = logging.getLogger(__name__)


# --- MDO -----------------------------------------------------------------------------------


def financier_create(*, naam: str, soort: str) -> Financier:
    naam = naam.strip()
    if not naam:
        raise ValidatieFout(_("Vul een naam in."), field="naam")
    if Financier.objects.filter(naam__iexact=naam).exists():
        raise ValidatieFout(_("Deze financier bestaat al."), field="naam")
    with transaction.atomic():
        return Financier.objects.create(naam=naam, soort=soort)


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
    if einde < begin:
        raise ValidatieFout(_("Het einde ligt vóór het begin."), field="einde")
    if bedrag <= 0:
        raise ValidatieFout(_("Het bedrag moet groter dan nul zijn."), field="bedrag")
    with transaction.atomic():
        subsidie = Subsidie.objects.create(
            financier=financier,
            naam=naam.strip(),
            bedrag=bedrag,
            begin=begin,
            einde=einde,
            doel=doel,
            rapportage_eisen=rapportage_eisen,
        )
        subsidie.categorieen.set(categorieen)
        subsidie.activiteitsoorten.set(activiteitsoorten)
    return subsidie


# --- Exports ---------------------------------------------------------------------------------


def rapportexport_request(*, soort: str, formaat: str, parameters: dict, door) -> Rapportexport:
    """Queue a long export; the worker (or, without a broker, the request) builds it."""
    if formaat not in ("csv", "xlsx", "pdf"):
        raise ValidatieFout(_("Onbekend formaat."), field="formaat")
    with transaction.atomic():
        export = Rapportexport.objects.create(
            soort=soort, formaat=formaat, parameters=parameters, aangevraagd_door=door
        )
        from rapportage.tasks import rapportexport_build

        transaction.on_commit(lambda: rapportexport_build.delay(str(export.pk)))
    return export
