"""The coordinator's day and the residents' files. Thin views: parse, call one service or
selector, render.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from kern import forms as f
from kern import policy, selectors, services
from kern.policy import Recht, requires
from kern.views._gedeeld import _formulier, _lid, _post
from noaber.formulieren import run_service


def dashboard(request):
    """The start page the member's rights call for: case work, the board's counts, or own work."""
    lid = _lid(request)
    dossiers, cijfers = policy.mag(lid, Recht.DOSSIERS_LEZEN), policy.mag(lid, Recht.CIJFERS_LEZEN)
    if not dossiers and not cijfers and policy.mag(lid, Recht.EIGEN_WERK):
        return render(request, "kern/mijn.html", {"werk": selectors.mijn_werk(user=request.user)})
    template = "kern/dashboard_bestuur.html" if cijfers and not dossiers else "kern/dashboard.html"
    return render(
        request,
        template,
        {
            "dashboard": selectors.dashboard_for(lidmaatschap=lid),
            "vandaag": timezone.localdate(),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
        },
    )


# --- inwoners ----------------------------------------------------------------------------


@requires(Recht.DOSSIERS_LEZEN)
def inwoners(request):
    zoek = f.ZoekForm(request.GET)
    q = zoek.cleaned_data["q"] if zoek.is_valid() else ""
    context = {"resultaten": selectors.inwoners_search(q), "q": q}
    if request.headers.get("HX-Request"):
        return render(request, "kern/_inwoners_resultaten.html", context)
    context["mag_schrijven"] = policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN)
    return render(request, "kern/inwoners.html", context)


@requires(Recht.DOSSIERS_SCHRIJVEN)
def inwoner_nieuw(request):
    form = f.InwonerForm(_post(request), tenant=request.tenant, nieuw=True)
    if request.method == "POST" and form.is_valid():
        inwoner = run_service(
            form,
            lambda: services.inwoner_create(door=request.user, **_inwoner_data(form.cleaned_data)),
        )
        if inwoner:
            messages.success(request, _("Inwoner vastgelegd."))
            return redirect("kern:inwoner", pk=inwoner.pk)
    return _formulier(request, form, titel=_("Nieuwe inwoner"), terug="kern:inwoners")


def _inwoner_data(d: dict) -> dict:
    data = dict(d)
    data["toestemming_vastleggen"] = data.get("toestemming_vastleggen", False)
    return data


@requires(Recht.DOSSIERS_LEZEN)
def inwoner(request, pk):
    lid = _lid(request)
    obj = policy.access_inwoner(lid, request.user, pk)
    return render(
        request,
        "kern/inwoner.html",
        {
            "dossier": selectors.inwoner_dossier(obj),
            "toon_notities": policy.mag(lid, Recht.NOTITIES_LEZEN),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def inwoner_bewerken(request, pk):
    obj = policy.access_inwoner(_lid(request), request.user, pk, schrijven=True)
    initial = {k: getattr(obj, k) for k in f.InwonerForm.base_fields} | {"dorp": obj.dorp_id}
    form = f.InwonerForm(_post(request), tenant=request.tenant, initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.inwoner_update(inwoner=obj, door=request.user, **form.cleaned_data),
        )
    ):
        messages.success(request, _("Gegevens bijgewerkt."))
        return redirect("kern:inwoner", pk=obj.pk)
    return _formulier(request, form, titel=str(obj), terug="kern:inwoners")


def _inwoner_actie(request, pk, form_cls, service, *, titel, melding, **initial):
    obj = policy.access_inwoner(_lid(request), request.user, pk, schrijven=True)
    form = form_cls(_post(request), initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(form, lambda: service(inwoner=obj, door=request.user, **form.cleaned_data))
    ):
        messages.success(request, melding)
        return redirect("kern:inwoner", pk=obj.pk)
    return _formulier(request, form, titel=f"{titel}: {obj}", terug="kern:inwoners")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def toestemming_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.ToestemmingForm,
        services.toestemming_record,
        titel=_("Toestemming vastleggen"),
        melding=_("Toestemming vastgelegd."),
        datum=timezone.localdate(),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def contact_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.ContactForm,
        services.contactmoment_create,
        titel=_("Contact vastleggen"),
        melding=_("Contact vastgelegd."),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def aandacht_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.AandachtForm,
        services.aandacht_add,
        titel=_("Op de aandachtslijst"),
        melding=_("Op de aandachtslijst gezet."),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def verwijzing_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.VerwijzingForm,
        services.verwijzing_create,
        titel=_("Verwijzen"),
        melding=_("Verwijzing vastgelegd."),
    )


# --- hulpvragen --------------------------------------------------------------------------
