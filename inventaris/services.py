"""Writes of the shared layer: inventory entries (with history) and applications to join.

A foundation's application for its own environment is a ``Toetredingsverzoek``; the page
calls it an "aanmelding" (context "inventaris": an application, not a sign-up).
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from inventaris.models import Initiatief, InitiatiefWijziging, Toetredingsverzoek
from noaber.errors import BestaatAl, ValidatieFout
from tenants.models import Dorp, Gemeente, Organisatie, User

logger = logging.getLogger(__name__)

AL_BEHANDELD = pgettext_lazy("inventaris", "Deze aanmelding is al behandeld.")

HISTORY_FIELDS = (
    "naam",
    "gemeente",
    "soort",
    "status",
    "toelichting",
    "contact",
    "sinds",
    "financiers",
    "organisatie",
)


def _snapshot(ini: Initiatief) -> dict:
    data = {
        f: getattr(ini, f + "_id" if f in ("gemeente", "organisatie") else f)
        for f in HISTORY_FIELDS
    }
    data["gemeente"] = ini.gemeente.naam if ini.gemeente_id else None
    data["organisatie"] = ini.organisatie.slug if ini.organisatie is not None else None
    data["dorpen"] = sorted(d.naam for d in ini.dorpen.all()) if ini.pk else []
    return data


def _dorpen_check(gemeente: Gemeente, dorpen: list[Dorp]) -> None:
    """At least one village, all in the chosen gemeente (a rule across fields and tables)."""
    if not dorpen:
        raise ValidatieFout(_("Kies minstens één dorp."), field="dorpen")
    vreemd = [d.naam for d in dorpen if d.gemeente_id != gemeente.pk]
    if vreemd:
        raise ValidatieFout(
            format_lazy(
                _("Deze dorpen liggen niet in gemeente {gemeente}: {dorpen}."),
                gemeente=gemeente.naam,
                dorpen=", ".join(vreemd),
            ),
            field="dorpen",
        )


def initiatief_save(
    *,
    door: User | None,
    naam: str,
    gemeente: Gemeente,
    dorpen: list[Dorp],
    soort: str,
    status: str = Initiatief.Status.ACTIEF,
    toelichting: str = "",
    contact: str = "",
    sinds: int | None = None,
    financiers: list[str] | None = None,
    organisatie: Organisatie | None = None,
    initiatief: Initiatief | None = None,
    slug: str = "",
) -> Initiatief:
    """Create or change an inventory entry and record what changed, by whom."""
    financiers = list(financiers or [])
    _dorpen_check(gemeente, dorpen)
    with transaction.atomic():
        if initiatief is None:
            lengte = Initiatief._meta.get_field("slug").max_length  # the column's, not a copy
            slug = slugify(slug or naam)[:lengte] or "initiatief"
            if Initiatief.objects.filter(slug=slug).exists():
                raise BestaatAl(
                    format_lazy(
                        _("Er staat al een initiatief met korte naam '{slug}'."), slug=slug
                    ),
                    field="slug",
                )
            initiatief = Initiatief(slug=slug)
            voor: dict = {}
        else:
            initiatief = Initiatief.objects.select_for_update().get(pk=initiatief.pk)
            voor = _snapshot(initiatief)
        if organisatie is not None:
            bezet = Initiatief.objects.filter(organisatie=organisatie).exclude(pk=initiatief.pk)
            if bezet.exists():
                raise BestaatAl(
                    _("Deze organisatie is al aan een ander initiatief gekoppeld."),
                    field="organisatie",
                )
        initiatief.naam = naam.strip()
        initiatief.gemeente = gemeente
        initiatief.soort = soort
        initiatief.status = status
        initiatief.toelichting = toelichting.strip()
        initiatief.contact = contact.strip()
        initiatief.sinds = sinds
        initiatief.financiers = financiers
        initiatief.organisatie = organisatie
        initiatief.full_clean()
        initiatief.save()
        initiatief.dorpen.set(dorpen)
        na = _snapshot(initiatief)
        velden = {k: [voor.get(k), v] for k, v in na.items() if voor.get(k) != v}
        if velden:
            InitiatiefWijziging.objects.create(
                initiatief=initiatief,
                door=door,
                velden=velden,
                toelichting="aangemaakt" if not voor else "gewijzigd",
            )
    return initiatief


def toetredingsverzoek_create(
    *,
    naam: str,
    slug: str,
    gemeente: Gemeente,
    dorpen: list[Dorp],
    soort: str,
    contact_email: str,
    toelichting: str = "",
    initiatief: Initiatief | None = None,
) -> Toetredingsverzoek:
    """An initiative applies for its own Noaber environment (from the map page)."""
    verzoek = Toetredingsverzoek(
        initiatief=initiatief,
        naam=(naam or "").strip(),
        slug=(slug or "").strip().lower(),
        gemeente=gemeente,
        soort=soort,
        contact_email=(contact_email or "").strip().lower(),
        toelichting=(toelichting or "").strip(),
    )
    verzoek.full_clean()
    if Organisatie.objects.filter(slug=verzoek.slug).exists():
        raise BestaatAl(_("Die korte naam is al in gebruik; kies een andere."), field="slug")
    if not dorpen or any(d.gemeente_id != gemeente.pk for d in dorpen):
        raise ValidatieFout(_("Kies een of meer dorpen in de gekozen gemeente."), field="dorpen")
    with transaction.atomic():
        verzoek.save()
        verzoek.dorpen.set(dorpen)
    logger.info("toetredingsverzoek ingediend", extra={"toetredingsverzoek": verzoek.pk})
    return verzoek


def toetredingsverzoek_approve(
    *, toetredingsverzoek: Toetredingsverzoek, door: User
) -> Organisatie:
    """Staff approve: provision the tenant and link it to its inventory entry."""
    verzoek = toetredingsverzoek
    from tenants.services import tenant_provision

    if verzoek.status != Toetredingsverzoek.Status.INGEDIEND:
        raise ValidatieFout(AL_BEHANDELD)
    dorpen = list(verzoek.dorpen.all())
    with transaction.atomic():
        locked = Toetredingsverzoek.objects.select_for_update().get(pk=verzoek.pk)
        if locked.status != Toetredingsverzoek.Status.INGEDIEND:
            raise ValidatieFout(AL_BEHANDELD)
        organisatie = tenant_provision(
            slug=verzoek.slug,
            naam=verzoek.naam,
            gemeente=verzoek.gemeente.naam,
            dorpen=[d.naam for d in dorpen],
            soort=verzoek.soort,  # inventory kinds are the tenant's kinds, same values
            coordinator_email=verzoek.contact_email,
        ).organisatie
        initiatief = verzoek.initiatief
        if initiatief is None:
            initiatief = initiatief_save(
                door=door,
                naam=verzoek.naam,
                slug=verzoek.slug,
                gemeente=verzoek.gemeente,
                dorpen=dorpen,
                soort=verzoek.soort,
                toelichting=verzoek.toelichting,
                organisatie=organisatie,
            )
        else:
            initiatief_link(initiatief=initiatief, organisatie=organisatie, door=door)
        locked.status = Toetredingsverzoek.Status.GOEDGEKEURD
        locked.behandeld_door = door
        locked.behandeld_op = timezone.now()
        locked.organisatie = organisatie
        locked.initiatief = initiatief
        locked.full_clean()
        locked.save(
            update_fields=["status", "behandeld_door", "behandeld_op", "organisatie", "initiatief"]
        )
    verzoek.refresh_from_db()
    return organisatie


def toetredingsverzoek_reject(
    *, toetredingsverzoek: Toetredingsverzoek, door: User, reden: str = ""
) -> Toetredingsverzoek:
    verzoek = toetredingsverzoek
    if verzoek.status != Toetredingsverzoek.Status.INGEDIEND:
        raise ValidatieFout(AL_BEHANDELD)
    verzoek.status = Toetredingsverzoek.Status.AFGEWEZEN
    verzoek.behandeld_door = door
    verzoek.behandeld_op = timezone.now()
    verzoek.reden = (reden or "").strip()
    verzoek.full_clean()
    verzoek.save(update_fields=["status", "behandeld_door", "behandeld_op", "reden"])
    return verzoek


def initiatief_link(*, initiatief: Initiatief, organisatie: Organisatie, door: User | None):
    """An initiative that became a tenant points to it (recorded in its history)."""
    return initiatief_save(
        door=door,
        initiatief=initiatief,
        naam=initiatief.naam,
        gemeente=initiatief.gemeente,
        dorpen=list(initiatief.dorpen.all()),
        soort=initiatief.soort,
        status=initiatief.status,
        toelichting=initiatief.toelichting,
        contact=initiatief.contact,
        sinds=initiatief.sinds,
        financiers=initiatief.financiers,
        organisatie=organisatie,
    )
