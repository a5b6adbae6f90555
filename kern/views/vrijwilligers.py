"""Volunteers: the coordinator's list and forms, and a volunteer's own work."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from kern import forms as f
from kern import policy, selectors, services
from kern.matching import VOG_WAARSCHUWING_DAGEN, vog_geldig_tot
from kern.policy import Recht, requires
from kern.views._gedeeld import _formulier, _lid, _post
from noaber.formulieren import run_service


@requires(Recht.DOSSIERS_LEZEN)
def vrijwilligers(request):
    rows, totaal = selectors.vrijwilligers_list()
    from kern.services import instellingen

    jaren = instellingen().vog_geldig_jaren
    vandaag = timezone.localdate()
    for v in rows:
        v.vog_tot = vog_geldig_tot(v, jaren)
        v.vog_verlopen = v.vog_tot is None or v.vog_tot < vandaag
        v.vog_bijna = not v.vog_verlopen and (v.vog_tot - vandaag).days <= VOG_WAARSCHUWING_DAGEN
    return render(
        request,
        "kern/vrijwilligers.html",
        {
            "vrijwilligers": rows,
            "totaal": totaal,
            "mag_schrijven": policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def vrijwilliger_nieuw(request):
    form = f.VrijwilligerForm(_post(request), tenant=request.tenant)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.vrijwilliger_create(
                door=request.user,
                user=_account(request, form.cleaned_data),
                **form.cleaned_data,
            ),
        )
    ):
        messages.success(request, _("Vrijwilliger vastgelegd."))
        return redirect("kern:vrijwilligers")
    return _formulier(request, form, titel=_("Nieuwe vrijwilliger"), terug="kern:vrijwilligers")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def vrijwilliger_bewerken(request, pk):
    obj = policy.access_vrijwilliger(_lid(request), request.user, pk, schrijven=True)
    initial = {
        k: getattr(obj, k)
        for k in f.VrijwilligerForm.base_fields
        if k not in ("categorieen", "account_email")
    }
    initial |= {
        "categorieen": list(obj.categorieen.values_list("pk", flat=True)),
        "dorpen": list(obj.dorpen.values_list("pk", flat=True)),
        "account_email": obj.user.email if obj.user_id else "",
    }
    form = f.VrijwilligerForm(_post(request), tenant=request.tenant, initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.vrijwilliger_update(
                vrijwilliger=obj,
                door=request.user,
                user=_account(request, form.cleaned_data),
                **form.cleaned_data,
            ),
        )
    ):
        messages.success(request, _("Vrijwilliger bijgewerkt."))
        return redirect("kern:vrijwilligers")
    return _formulier(request, form, titel=str(obj), terug="kern:vrijwilligers")


def _account(request, data: dict):
    return services.account_voor(organisatie=request.tenant, email=data.pop("account_email", ""))


# --- the volunteer's own view ---------------------------------------------------------------


@requires(Recht.EIGEN_WERK)
def mijn(request):
    return render(request, "kern/mijn.html", {"werk": selectors.mijn_werk(user=request.user)})


@requires(Recht.UREN_SCHRIJVEN)
def mijn_uren(request):
    """The hours page used to live here: one page for every role now (kern:uren)."""
    return redirect("kern:uren")


# --- the public intake -----------------------------------------------------------------------
