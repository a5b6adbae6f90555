"""The Leerkring's home, its members and a member's own settings."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leerkring import policy, selectors, services
from leerkring.forms import ProfielForm
from leerkring.views._gedeeld import lid_required


@lid_required
def home(request):
    overzicht = selectors.praktijk(user=request.user)
    komend = selectors.bijeenkomsten(user=request.user)
    return render(
        request,
        "leerkring/home.html",
        {"praktijk": overzicht, "bijeenkomsten": komend, "is_staf": policy.is_staf(request.user)},
    )


@lid_required
def leden(request):
    return render(
        request, "leerkring/leden.html", {"pagina": selectors.leden(request.GET.get("pagina"))}
    )


@lid_required
def lid(request, user_id: int):
    return render(request, "leerkring/lid.html", {"lid": selectors.lid_profiel(user_id)})


@lid_required
def profiel_bewerken(request):
    profiel = selectors.mijn_profiel(request.user)
    if request.method == "POST":
        form = ProfielForm(request.POST)
        if form.is_valid():
            services.profiel_update(user=request.user, **form.cleaned_data)
            messages.success(request, _("Je instellingen zijn opgeslagen."))
            return redirect("leerkring:profiel_bewerken")
    else:
        initial = {"mail_bij_reactie": True, "mail_bij_thema": True, "weekoverzicht": True}
        if profiel:
            initial = {
                "over_mij": profiel.over_mij,
                "mail_bij_reactie": profiel.mail_bij_reactie,
                "mail_bij_thema": profiel.mail_bij_thema,
                "weekoverzicht": profiel.weekoverzicht,
            }
        form = ProfielForm(initial=initial)
    return render(
        request,
        "leerkring/profiel_bewerken.html",
        {"form": form, "gevolgd": profiel.gevolgde_themas.all() if profiel else []},
    )
