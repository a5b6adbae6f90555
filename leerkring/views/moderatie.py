"""The staff's moderation desk: reported posts and replies, and projects submitted to ADA."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ada import selectors as ada_selectors
from ada import services as ada_services
from ada.forms import ReviewForm
from leerkring import selectors, services
from leerkring.views._gedeeld import action_run
from tenants.rollen import staf_required


@staf_required
def moderatie(request):
    return render(
        request,
        "leerkring/moderatie.html",
        {"moderatie": selectors.moderatie(), "review_form": ReviewForm()},
    )


@require_POST
@staf_required
def melding_afhandelen(request, melding_id: int):
    melding = selectors.access_melding(request.user, melding_id)
    verbergen = request.POST.get("verbergen") == "1"
    services.melding_resolve(staf=request.user, melding=melding, verbergen=verbergen)
    messages.success(
        request, _("Het bericht is verborgen.") if verbergen else _("De melding is gesloten.")
    )
    return redirect("leerkring:moderatie")


@require_POST
@staf_required
def project_beoordelen(request, slug: str):
    """A submission for the ADA toolbox: staff publish it or turn it down (ada.services)."""
    project = ada_selectors.access_project(request.user, slug)
    form = ReviewForm(request.POST)
    if action_run(
        request,
        lambda: ada_services.project_review(
            staf=request.user,
            project=project,
            publiceren=form.cleaned_data["besluit"] == "publiceren",
            reden=form.cleaned_data["reden"],
        ),
        form,
    ):
        messages.success(request, _("Het project is beoordeeld."))
    return redirect("leerkring:moderatie")
