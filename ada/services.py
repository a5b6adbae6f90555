"""Writes of the ADA toolbox: a foundation submits a project, staff review it.

Every service opens its own transaction and checks the rule it guards.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from ada import policy
from ada.images import image_store
from ada.models import Foto, Stap, Voorbeeldproject
from leerkring.models import zoekvector
from leerkring.services import themas_resolve
from noaber.errors import GeenToegang, ValidatieFout
from tenants.models import Lidmaatschap, Organisatie, User

MAX_FOTOS = 6
PROJECT_VELDEN = (("titel", "A"), ("samenvatting", "A"), ("dorp", "A"), ("beschrijving", "B"))


def ada_index() -> None:
    Voorbeeldproject.objects.update(zoekvector=zoekvector(*PROJECT_VELDEN))
    Stap.objects.update(zoekvector=zoekvector(("titel", "A"), ("vraag", "B"), ("advies", "B")))


def _unique_slug(titel: str) -> str:
    base = slugify(titel)[:70] or "project"
    slug, n = base, 2
    while Voorbeeldproject.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _clean_text(value: str, field: str, *, label) -> str:
    from django.utils.text import format_lazy

    value = (value or "").strip()
    if not value:
        raise ValidatieFout(format_lazy(_("Vul {veld} in."), veld=label), field=field)
    return value


def project_submit(
    *,
    lidmaatschap: Lidmaatschap | None,
    titel: str,
    samenvatting: str,
    beschrijving: str,
    dorp: str,
    thema_slugs: Iterable[str],
    contact: str,
    fotos: Iterable[tuple[object, str]] = (),
) -> Voorbeeldproject:
    """A foundation shares a completed project; it waits for staff review."""
    if lidmaatschap is None or not policy.may_submit_project(lidmaatschap):
        raise GeenToegang(_("Alleen de coördinator of het bestuur kan een project indienen."))
    organisatie: Organisatie = lidmaatschap.organisatie
    titel = _clean_text(titel, "titel", label=_("een titel"))
    samenvatting = _clean_text(samenvatting, "samenvatting", label=_("een samenvatting"))
    beschrijving = _clean_text(beschrijving, "beschrijving", label=_("een beschrijving"))
    contact = _clean_text(contact, "contact", label=_("een contact"))
    dorpen = {d.naam for d in organisatie.dorpen.all()}
    if dorp not in dorpen:
        raise ValidatieFout(_("Kies een dorp van jullie organisatie."), field="dorp")
    themas = themas_resolve(slugs=thema_slugs)
    fotos = list(fotos)
    if len(fotos) > MAX_FOTOS:
        raise ValidatieFout(_("Maximaal 6 foto's."), field="foto")
    # Check and re-encode every photo before anything is written.
    opgeslagen = [(image_store(upload), alt) for upload, alt in fotos]
    with transaction.atomic():
        project = Voorbeeldproject.objects.create(
            slug=_unique_slug(titel),
            titel=titel,
            samenvatting=samenvatting[:300],
            beschrijving=beschrijving,
            dorp=dorp,
            gemeente=organisatie.gemeente,
            contact=contact,
            organisatie=organisatie,
            ingediend_door=lidmaatschap.user,
            status=Voorbeeldproject.Status.INGEDIEND,
        )
        project.themas.set(themas)
        Foto.objects.bulk_create(
            Foto(
                project=project,
                bestand=foto.bestand,
                content_type=foto.content_type,
                breedte=foto.breedte,
                hoogte=foto.hoogte,
                alt=(alt or titel).strip()[:200],
            )
            for foto, alt in opgeslagen
        )
    return project


@transaction.atomic
def project_review(
    *, staf: User, project: Voorbeeldproject, publiceren: bool, reden: str = ""
) -> Voorbeeldproject:
    if not policy.is_staf(staf):
        raise GeenToegang(_("Alleen medewerkers van Groninger Dorpen beoordelen projecten."))
    if not publiceren and not reden.strip():
        raise ValidatieFout(_("Schrijf kort waarom het project (nog) niet geplaatst wordt."))
    project.status = (
        Voorbeeldproject.Status.GEPUBLICEERD if publiceren else Voorbeeldproject.Status.AFGEWEZEN
    )
    project.beoordeeld_door = staf
    project.beoordeeld_op = timezone.now()
    project.reden_afwijzing = "" if publiceren else reden.strip()[:500]
    project.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op", "reden_afwijzing"])
    Voorbeeldproject.objects.filter(pk=project.pk).update(zoekvector=zoekvector(*PROJECT_VELDEN))
    return project
