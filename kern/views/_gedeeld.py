"""Helpers every kern page shares."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _


def _post(request):
    """Bound on POST even when nothing was sent (an empty POST must show its errors)."""
    return request.POST if request.method == "POST" else None


def _formulier(request, form, *, titel, terug, knop=None, intro="", status=200):
    return render(
        request,
        "kern/formulier.html",
        {
            "form": form,
            "titel": titel,
            "terug": terug,
            "knop": knop or _("Opslaan"),
            "intro": intro,
        },
        status=status,
    )


def _lid(request):
    return request.lidmaatschap


# --- dashboard -------------------------------------------------------------------------
