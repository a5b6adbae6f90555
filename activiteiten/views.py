"""Activity pages. Thin views: parse input, call one service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from activiteiten import forms, policy, selectors, services
from activiteiten.models import Activiteit, Activiteitsoort, Inschrijving
from kern.policy import Recht, mag, require
from noaber.formulieren import refused_status, run_service
from tenants.middleware import tenant_public


def activiteiten(request):
    lid = request.lidmaatschap
    require(lid, Recht.ACTIVITEITEN_ZIEN)
    plan_form = soort_form = None
    if mag(lid, Recht.ACTIVITEITEN_PLANNEN):
        plan_form = forms.ActiviteitPlanForm(request.POST if "plannen" in request.POST else None)
        soort_form = forms.ActiviteitsoortForm(request.POST if "soort" in request.POST else None)
        if request.method == "POST":
            if "plannen" in request.POST and plan_form.is_valid():
                d = plan_form.cleaned_data
                gepland: list[Activiteit] = []
                if run_service(
                    plan_form,
                    lambda: gepland.extend(
                        services.activiteit_plan(
                            soort=d["soort"],
                            begint_op=d["begint_op"],
                            aantal=d["aantal"],
                            locatie=d["locatie"],
                            capaciteit=d["capaciteit"],
                        )
                    ),
                ):
                    messages.success(request, _("Gepland: %(n)s keer.") % {"n": len(gepland)})
                    return redirect("activiteiten:detail", pk=gepland[0].pk)
            elif "soort" in request.POST and soort_form.is_valid():
                from django.utils.text import slugify

                d = soort_form.cleaned_data
                slug = slugify(d["naam"]) or "activiteit"
                if Activiteitsoort.objects.filter(slug=slug).exists():
                    soort_form.add_error("naam", _("Deze soort bestaat al."))
                elif run_service(
                    soort_form, lambda: services.activiteitsoort_create(slug=slug, **d)
                ):
                    return redirect("activiteiten:lijst")
    return render(
        request,
        "activiteiten/activiteiten.html",
        {
            "komend": selectors.activiteiten_lijst(vanaf=timezone.localdate()),
            "plan_form": plan_form,
            "soort_form": soort_form,
        },
        status=refused_status(request, plan_form, soort_form),
    )


def activiteit(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk)
    return _activiteit_pagina(request, act)


def _activiteit_pagina(request, act: Activiteit, **forms_getoond):
    """The activity page; a refused post of one of its forms shows it again with the reason."""
    getoond = {
        "inschrijving_form": forms.InschrijvingForm(),
        "ritten_form": forms.RittenForm(),
        "aanwezigheid_form": forms.AanwezigheidForm(),
        **forms_getoond,
    }
    return render(
        request,
        "activiteiten/activiteit.html",
        {
            "o": selectors.activiteit_overzicht(activiteit=act),
            "a": act,
            "kan_plannen": mag(request.lidmaatschap, Recht.ACTIVITEITEN_PLANNEN),
            **getoond,
        },
        status=refused_status(request, *forms_getoond.values()),
    )


@require_POST
def activiteit_aanmelden(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    form = forms.InschrijvingForm(request.POST)
    if form.is_valid() and run_service(
        form,
        lambda: services.inschrijving_create(
            activiteit=act,
            **form.cleaned_data,
            kanaal=Inschrijving.Kanaal.TELEFOON,
            door=request.user,
        ),
    ):
        messages.success(request, _("%(naam)s is aangemeld.") % {"naam": form.cleaned_data["naam"]})
        return redirect("activiteiten:detail", pk=pk)
    return _activiteit_pagina(request, act, inschrijving_form=form)


@require_POST
def activiteit_ritten(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    form = forms.RittenForm(request.POST)
    ritten = (
        run_service(
            form,
            lambda: services.ritten_assign(
                activiteit=act,
                chauffeurs=list(form.cleaned_data["chauffeurs"]),
                plaatsen=form.cleaned_data["plaatsen"],
            ),
        )
        if form.is_valid()
        else None
    )
    if ritten is None:
        return _activiteit_pagina(request, act, ritten_form=form)
    messages.success(
        request,
        _("Ritten verdeeld over %(n)s chauffeurs; zij hebben bericht gekregen.")
        % {"n": len(ritten)},
    )
    return redirect("activiteiten:detail", pk=pk)


@require_POST
def activiteit_aanwezig(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    form = forms.AanwezigheidForm(request.POST)
    n = (
        run_service(
            form,
            lambda: services.aanwezigheid_record(
                activiteit=act, aanwezig={g.pk for g in form.cleaned_data["aanwezig"]}
            ),
        )
        if form.is_valid()
        else None
    )
    if n is None:
        return _activiteit_pagina(request, act, aanwezigheid_form=form)
    messages.success(request, _("Aanwezigheid opgeslagen: %(n)s aanwezig.") % {"n": n})
    return redirect("activiteiten:detail", pk=pk)


@tenant_public
def publiek_activiteiten(request):
    return render(
        request,
        "activiteiten/publiek_lijst.html",
        {"activiteiten": selectors.activiteiten_lijst(vanaf=timezone.localdate(), publiek=True)},
    )


@tenant_public
def publiek_aanmelden(request, pk: int):
    act = policy.access_publieke_activiteit(pk)
    form = forms.PubliekInschrijvingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        d = dict(form.cleaned_data)
        if d.pop("website"):
            return render(request, "activiteiten/publiek_bedankt.html", {"a": act})
        if run_service(
            form,
            lambda: services.inschrijving_create(
                activiteit=act, **d, kanaal=Inschrijving.Kanaal.WEBSITE
            ),
        ):
            return render(request, "activiteiten/publiek_bedankt.html", {"a": act})
    return render(
        request,
        "activiteiten/publiek_aanmelden.html",
        {"a": act, "form": form},
        status=refused_status(request, form),
    )
