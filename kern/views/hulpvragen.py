"""Help requests from intake to agreement: status, matching, kennismaking, afsprakendossier."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kern import forms as f
from kern import policy, selectors, services
from kern.matching import kandidaten
from kern.models import Hulpvraag
from kern.policy import Recht, requires
from kern.views._gedeeld import _formulier, _lid, _post
from noaber.errors import NoaberError
from noaber.formulieren import refused_status, run_service


@requires(Recht.DOSSIERS_LEZEN)
def hulpvragen(request):
    status = request.GET.get("status", "")
    if status not in Hulpvraag.Status.values:
        status = ""
    rows, totaal = selectors.hulpvragen_list(status=status or None)
    return render(
        request,
        "kern/hulpvragen.html",
        {
            "hulpvragen": rows,
            "totaal": totaal,
            "status": status,
            "statussen": Hulpvraag.Status.choices,
            "mag_schrijven": policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_nieuw(request):
    lid = _lid(request)
    voor = request.GET.get("inwoner") or request.POST.get("voor_inwoner")
    bewoner = policy.access_inwoner(lid, request.user, voor) if voor else None
    form = f.HulpvraagForm(_post(request))
    if request.method == "POST" and form.is_valid():
        hv = run_service(
            form,
            lambda: services.hulpvraag_create(
                door=request.user, inwoner=bewoner, **form.cleaned_data
            ),
        )
        if hv:
            if hv.buiten_grenzen:
                messages.warning(request, hv.verwijsadvies)
            messages.success(request, _("Hulpvraag vastgelegd."))
            return redirect("kern:hulpvraag", pk=hv.pk)
    return render(
        request,
        "kern/hulpvraag_nieuw.html",
        {"form": form, "inwoner": bewoner},
        status=refused_status(request, form),
    )


@requires(Recht.DOSSIERS_LEZEN)
def hulpvraag(request, pk):
    lid = _lid(request)
    hv = policy.access_hulpvraag(lid, request.user, pk)
    return render(
        request,
        "kern/hulpvraag.html",
        {
            "detail": selectors.hulpvraag_detail(hv),
            "status_form": f.StatusForm(),
            "status_keuzes": f.status_choices_for(hv),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
            "vandaag": timezone.localdate(),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_status(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    form = f.StatusForm(_post(request))
    form.fields["naar"].choices = f.status_choices_for(hv)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.hulpvraag_transition(
                hulpvraag=hv, door=request.user, **form.cleaned_data
            ),
        )
    ):
        messages.success(request, _("Status bijgewerkt."))
        return redirect("kern:hulpvraag", pk=hv.pk)
    return _formulier(request, form, titel=_("Status wijzigen"), terug="kern:hulpvragen")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_bewerken(request, pk):
    """Complete a request after the first call (category, hours): the limits are re-checked."""
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    initial = {k: getattr(hv, k) for k in f.HulpvraagForm.base_fields}
    form = f.HulpvraagForm(_post(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        bijgewerkt = run_service(
            form,
            lambda: services.hulpvraag_update(hulpvraag=hv, door=request.user, **form.cleaned_data),
        )
        if bijgewerkt:
            if bijgewerkt.buiten_grenzen:
                messages.warning(request, bijgewerkt.verwijsadvies)
            messages.success(request, _("Hulpvraag bijgewerkt."))
            return redirect("kern:hulpvraag", pk=hv.pk)
    return _formulier(request, form, titel=_("Hulpvraag aanvullen"), terug="kern:hulpvragen")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_koppel(request, pk):
    """Link a request (e.g. from the intake) to a resident found with the search box."""
    lid = _lid(request)
    hv = policy.access_hulpvraag(lid, request.user, pk, schrijven=True)
    form = f.KoppelInwonerForm(_post(request))
    if request.method == "POST" and form.is_valid():
        bewoner = policy.access_inwoner(lid, request.user, form.cleaned_data["inwoner"])
        services.hulpvraag_update(hulpvraag=hv, door=request.user, inwoner=bewoner)
        messages.success(request, _("Hulpvraag gekoppeld aan %(naam)s.") % {"naam": bewoner})
        return redirect("kern:hulpvraag", pk=hv.pk)
    zoek = f.ZoekForm(request.GET)
    q = zoek.cleaned_data["q"] if zoek.is_valid() else ""
    # The page shows no form of its own (one button per search result): a refused post
    # gets refused_status's message at the top.
    return render(
        request,
        "kern/koppel.html",
        {"hulpvraag": hv, "q": q, "resultaten": selectors.inwoners_search(q) if q else []},
        status=refused_status(request),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulp_klaar(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    if request.method == "POST":
        try:
            services.hulp_finish(hulpvraag=hv, door=request.user)
            messages.success(request, _("Hulp afgerond: nabellen staat op de takenlijst."))
        except NoaberError as error:
            messages.error(request, str(error))
    return redirect("kern:hulpvraag", pk=hv.pk)


@requires(Recht.DOSSIERS_SCHRIJVEN)
def kandidaten_view(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    form = f.MatchKiesForm(_post(request))
    if request.method == "POST" and form.is_valid():
        vrijwilliger = policy.access_vrijwilliger(
            _lid(request), request.user, form.cleaned_data["vrijwilliger"]
        )
        if run_service(
            form,
            lambda: services.match_choose(
                hulpvraag=hv, vrijwilliger=vrijwilliger, door=request.user
            ),
        ):
            messages.success(request, _("Vrijwilliger gekozen. Plan nu de kennismaking."))
            return redirect("kern:hulpvraag", pk=hv.pk)
    return render(
        request,
        "kern/kandidaten.html",
        {"hulpvraag": hv, "kandidaten": kandidaten(hv), "form": form},
        status=refused_status(request, form),
    )


def _match_actie(request, pk, form_cls, action, *, titel, melding, **initial):
    match = policy.access_match(_lid(request), request.user, pk, schrijven=True)
    form = form_cls(_post(request), initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(form, lambda: action(match, form.cleaned_data))
    ):
        messages.success(request, melding)
        return redirect("kern:hulpvraag", pk=match.hulpvraag_id)
    return _formulier(
        request, form, titel=f"{titel}: {match.vrijwilliger}", terug="kern:hulpvragen"
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def kennismaking(request, pk):
    return _match_actie(
        request,
        pk,
        f.KennismakingForm,
        lambda m, d: services.kennismaking_record(match=m, door=request.user, **d),
        titel=_("Kennismaking"),
        melding=_("Kennismaking vastgelegd."),
        datum=timezone.localdate(),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def afspraken(request, pk):
    return _match_actie(
        request,
        pk,
        f.AfsprakenForm,
        lambda m, d: services.afsprakendossier_create(match=m, door=request.user, **d),
        titel=_("Afsprakendossier"),
        melding=_("Afspraken vastgelegd. Laat beide partijen tekenen."),
        startdatum=timezone.localdate(),
    )


@require_POST
@requires(Recht.DOSSIERS_SCHRIJVEN)
def afspraken_teken(request, pk):
    match = policy.access_match(_lid(request), request.user, pk, schrijven=True)
    form = f.TekenForm(request.POST)
    dossier = getattr(match, "afsprakendossier", None)
    if form.is_valid() and dossier is not None:
        services.afsprakendossier_sign(
            dossier=dossier, partij=form.cleaned_data["partij"], door=request.user
        )
        messages.success(request, _("Akkoord vastgelegd."))
    else:
        messages.error(request, _("Dit kon niet worden vastgelegd."))
    return redirect("kern:hulpvraag", pk=match.hulpvraag_id)


# --- tasks, referrals ---------------------------------------------------------------------
