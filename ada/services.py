"""Writes of the ADA toolbox: a foundation submits a project, staff review it.

Every service opens its own transaction and checks the rule it guards; a field's range
lives on the model field, and ``full_clean()`` checks it before anything is saved.
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
# What image_store decides about a photo, not the person submitting it.
FOTO_BEREKEND = ["project", "bestand", "content_type", "breedte", "hoogte"]
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
    titel = (titel or "").strip()
    project = Voorbeeldproject(
        slug=_unique_slug(titel),
        titel=titel,
        samenvatting=(samenvatting or "").strip(),
        beschrijving=(beschrijving or "").strip(),
        dorp=dorp,
        gemeente=organisatie.gemeente,
        contact=(contact or "").strip(),
        organisatie=organisatie,
        ingediend_door=lidmaatschap.user,
        status=Voorbeeldproject.Status.INGEDIEND,
    )
    project.full_clean()
    if dorp not in {d.naam for d in organisatie.dorpen.all()}:
        raise ValidatieFout(_("Kies een dorp van jullie organisatie."), field="dorp")
    themas = themas_resolve(slugs=thema_slugs)
    fotos = list(fotos)
    if len(fotos) > MAX_FOTOS:
        raise ValidatieFout(_("Maximaal 6 foto's."), field="foto")
    for _upload, alt in fotos:
        Foto(alt=(alt or titel).strip()).clean_fields(exclude=FOTO_BEREKEND)
    # Check and re-encode every photo before anything is written.
    opgeslagen = [(image_store(upload), alt) for upload, alt in fotos]
    with transaction.atomic():
        project.save()
        project.themas.set(themas)
        for foto, alt in opgeslagen:
            _saved_foto(project, foto, (alt or titel).strip())
    return project


def _saved_foto(project: Voorbeeldproject, foto, alt: str) -> Foto:
    rij = Foto(
        project=project,
        bestand=foto.bestand,
        content_type=foto.content_type,
        breedte=foto.breedte,
        hoogte=foto.hoogte,
        alt=alt,
    )
    rij.full_clean()
    rij.save()
    return rij


@transaction.atomic
def project_review(
    *, staf: User, project: Voorbeeldproject, publiceren: bool, reden: str = ""
) -> Voorbeeldproject:
    """Staff publish a submission, or turn it down with a reason (Voorbeeldproject.clean)."""
    if not policy.is_staf(staf):
        raise GeenToegang(_("Alleen medewerkers van Groninger Dorpen beoordelen projecten."))
    project.status = (
        Voorbeeldproject.Status.GEPUBLICEERD if publiceren else Voorbeeldproject.Status.AFGEWEZEN
    )
    project.beoordeeld_door = staf
    project.beoordeeld_op = timezone.now()
    project.reden_afwijzing = "" if publiceren else (reden or "").strip()
    project.full_clean()
    project.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op", "reden_afwijzing"])
    Voorbeeldproject.objects.filter(pk=project.pk).update(zoekvector=zoekvector(*PROJECT_VELDEN))
    return project
