"""Reads of the ADA toolbox, each in a fixed number of queries.

What is not published is seen by staff only: access_project and access_foto are the one way
a page gets a project or a photo.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db.models import F, Prefetch, QuerySet
from django.http import Http404

from ada import policy
from ada.models import Foto, Rol, Stap, Voorbeeldproject
from leerkring.models import ZOEKTAAL, Thema
from tenants.models import Organisatie, User

PER_PAGINA = 20
ZOEK_MAX = 20


def _pagina(qs, nummer) -> Page:
    return Paginator(qs, PER_PAGINA).get_page(nummer)


# --- access helpers -----------------------------------------------------------------------


def access_project(user: User, slug: str) -> Voorbeeldproject:
    """Published projects are public; a submission only for staff."""
    project = (
        Voorbeeldproject.objects.select_related("gemeente", "organisatie")
        .defer("zoekvector")
        .filter(slug=slug)
        .first()
    )
    if project is None:
        raise Http404
    if project.status != Voorbeeldproject.Status.GEPUBLICEERD and not policy.is_staf(user):
        raise Http404
    return project


def access_foto(user: User, foto_id: int) -> Foto:
    foto = Foto.objects.select_related("project").filter(pk=foto_id).first()
    if foto is None:
        raise Http404
    if foto.project.status != Voorbeeldproject.Status.GEPUBLICEERD and not policy.is_staf(user):
        raise Http404
    return foto


# --- routes, steps and examples ---------------------------------------------------------


def _gepubliceerd() -> QuerySet[Voorbeeldproject]:
    return (
        Voorbeeldproject.objects.filter(status=Voorbeeldproject.Status.GEPUBLICEERD)
        .select_related("gemeente")
        .defer("zoekvector", "beschrijving")
    )


def route(rol: str) -> list[Stap]:
    if rol not in Rol.values:
        raise Http404
    return list(
        Stap.objects.filter(rol=rol)
        .defer("zoekvector")
        .prefetch_related(Prefetch("voorbeelden", queryset=_gepubliceerd()))
    )


@dataclass
class StapDetail:
    stap: Stap
    voorbeelden: list[Voorbeeldproject]
    vorige: Stap | None
    volgende: Stap | None
    aantal: int


def stap(rol: str, volgorde: int) -> StapDetail:
    stappen = route(rol)
    for i, stap in enumerate(stappen):
        if stap.volgorde == volgorde:
            return StapDetail(
                stap=stap,
                voorbeelden=list(stap.voorbeelden.all()),
                vorige=stappen[i - 1] if i > 0 else None,
                volgende=stappen[i + 1] if i + 1 < len(stappen) else None,
                aantal=len(stappen),
            )
    raise Http404


def voorbeelden(pagina=1) -> Page:
    return _pagina(_gepubliceerd().prefetch_related("themas").order_by("titel"), pagina)


@dataclass
class ProjectDetail:
    project: Voorbeeldproject
    themas: list[Thema]
    fotos: list[Foto]
    stappen: list[Stap]


def project_detail(project: Voorbeeldproject) -> ProjectDetail:
    return ProjectDetail(
        project,
        list(project.themas.all()),
        list(project.fotos.all()),
        list(project.stappen.defer("zoekvector").order_by("rol", "volgorde")),
    )


@dataclass
class AdaZoekresultaten:
    stappen: list[Stap]
    projecten: list[Voorbeeldproject]


def zoeken(q: str) -> AdaZoekresultaten:
    q = (q or "").replace("\x00", "").strip()[:200]  # PostgreSQL text holds no NUL
    if not q:
        return AdaZoekresultaten([], [])
    query = SearchQuery(q, config=ZOEKTAAL, search_type="websearch")
    stappen: list[Stap] = list(
        Stap.objects.filter(zoekvector=query)
        .annotate(rank=SearchRank(F("zoekvector"), query))
        .defer("zoekvector")
        .order_by("-rank", "rol", "volgorde")[:ZOEK_MAX]
    )
    projecten: list[Voorbeeldproject] = list(
        _gepubliceerd()
        .filter(zoekvector=query)
        .annotate(rank=SearchRank(F("zoekvector"), query))
        .order_by("-rank", "titel")[:ZOEK_MAX]
    )
    return AdaZoekresultaten(stappen, projecten)


def ingediende_projecten(organisatie: Organisatie) -> list[Voorbeeldproject]:
    """A foundation's own submissions and their review status (tenant page)."""
    return list(
        Voorbeeldproject.objects.filter(organisatie=organisatie)
        .defer("zoekvector")
        .order_by("-aangemaakt_op")[:50]
    )


def projecten_ter_beoordeling() -> list[Voorbeeldproject]:
    """Submissions waiting for staff, oldest first (the moderation desk)."""
    return list(
        Voorbeeldproject.objects.filter(status=Voorbeeldproject.Status.INGEDIEND)
        .select_related("organisatie", "gemeente", "ingediend_door")
        .prefetch_related("fotos", "themas")
        .order_by("aangemaakt_op")[:100]
    )
