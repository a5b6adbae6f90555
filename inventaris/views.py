"""Views of the shared layer: parse input, call one selector or service, render."""

from __future__ import annotations

import csv
import json

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from inventaris import selectors, services
from inventaris.forms import BehandelForm, InitiatiefForm, KaartFilterForm, ToetredingsverzoekForm
from inventaris.geo import feature_collection
from inventaris.models import Initiatief
from inventaris.policy import staf_required
from noaber.formulieren import refused_status, run_service

# --- Public: the map ------------------------------------------------------------


def kaart(request):
    """The inventory map with a list beside it; filters work without JavaScript."""
    filters = {
        "gemeente": request.GET.get("gemeente", ""),
        "soort": request.GET.get("soort", ""),
    }
    data = selectors.kaart(**filters)
    form = KaartFilterForm(filters, gemeenten=data["gemeenten"])
    return render(
        request,
        "inventaris/kaart.html",
        {
            **data,
            "form": form,
            "filters": filters,
            "geojson": feature_collection(data),
            "tile_url": settings.INVENTARIS_TILE_URL,
            "tile_attribution": settings.INVENTARIS_TILE_ATTRIBUTION,
        },
    )


def kaart_geojson(request):
    data = selectors.kaart(
        gemeente=request.GET.get("gemeente", ""), soort=request.GET.get("soort", "")
    )
    return JsonResponse(feature_collection(data), content_type="application/geo+json")


def initiatief(request, slug: str):
    ini = selectors.initiatief_detail(slug)
    if ini is None:
        raise Http404
    return render(request, "inventaris/initiatief.html", {"ini": ini})


def toetredingsverzoek_nieuw(request):
    """An initiative applies for its own Noaber environment."""
    initial = {}
    ini = selectors.initiatief_detail(request.GET.get("initiatief", ""))
    if ini is not None:
        initial = {
            "naam": ini.naam,
            "slug": ini.slug,
            "gemeente": ini.gemeente,
            "dorpen": list(ini.dorpen.all()),
            "soort": ini.soort,
            "initiatief": ini,
        }
    form = ToetredingsverzoekForm(
        request.POST if request.method == "POST" else None, initial=initial
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(form, lambda: services.toetredingsverzoek_create(**form.cleaned_data))
    ):
        messages.success(
            request,
            _("Bedankt! Groninger Dorpen bekijkt uw aanmelding en neemt contact met u op."),
        )
        return redirect("inventaris:kaart")
    return render(
        request,
        "inventaris/toetredingsverzoek.html",
        {"form": form},
        status=refused_status(request, form),
    )


# --- Staff: inventory editing ------------------------------------------------------


@staf_required
def beheer(request):
    return render(
        request,
        "inventaris/beheer.html",
        {
            "initiatieven": selectors.initiatieven_beheer(),
            "toetredingsverzoeken": selectors.toetredingsverzoeken_open(),
        },
    )


def _form_data(ini: Initiatief) -> dict:
    return {
        "naam": ini.naam,
        "gemeente": ini.gemeente,
        "dorpen": list(ini.dorpen.all()),
        "soort": ini.soort,
        "status": ini.status,
        "toelichting": ini.toelichting,
        "contact": ini.contact,
        "sinds": ini.sinds,
        "financiers": ini.financiers,
        "organisatie": ini.organisatie,
    }


@staf_required
def initiatief_bewerken(request, pk: int | None = None):
    ini = None
    if pk is not None:
        ini = selectors.initiatief_met_geschiedenis(pk)
        if ini is None:
            raise Http404
    form = InitiatiefForm(
        request.POST if request.method == "POST" else None, initial=_form_data(ini) if ini else None
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        data["dorpen"] = list(data["dorpen"])
        saved = run_service(
            form, lambda: services.initiatief_save(door=request.user, initiatief=ini, **data)
        )
        if saved:
            messages.success(request, _("Opgeslagen."))
            return redirect("inventaris:initiatief_bewerken", pk=saved.pk)
    return render(
        request,
        "inventaris/initiatief_form.html",
        {"form": form, "ini": ini},
        status=refused_status(request, form),
    )


@staf_required
@require_POST
def toetredingsverzoek_behandelen(request, pk: int):
    verzoek = selectors.access_toetredingsverzoek(request.user, pk)
    form = BehandelForm(request.POST)
    if form.is_valid() and form.cleaned_data["besluit"] == "goedkeuren":
        org = run_service(
            form,
            lambda: services.toetredingsverzoek_approve(
                toetredingsverzoek=verzoek, door=request.user
            ),
        )
        if org:
            messages.success(
                request,
                _("Goedgekeurd: %(naam)s heeft nu een eigen omgeving.") % {"naam": org.naam},
            )
    elif form.is_valid() and run_service(
        form,
        lambda: services.toetredingsverzoek_reject(
            toetredingsverzoek=verzoek, door=request.user, reden=form.cleaned_data["reden"]
        ),
    ):
        messages.success(request, pgettext("inventaris", "Aanmelding afgewezen."))
    # The staff page shows no form for this one: a refusal is a message there.
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("inventaris:beheer")


# --- Staff: the provincial overview ------------------------------------------------


@staf_required
def overzicht(request):
    data = selectors.overzicht(
        gemeente=request.GET.get("gemeente", ""), pagina=request.GET.get("pagina", 1)
    )
    return render(request, "inventaris/overzicht.html", {"o": data})


@staf_required
def overzicht_organisatie(request, slug: str):
    data = selectors.organisatie_overzicht(slug)
    if data is None:
        raise Http404
    return render(request, "inventaris/overzicht_organisatie.html", {"o": data})


class _Echo:
    def write(self, value):
        return value


@staf_required
def overzicht_csv(request):
    writer = csv.writer(_Echo(), delimiter=";")
    rows = selectors.export_rijen(gemeente=request.GET.get("gemeente", ""))
    response = StreamingHttpResponse(
        (writer.writerow(r) for r in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="noaber-overzicht.csv"'
    return response


@staf_required
def overzicht_json(request):
    """The same masked figures for other tools (every count below 5 is "<5")."""
    o = selectors.overzicht(
        gemeente=request.GET.get("gemeente", ""), pagina=request.GET.get("pagina", 1)
    )
    body = {
        "kwartalen": o.labels,
        "bijgewerkt_op": o.bijgewerkt_laatst.isoformat() if o.bijgewerkt_laatst else None,
        "provincie": {m: [a.tekst for a in r.waarden] for m, r in o.provincie.items()},
        "categorieen": {r.sleutel: [a.tekst for a in r.waarden] for r in o.categorieen},
        "gemeenten": {r.naam: [a.tekst for a in r.waarden] for r in o.gemeenten},
        "organisaties": [
            {
                "naam": org.naam,
                "slug": org.slug,
                "gemeente": org.gemeente.naam if org.gemeente else None,
                "laatste_activiteit": org.publicatie.laatste_activiteit.isoformat()
                if getattr(org, "publicatie", None) and org.publicatie.laatste_activiteit
                else None,
                "hulpvragen_dit_kwartaal": org.laatste_kwartaal_aantal.tekst,
                "hulpvragen_vorig_kwartaal": org.vorige_kwartaal_aantal.tekst,
            }
            for org in o.organisaties.object_list
        ],
        "pagina": o.organisaties.number,
        "paginas": o.organisaties.paginator.num_pages,
    }
    return HttpResponse(json.dumps(body, ensure_ascii=False), content_type="application/json")
