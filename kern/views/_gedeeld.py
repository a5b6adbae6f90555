"""Helpers every kern page shares."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _

from noaber.formulieren import refused_status


def _post(request):
    """Bound on POST even when nothing was sent (an empty POST must show its errors)."""
    return request.POST if request.method == "POST" else None


def _formulier(request, form, *, titel, terug, knop=None, intro="", status=None):
    """A form page; a POST that comes back to it was refused and answers that status."""
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
        status=status if status is not None else refused_status(request, form),
    )


def _lid(request):
    return request.lidmaatschap


# --- dashboard -------------------------------------------------------------------------
