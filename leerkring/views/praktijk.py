"""Praktijk: members' questions and experiences, replies, reports, themes and search."""

from __future__ import annotations

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leerkring import selectors, services
from leerkring.forms import BerichtForm, MeldingForm, ReactieForm
from leerkring.views._gedeeld import action_run, lid_required
from noaber.formulieren import refused_status, run_service


@lid_required
def praktijk(request):
    return render(
        request,
        "leerkring/praktijk.html",
        {"praktijk": selectors.praktijk(user=request.user, pagina=request.GET.get("pagina"))},
    )


@lid_required
def thema(request, slug: str):
    gekozen = selectors.access_thema(slug)
    return render(
        request,
        "leerkring/praktijk.html",
        {
            "praktijk": selectors.praktijk(
                user=request.user, pagina=request.GET.get("pagina"), thema=gekozen
            )
        },
    )


@require_POST
@lid_required
def thema_volgen(request, slug: str):
    gekozen = selectors.access_thema(slug)
    volgen = request.POST.get("volgen") == "1"
    services.thema_follow(user=request.user, thema=gekozen, volgen=volgen)
    if volgen:
        messages.success(request, _("Je volgt nu dit thema."))
    else:
        messages.success(request, _("Je volgt dit thema niet meer."))
    return redirect("leerkring:thema", slug=gekozen.slug)


@lid_required
def bericht_nieuw(request):
    if request.method == "POST":
        form = BerichtForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            bericht = run_service(
                form,
                lambda: services.bericht_create(
                    auteur=request.user,
                    soort=data["soort"],
                    titel=data["titel"],
                    tekst=data["tekst"],
                    thema_slugs=[t.slug for t in data["themas"]],
                ),
            )
            if bericht:
                messages.success(request, _("Je bericht staat in de Leerkring."))
                return redirect("leerkring:bericht", bericht_id=bericht.pk)
    else:
        form = BerichtForm(initial={"themas": [request.GET.get("thema")]})
    return render(
        request,
        "leerkring/bericht_nieuw.html",
        {"form": form},
        status=refused_status(request, form),
    )


@lid_required
def bericht(request, bericht_id: int, form=None, status=200):
    gevonden = selectors.access_bericht(request.user, bericht_id)
    return render(
        request,
        "leerkring/bericht.html",
        {
            "detail": selectors.bericht_detail(user=request.user, bericht=gevonden),
            "form": form or ReactieForm(),
            "melding_form": MeldingForm(),
        },
        status=status,
    )


@require_POST
@lid_required
def reageren(request, bericht_id: int):
    gevonden = selectors.access_bericht(request.user, bericht_id)
    form = ReactieForm(request.POST)
    if form.is_valid() and run_service(
        form,
        lambda: services.reactie_create(
            auteur=request.user, bericht=gevonden, tekst=form.cleaned_data["tekst"]
        ),
    ):
        messages.success(request, _("Je reactie is geplaatst."))
        return redirect(reverse("leerkring:bericht", args=[bericht_id]) + "#reacties")
    return bericht(request, bericht_id, form=form, status=refused_status(request, form))


@require_POST
@lid_required
def nuttig(request, bericht_id: int, reactie_id: int):
    gevonden = selectors.access_bericht(request.user, bericht_id)
    reactie = selectors.access_reactie(request.user, gevonden, reactie_id)
    if action_run(
        request,
        lambda: services.bericht_mark_helpful(user=request.user, bericht=gevonden, reactie=reactie),
    ):
        messages.success(request, _("Dank je! Dit antwoord staat nu bovenaan als nuttig."))
    return redirect(reverse("leerkring:bericht", args=[bericht_id]) + f"#reactie-{reactie_id}")


@require_POST
@lid_required
def melden(request, bericht_id: int, reactie_id: int | None = None):
    gevonden = selectors.access_bericht(request.user, bericht_id)
    reactie = selectors.access_reactie(request.user, gevonden, reactie_id) if reactie_id else None
    form = MeldingForm(request.POST)
    if action_run(
        request,
        lambda: services.melding_create(
            melder=request.user,
            reden=form.cleaned_data["reden"],
            bericht=None if reactie else gevonden,
            reactie=reactie,
        ),
        form,
    ):
        messages.success(request, _("Dank je. Een medewerker van Groninger Dorpen kijkt ernaar."))
    return redirect("leerkring:bericht", bericht_id=bericht_id)


@lid_required
def zoeken(request):
    q = request.GET.get("q", "")
    return render(request, "leerkring/zoeken.html", {"q": q, "resultaten": selectors.zoeken(q)})


@lid_required
def zoeken_api(request):
    """JSON search for members: only Leerkring posts, replies and reports."""
    resultaten = selectors.zoeken(request.GET.get("q", ""))
    return JsonResponse(
        {
            "resultaten": [
                {
                    "soort": r.soort,
                    "titel": r.titel,
                    "fragment": r.fragment,
                    "url": reverse("leerkring:bericht", args=[r.bericht_id])
                    if r.bericht_id
                    else reverse("leerkring:bijeenkomst", args=[r.bijeenkomst_id]),
                }
                for r in resultaten
            ]
        }
    )
