"""This app's part of the demo (public schema): the toolbox's real content. Idempotent.

Themes, example projects and the three routes come from ada.inhoud, written only from the
source documents.
"""

from __future__ import annotations

from django.db import transaction

from ada import services
from ada.models import Stap, Voorbeeldproject
from leerkring.models import Thema
from tenants.models import Gemeente


@transaction.atomic
def toolbox_seed() -> None:
    """Themes, example projects and the three routes (safe to run again)."""
    from ada.inhoud import STAPPEN, THEMAS, VOORBEELDEN

    for slug, naam in THEMAS:
        Thema.objects.get_or_create(slug=slug, defaults={"naam": naam})
    themas = {t.slug: t for t in Thema.objects.all()}
    gemeenten = {g.naam: g for g in Gemeente.objects.all()}
    for slug, (
        titel,
        samenvatting,
        tekst,
        dorp,
        gemeente,
        tags,
        contact,
        bron,
    ) in VOORBEELDEN.items():
        project, created = Voorbeeldproject.objects.get_or_create(
            slug=slug,
            defaults={
                "titel": titel,
                "samenvatting": samenvatting,
                "beschrijving": tekst,
                "dorp": dorp,
                "gemeente": gemeenten.get(gemeente),
                "contact": contact,
                "bron": bron,
                "status": Voorbeeldproject.Status.GEPUBLICEERD,
            },
        )
        if created:
            project.themas.set([themas[t] for t in tags])
    projecten = {p.slug: p for p in Voorbeeldproject.objects.filter(slug__in=VOORBEELDEN)}
    for rol, stappen in STAPPEN.items():
        for volgorde, (titel, vraag, advies, voorbeelden) in enumerate(stappen, start=1):
            stap, created = Stap.objects.get_or_create(
                rol=rol,
                volgorde=volgorde,
                defaults={"titel": titel, "vraag": vraag, "advies": advies},
            )
            if created:
                stap.voorbeelden.set([projecten[s] for s in voorbeelden])
    services.ada_index()


def seed(*, accounts) -> None:
    toolbox_seed()
