"""The public intake form (no login), with a rate limit."""

from __future__ import annotations

from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kern import forms as f
from kern import services
from kern.models import Hulpvraag
from kern.views._gedeeld import _post
from noaber.formulieren import run_service
from tenants.middleware import tenant_public

INTAKE_PER_UUR = 5


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "onbekend")


def _over_limiet(request) -> bool:
    """At most INTAKE_PER_UUR submissions an hour per address (tenant-aware cache key)."""
    sleutel = f"kern:intake:{_client_ip(request)}"
    cache.add(sleutel, 0, timeout=3600)
    try:
        aantal = cache.incr(sleutel)
    except ValueError:
        cache.set(sleutel, 1, timeout=3600)
        aantal = 1
    return aantal > INTAKE_PER_UUR


@tenant_public
def intake(request):
    form = f.IntakeForm(_post(request))
    if request.method == "POST":
        if _over_limiet(request):
            return render(request, "kern/intake.html", {"form": form, "te_vaak": True}, status=429)
        if form.is_valid() and form.cleaned_data.get("website"):
            return redirect("kern:intake_bedankt")  # a robot: say thanks, keep nothing
        if form.is_valid() and run_service(form, lambda: _intake_opslaan(form.cleaned_data)):
            return redirect("kern:intake_bedankt")
        return render(request, "kern/intake.html", {"form": form}, status=400)
    return render(request, "kern/intake.html", {"form": form})


def _intake_opslaan(d: dict):
    omschrijving = d["omschrijving"]
    if d.get("voor_wie"):
        omschrijving = _("Voor: %(wie)s") % {"wie": d["voor_wie"]} + "\n\n" + omschrijving
    return services.hulpvraag_create(
        door=None,
        bron=Hulpvraag.Bron.INTAKE,
        kanaal=Hulpvraag.Kanaal.WEBSITE,
        aanvrager=d["aanvrager"],
        aanvrager_naam=d["naam"],
        aanvrager_contact=d["contact"],
        categorie=d["categorie"],
        omschrijving=omschrijving,
    )


@tenant_public
def intake_bedankt(request):
    return render(request, "kern/intake_bedankt.html")
