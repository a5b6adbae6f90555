"""Report and grant pages. Thin views: parse input, call one service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from kern.policy import Recht, mag, require
from noaber.bestanden import download
from noaber.formulieren import refused_status, run_service
from rapportage import charts, exports, forms, policy, selectors, services
from rapportage.models import Financier, Rapportexport


def financiering(request):
    lid = request.lidmaatschap
    require(lid, Recht.RAPPORTAGE_LEZEN)
    beheer = mag(lid, Recht.FINANCIERING_BEHEREN)
    fin_form = forms.FinancierForm(request.POST if beheer and "financier" in request.POST else None)
    sub_form = forms.SubsidieForm(request.POST if beheer and "subsidie" in request.POST else None)
    if request.method == "POST":
        require(lid, Recht.FINANCIERING_BEHEREN)
        if "financier" in request.POST and fin_form.is_valid():
            if run_service(fin_form, lambda: services.financier_create(**fin_form.cleaned_data)):
                return redirect("rapportage:financiering")
        elif (
            "subsidie" in request.POST
            and sub_form.is_valid()
            and run_service(sub_form, lambda: services.subsidie_create(**sub_form.cleaned_data))
        ):
            return redirect("rapportage:financiering")
    return render(
        request,
        "rapportage/financiering.html",
        {
            "subsidies": selectors.subsidies_lijst(),
            "financiers": list(Financier.objects.all()),
            "beheer": beheer,
            "fin_form": fin_form,
            "sub_form": sub_form,
        },
        status=refused_status(request, fin_form, sub_form),
    )


def subsidie(request, pk: int):
    sub = policy.access_subsidie(request.lidmaatschap, pk)
    rapport = selectors.subsidierapport(subsidie=sub)
    formaat = request.GET.get("formaat")
    if formaat in exports.BOUWERS:
        inhoud = exports.BOUWERS[formaat]([rapport])
        return download(inhoud, f"verantwoording-{sub.pk}.{formaat}", formaat)
    return render(request, "rapportage/subsidie.html", {"sub": sub, "rapport": rapport})


def _jaar(request, jaren: list[int]) -> int:
    try:
        return int(request.GET.get("jaar", ""))
    except ValueError:
        return jaren[0] if jaren else timezone.localdate().year


def kwartaaloverzicht(request):
    require(request.lidmaatschap, Recht.RAPPORTAGE_LEZEN)
    jaren = selectors.beschikbare_jaren()
    jaar = _jaar(request, jaren)
    if not 1990 <= jaar <= 2100:
        raise Http404
    rapport = selectors.kwartaaloverzicht(jaar=jaar)
    formaat = request.GET.get("formaat")
    if formaat in exports.BOUWERS:
        # One year is small: built inline. All years go to the background (export_start).
        inhoud = exports.BOUWERS[formaat]([rapport])
        return download(inhoud, f"kwartaaloverzicht-{jaar}.{formaat}", formaat)
    grafieken = [
        (g.titel, charts.staafdiagram(g, id_=f"grafiek-{i}"))
        for i, g in enumerate(rapport.grafieken)
    ]
    return render(
        request,
        "rapportage/kwartaal.html",
        {"rapport": rapport, "jaar": jaar, "jaren": jaren, "grafieken": grafieken},
    )


@require_POST
def export_start(request):
    """Every year at once can take a while: build it in the background."""
    require(request.lidmaatschap, Recht.RAPPORTAGE_LEZEN)
    form = forms.ExportForm(request.POST)
    jaren = sorted(selectors.beschikbare_jaren())
    export = (
        run_service(
            form,
            lambda: services.rapportexport_request(
                soort=Rapportexport.Soort.KWARTAAL,
                formaat=form.cleaned_data["formaat"],
                parameters={"jaren": jaren},
                door=request.user,
            ),
        )
        if form.is_valid()
        else None
    )
    if export is None:
        # The button sits on the overview page: the reason goes there, nothing was queued.
        for fouten in form.errors.values():
            for fout in fouten:
                messages.error(request, fout)
        return redirect("rapportage:kwartaal")
    return redirect("rapportage:export", pk=export.pk)


def export_status(request, pk):
    export = policy.access_export(request.lidmaatschap, request.user, pk)
    return render(
        request, "rapportage/export.html", {"export": export, "Status": Rapportexport.Status}
    )


def export_download(request, pk):
    export = policy.access_export(request.lidmaatschap, request.user, pk)
    if export.status != Rapportexport.Status.KLAAR:
        raise Http404
    return download(bytes(export.inhoud), export.bestandsnaam, export.formaat)
