"""MDO pages. Thin views: parse input, call one service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kern.models import Inwoner
from kern.policy import Recht, require
from mdo import forms, pdf, policy, selectors, services
from noaber.bestanden import download
from noaber.formulieren import refused_status, run_service


def mdo_lijst(request):
    require(request.lidmaatschap, Recht.MDO)
    form = forms.MdoForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        overleg = services.mdo_create(**form.cleaned_data, door=request.user)
        return redirect("mdo:detail", pk=overleg.pk)
    return render(
        request,
        "mdo/lijst.html",
        {"overleggen": selectors.mdo_overleggen(), "form": form},
        status=refused_status(request, form),
    )


def mdo_detail(request, pk: int):
    overleg = policy.access_overleg(request.lidmaatschap, pk)
    deelnemer_form = forms.DeelnemerForm(request.POST if "deelnemer" in request.POST else None)
    kies_form = forms.AgendeerKiesForm(
        request.POST if "agendeer" in request.POST else None,
        inwoners=selectors.mdo_inwoners_keuze(),
    )
    if request.method == "POST":
        if "deelnemer" in request.POST and deelnemer_form.is_valid():
            if run_service(
                deelnemer_form,
                lambda: services.mdo_deelnemer_add(overleg=overleg, **deelnemer_form.cleaned_data),
            ):
                return redirect("mdo:detail", pk=pk)
        elif "agendeer" in request.POST:
            form = forms.AgendeerForm(request.POST)
            if form.is_valid():
                inwoner = Inwoner.objects.filter(pk=form.cleaned_data["inwoner"]).first()
                if inwoner is None:
                    raise Http404
                if run_service(
                    kies_form,
                    lambda: services.mdo_bespreking_create(
                        overleg=overleg,
                        inwoner=inwoner,
                        aanleiding=form.cleaned_data["aanleiding"],
                        vraag=form.cleaned_data["vraag"],
                    ),
                ):
                    messages.success(request, _("%(naam)s staat op de agenda.") % {"naam": inwoner})
                    return redirect("mdo:detail", pk=pk)
        elif "afsluiten" in request.POST:
            services.mdo_close(overleg=overleg)
            return redirect("mdo:detail", pk=pk)
    return render(
        request,
        "mdo/detail.html",
        {
            "overleg": overleg,
            "suggesties": selectors.mdo_suggesties(overleg=overleg),
            "deelnemer_form": deelnemer_form,
            "kies_form": kies_form,
        },
        status=refused_status(request, deelnemer_form, kies_form),
    )


def mdo_bespreking(request, pk: int):
    bespreking = policy.access_bespreking(request.lidmaatschap, pk)
    deelnemers = selectors.deelnemers_keuze(overleg=bespreking.overleg)
    by_pk = {d.pk: d for d in deelnemers}
    post = request.POST if request.method == "POST" else None
    form = forms.BesprekingForm(
        post if post and "bespreking_opslaan" in post else None,
        deelnemers=deelnemers,
        initial={"regiehouder": bespreking.regiehouder_id, "bespreking": bespreking.bespreking},
    )
    besluit_form = forms.BesluitForm(post if post and "besluit" in post else None)
    actie_form = forms.ActieForm(post if post and "actie" in post else None, deelnemers=deelnemers)
    if post:
        ok = False
        if "bespreking_opslaan" in post and form.is_valid():
            ok = run_service(
                form,
                lambda: services.mdo_bespreking_update(
                    bespreking=bespreking,
                    regiehouder=by_pk.get(form.cleaned_data["regiehouder"]),
                    bespreking_tekst=form.cleaned_data["bespreking"],
                ),
            )
        elif "besluit" in post and besluit_form.is_valid():
            ok = run_service(
                besluit_form,
                lambda: services.mdo_besluit_add(
                    bespreking=bespreking,
                    tekst=besluit_form.cleaned_data["tekst"],
                    door=request.user,
                ),
            )
        elif "afronden" in post:
            actie = next(
                (a for a in bespreking.acties.all() if str(a.pk) == post["afronden"]), None
            )
            if actie is None:
                raise Http404
            services.mdo_actie_complete(actie=actie)
            ok = True
        elif "actie" in post and actie_form.is_valid():
            ok = run_service(
                actie_form,
                lambda: services.mdo_actie_add(
                    bespreking=bespreking,
                    omschrijving=actie_form.cleaned_data["omschrijving"],
                    eigenaar=by_pk[actie_form.cleaned_data["eigenaar"]],
                    uiterlijk=actie_form.cleaned_data["uiterlijk"],
                ),
            )
        if ok:
            messages.success(request, _("Opgeslagen."))
            return redirect("mdo:bespreking", pk=pk)
    return render(
        request,
        "mdo/bespreking.html",
        {
            "b": bespreking,
            "besluiten": list(bespreking.besluiten.all()),
            "acties": list(bespreking.acties.select_related("eigenaar")),
            "form": form,
            "besluit_form": besluit_form,
            "actie_form": actie_form,
        },
        status=refused_status(request, form, besluit_form, actie_form),
    )


def mdo_pdf(request, pk: int, soort: str):
    overleg = policy.access_overleg(request.lidmaatschap, pk)
    inhoud = pdf.mdo_pdf(
        overleg=overleg,
        punten=selectors.mdo_agenda_voor_deelnemers(overleg=overleg),
        deelnemers=list(overleg.deelnemers.all()),
        verslag=soort == "verslag",
    )
    return download(inhoud, f"mdo-{soort}-{overleg.datum:%Y-%m-%d}.pdf", "pdf")
