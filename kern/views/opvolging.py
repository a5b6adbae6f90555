"""Following up: tasks, referrals, the watch list and signals."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kern import forms as f
from kern import policy, selectors, services
from kern.models import Inwoner
from kern.policy import Recht, requires
from kern.views._gedeeld import _formulier, _lid, _post
from noaber.formulieren import refused_status, run_service


def taak_afronden(request, pk):
    lid = _lid(request)
    taak = policy.access_taak(lid, request.user, pk)
    form = f.TaakAfrondenForm(_post(request))
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.taak_complete(taak=taak, door=request.user, **form.cleaned_data),
        )
    ):
        messages.success(request, _("Taak afgerond."))
        return redirect("kern:dashboard")
    return _formulier(request, form, titel=taak.omschrijving, terug="kern:dashboard")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def verwijzing_antwoord(request, pk):
    verwijzing = policy.access_verwijzing(_lid(request), request.user, pk)
    form = f.AntwoordForm(_post(request))
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.verwijzing_answer(
                verwijzing=verwijzing, door=request.user, **form.cleaned_data
            ),
        )
    ):
        messages.success(request, _("Antwoord vastgelegd."))
        return redirect("kern:inwoner", pk=verwijzing.inwoner_id)
    return _formulier(
        request,
        form,
        titel=_("Antwoord van %(p)s") % {"p": verwijzing.partner},
        terug="kern:inwoners",
    )


# --- aandachtslijst -----------------------------------------------------------------------


@requires(Recht.DOSSIERS_LEZEN)
def aandachtslijst(request):
    rows, totaal = selectors.aandachtslijst_list()
    return render(
        request,
        "kern/aandachtslijst.html",
        {
            "rijen": rows,
            "totaal": totaal,
            "vandaag": timezone.localdate(),
            "mag_schrijven": policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@require_POST
@requires(Recht.DOSSIERS_SCHRIJVEN)
def aandacht_stop(request, pk):
    aandacht = policy.access_aandacht(_lid(request), request.user, pk)
    services.aandacht_stop(aandacht=aandacht, door=request.user)
    messages.success(request, _("Van de aandachtslijst gehaald."))
    return redirect("kern:aandachtslijst")


# --- signalen -------------------------------------------------------------------------------


def signalen(request):
    lid = _lid(request)
    if policy.mag(lid, Recht.SIGNALEN_BEHANDELEN):
        rows, totaal = selectors.signalen_list()
    else:
        policy.require(lid, Recht.BESTUUR_ADVISEREN)
        rows, totaal = selectors.signalen_list(alleen_bestuur=True)
    return render(request, "kern/signalen.html", {"signalen": rows, "totaal": totaal})


@requires(Recht.SIGNAAL_MELDEN)
def signaal_nieuw(request):
    lid = _lid(request)
    if policy.mag(lid, Recht.DOSSIERS_LEZEN):
        gekozen = request.GET.get("inwoner") or request.POST.get("inwoner")
        keuzes = [policy.access_inwoner(lid, request.user, gekozen)] if gekozen else []
    else:
        keuzes = list(Inwoner.objects.filter(pk__in=policy.eigen_inwoner_ids(request.user)))
    form = f.SignaalForm(_post(request), inwoners=keuzes)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        signaal = run_service(
            form,
            lambda: services.signaal_report(
                inwoner=policy.inwoner_meldbaar(lid, request.user, d["inwoner"]),
                omschrijving=d["omschrijving"],
                door=request.user,
            ),
        )
        if signaal:
            messages.success(request, _("Dank je. De dorpsondersteuner ziet je melding vandaag."))
            return redirect("kern:dashboard")
    intro = "" if keuzes else _("Je kunt alleen iets melden over inwoners die je helpt.")
    return _formulier(
        request, form, titel=_("Zorg melden"), terug="kern:dashboard", knop=_("Melden"), intro=intro
    )


def signaal(request, pk):
    lid = _lid(request)
    obj = policy.access_signaal(lid, request.user, pk)
    behandelen = policy.mag(lid, Recht.SIGNALEN_BEHANDELEN)
    data = request.POST if request.method == "POST" else None
    welk = request.POST.get("formulier", "")
    behandel = f.SignaalBehandelForm(data if welk == "behandel" else None, prefix="b")
    bestuur = f.SignaalBestuurForm(data if welk == "bestuur" else None, prefix="e")
    advies = f.BestuurAdviesForm(data if welk == "advies" else None, prefix="a")
    if request.method == "POST":
        klaar = None
        if welk == "behandel" and behandelen:
            klaar = behandel.is_valid() and run_service(
                behandel,
                lambda: services.signaal_handle(
                    signaal=obj, door=request.user, **behandel.cleaned_data
                ),
            )
        elif welk == "bestuur" and behandelen:
            klaar = bestuur.is_valid() and run_service(
                bestuur,
                lambda: services.signaal_escalate(
                    signaal=obj, toelichting=bestuur.cleaned_data["actie"], door=request.user
                ),
            )
        elif welk == "advies" and policy.mag(lid, Recht.BESTUUR_ADVISEREN):
            klaar = advies.is_valid() and run_service(
                advies,
                lambda: services.signaal_advise(
                    signaal=obj, door=request.user, **advies.cleaned_data
                ),
            )
        else:
            policy.require(None, Recht.SIGNALEN_BEHANDELEN)
        if klaar:
            messages.success(request, _("Vastgelegd."))
            return redirect("kern:signalen")
    return render(
        request,
        "kern/signaal.html",
        {
            "signaal": obj,
            "behandelen": behandelen,
            "behandel_form": behandel,
            "bestuur_form": bestuur,
            "advies_form": advies,
            "mag_adviseren": policy.mag(lid, Recht.BESTUUR_ADVISEREN),
        },
        status=refused_status(request, behandel, bestuur, advies),
    )


# --- vrijwilligers -------------------------------------------------------------------------
