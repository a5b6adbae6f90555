"""The ADA toolbox's public pages: everyone reads the routes and the published examples.

Thin: parse, call one selector, render.
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import render

from ada import images, selectors
from ada.models import Rol


def home(request):
    return render(request, "ada/index.html", {"rollen": Rol.choices})


def route(request, rol: str):
    stappen = selectors.route(rol)
    return render(
        request,
        "ada/route.html",
        {"rol": rol, "rol_naam": Rol(rol).label, "stappen": stappen},
    )


def stap(request, rol: str, volgorde: int):
    detail = selectors.stap(rol, volgorde)
    return render(
        request,
        "ada/stap.html",
        {"rol": rol, "rol_naam": Rol(rol).label, "detail": detail},
    )


def voorbeelden(request):
    return render(
        request,
        "ada/voorbeelden.html",
        {"pagina": selectors.voorbeelden(request.GET.get("pagina"))},
    )


def project(request, slug: str):
    gevonden = selectors.access_project(request.user, slug)
    return render(request, "ada/project.html", {"detail": selectors.project_detail(gevonden)})


def zoeken(request):
    q = request.GET.get("q", "")
    return render(request, "ada/zoeken.html", {"q": q, "resultaten": selectors.zoeken(q)})


def foto(request, foto_id: int):
    """Serve a re-encoded photo with a fixed, safe content type; never inline HTML/SVG."""
    gevonden = selectors.access_foto(request.user, foto_id)
    if gevonden.content_type not in images.CONTENT_TYPES:
        raise Http404
    handle = open(images.image_path(gevonden.bestand), "rb")  # noqa: SIM115 - FileResponse closes it
    response = FileResponse(handle, content_type=gevonden.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Content-Disposition"] = "inline"
    response["Cache-Control"] = "public, max-age=86400"
    return response
