"""Bijeenkomsten: the agenda, signing up, questions beforehand, attendance and the report."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leerkring import selectors, services
from leerkring.forms import BijeenkomstForm, VerslagForm, VerslagReactieForm, VragenlijstForm
from leerkring.views._gedeeld import action_run, int_or_none, lid_required
from noaber.formulieren import refused_status, run_service


@lid_required
def bijeenkomsten(request):
    return render(
        request,
        "leerkring/bijeenkomsten.html",
        {"overzicht": selectors.bijeenkomsten(user=request.user, pagina=request.GET.get("pagina"))},
    )


@lid_required
def bijeenkomst_nieuw(request):
    if request.method == "POST":
        form = BijeenkomstForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            nieuw = run_service(
                form,
                lambda: services.bijeenkomst_create(
                    organisator=request.user,
                    titel=data["titel"],
                    begint_op=data["begint_op"],
                    plaats=data["plaats"],
                    online_link=data["online_link"],
                    agenda=data["agenda"],
                    max_deelnemers=data["max_deelnemers"],
                    vragen=data["vragen"].splitlines(),
                ),
            )
            if nieuw:
                messages.success(request, _("De bijeenkomst staat in de agenda."))
                return redirect("leerkring:bijeenkomst", bijeenkomst_id=nieuw.pk)
    else:
        form = BijeenkomstForm()
    return render(
        request,
        "leerkring/bijeenkomst_nieuw.html",
        {"form": form},
        status=refused_status(request, form),
    )


@lid_required
def bijeenkomst(request, bijeenkomst_id: int):
    gevonden = selectors.access_bijeenkomst(request.user, bijeenkomst_id)
    return render(
        request,
        "leerkring/bijeenkomst.html",
        {
            "detail": selectors.bijeenkomst_detail(user=request.user, bijeenkomst=gevonden),
            "reactie_form": VerslagReactieForm(),
        },
    )


@require_POST
@lid_required
def aanmelden(request, bijeenkomst_id: int):
    gevonden = selectors.access_bijeenkomst(request.user, bijeenkomst_id)
    if request.POST.get("afmelden") == "1":
        services.deelname_cancel(user=request.user, bijeenkomst=gevonden)
        messages.success(request, _("Je bent afgemeld."))
        return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    if not action_run(
        request, lambda: services.deelname_create(user=request.user, bijeenkomst=gevonden)
    ):
        return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    messages.success(request, _("Je bent aangemeld. Wil je de vragen vooraf beantwoorden?"))
    return redirect("leerkring:vragenlijst", bijeenkomst_id=bijeenkomst_id)


@lid_required
def vragenlijst(request, bijeenkomst_id: int):
    gevonden = selectors.access_bijeenkomst(request.user, bijeenkomst_id)
    deelname = selectors.access_deelname(request.user, gevonden)
    detail = selectors.bijeenkomst_detail(user=request.user, bijeenkomst=gevonden)
    form = VragenlijstForm(
        request.POST if request.method == "POST" else None,
        vragen=detail.vragen,
        antwoorden=detail.mijn_antwoorden,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.antwoorden_save(deelname=deelname, antwoorden=form.antwoorden()),
        )
    ):
        messages.success(request, _("Dank je! De organisator leest je antwoorden vooraf."))
        return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    return render(
        request,
        "leerkring/vragenlijst.html",
        {"detail": detail, "form": form},
        status=refused_status(request, form),
    )


@lid_required
def deelnemers(request, bijeenkomst_id: int):
    gevonden = selectors.access_organisator(request.user, bijeenkomst_id)
    if request.method == "POST":
        aanwezig = {int_or_none(v) for v in request.POST.getlist("aanwezig")} - {None}
        services.aanwezigheid_save(user=request.user, bijeenkomst=gevonden, aanwezig_ids=aanwezig)
        messages.success(request, _("De aanwezigheid is opgeslagen."))
        return redirect("leerkring:deelnemers", bijeenkomst_id=bijeenkomst_id)
    return render(
        request,
        "leerkring/deelnemers.html",
        {"bijeenkomst": gevonden, "deelnemers": selectors.deelnemers(bijeenkomst=gevonden)},
    )


@lid_required
def verslag_bewerken(request, bijeenkomst_id: int):
    gevonden = selectors.access_organisator(request.user, bijeenkomst_id)
    bestaand = getattr(gevonden, "verslag", None)
    if request.method == "POST":
        form = VerslagForm(request.POST)
        if form.is_valid() and run_service(
            form,
            lambda: services.verslag_save(
                user=request.user, bijeenkomst=gevonden, **form.cleaned_data
            ),
        ):
            messages.success(request, _("Het verslag is opgeslagen."))
            return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    else:
        form = VerslagForm(
            initial={"tekst": bestaand.tekst, "lessen": bestaand.lessen} if bestaand else None
        )
    return render(
        request,
        "leerkring/verslag_bewerken.html",
        {"form": form, "bijeenkomst": gevonden},
        status=refused_status(request, form),
    )


@require_POST
@lid_required
def verslag_reageren(request, bijeenkomst_id: int):
    verslag = selectors.access_verslag(request.user, bijeenkomst_id)
    form = VerslagReactieForm(request.POST)
    if action_run(
        request,
        lambda: services.verslag_reactie_create(
            auteur=request.user, verslag=verslag, tekst=form.cleaned_data["tekst"]
        ),
        form,
    ):
        messages.success(request, _("Je reactie is geplaatst."))
    return redirect(reverse("leerkring:bijeenkomst", args=[bijeenkomst_id]) + "#verslag")
