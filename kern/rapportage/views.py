"""Thin views: parse input, call one service or selector, render."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kern.models import Inwoner, Match, Vrijwilliger
from kern.models.activiteiten import Aanmelding, Activiteit, Activiteitsoort
from kern.models.financiering import Financier, Rapportexport
from kern.rapportage import charts, exports, forms, policy, selectors, services
from noaber.errors import NoaberError
from noaber.formulieren import refused_status
from tenants.middleware import tenant_public


def _apply(form, call) -> bool:
    """Run a service; a domain error becomes a Dutch form error, nothing half-saved."""
    try:
        call()
    except NoaberError as fout:
        veld = fout.field if fout.field in form.fields else None
        form.add_error(veld, str(fout.message))
        return False
    return True


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _bestand(inhoud: bytes, naam: str, formaat: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=exports.MIME[formaat])
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


# --- MDO -------------------------------------------------------------------------------------


def mdo_lijst(request):
    _require(policy.can_mdo(request.lidmaatschap))
    form = forms.MdoForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        overleg = services.mdo_create(**form.cleaned_data, door=request.user)
        return redirect("rapportage:mdo_detail", pk=overleg.pk)
    return render(
        request,
        "kern/rapportage/mdo_lijst.html",
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
            if _apply(
                deelnemer_form,
                lambda: services.mdo_deelnemer_add(overleg=overleg, **deelnemer_form.cleaned_data),
            ):
                return redirect("rapportage:mdo_detail", pk=pk)
        elif "agendeer" in request.POST:
            form = forms.AgendeerForm(request.POST)
            if form.is_valid():
                inwoner = Inwoner.objects.filter(pk=form.cleaned_data["inwoner"]).first()
                if inwoner is None:
                    raise Http404
                if _apply(
                    kies_form,
                    lambda: services.mdo_inwoner_agendeer(
                        overleg=overleg,
                        inwoner=inwoner,
                        aanleiding=form.cleaned_data["aanleiding"],
                        vraag=form.cleaned_data["vraag"],
                    ),
                ):
                    messages.success(request, _("%(naam)s staat op de agenda.") % {"naam": inwoner})
                    return redirect("rapportage:mdo_detail", pk=pk)
        elif "afsluiten" in request.POST:
            services.mdo_afsluiten(overleg=overleg)
            return redirect("rapportage:mdo_detail", pk=pk)
    return render(
        request,
        "kern/rapportage/mdo_detail.html",
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
            ok = _apply(
                form,
                lambda: services.mdo_bespreking_update(
                    bespreking=bespreking,
                    regiehouder=by_pk.get(form.cleaned_data["regiehouder"]),
                    bespreking_tekst=form.cleaned_data["bespreking"],
                ),
            )
        elif "besluit" in post and besluit_form.is_valid():
            ok = _apply(
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
            services.mdo_actie_afronden(actie=actie)
            ok = True
        elif "actie" in post and actie_form.is_valid():
            ok = _apply(
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
            return redirect("rapportage:mdo_bespreking", pk=pk)
    return render(
        request,
        "kern/rapportage/mdo_bespreking.html",
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
    inhoud = exports.mdo_pdf(
        overleg=overleg,
        punten=selectors.mdo_agenda_voor_deelnemers(overleg=overleg),
        deelnemers=list(overleg.deelnemers.all()),
        verslag=soort == "verslag",
    )
    return _bestand(inhoud, f"mdo-{soort}-{overleg.datum:%Y-%m-%d}.pdf", "pdf")


# --- Activities ------------------------------------------------------------------------------


def activiteiten(request):
    lid = request.lidmaatschap
    _require(policy.can_see_activiteiten(lid))
    plan_form = soort_form = None
    if policy.can_plan_activiteiten(lid):
        plan_form = forms.ActiviteitPlanForm(request.POST if "plannen" in request.POST else None)
        soort_form = forms.ActiviteitsoortForm(request.POST if "soort" in request.POST else None)
        if request.method == "POST":
            if "plannen" in request.POST and plan_form.is_valid():
                d = plan_form.cleaned_data
                gepland: list[Activiteit] = []
                if _apply(
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
                    return redirect("rapportage:activiteit", pk=gepland[0].pk)
            elif "soort" in request.POST and soort_form.is_valid():
                from django.utils.text import slugify

                d = soort_form.cleaned_data
                slug = slugify(d["naam"]) or "activiteit"
                if Activiteitsoort.objects.filter(slug=slug).exists():
                    soort_form.add_error("naam", _("Deze soort bestaat al."))
                elif _apply(soort_form, lambda: services.activiteitsoort_create(slug=slug, **d)):
                    return redirect("rapportage:activiteiten")
    return render(
        request,
        "kern/rapportage/activiteiten.html",
        {
            "komend": selectors.activiteiten_lijst(vanaf=timezone.localdate()),
            "plan_form": plan_form,
            "soort_form": soort_form,
        },
        status=refused_status(request, plan_form, soort_form),
    )


def activiteit(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk)
    kan_plannen = policy.can_plan_activiteiten(request.lidmaatschap)
    overzicht = selectors.activiteit_overzicht(activiteit=act)
    return render(
        request,
        "kern/rapportage/activiteit.html",
        {
            "o": overzicht,
            "a": act,
            "kan_plannen": kan_plannen,
            "aanmeld_form": kwargs_form(request, "aanmelden", forms.AanmeldForm),
        },
    )


def kwargs_form(request, naam, cls):
    return cls(request.POST if naam in request.POST else None)


@require_POST
def activiteit_aanmelden(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    form = forms.AanmeldForm(request.POST)
    if form.is_valid() and _apply(
        form,
        lambda: services.aanmelding_create(
            activiteit=act,
            **form.cleaned_data,
            kanaal=Aanmelding.Kanaal.TELEFOON,
            door=request.user,
        ),
    ):
        messages.success(request, _("%(naam)s is aangemeld.") % {"naam": form.cleaned_data["naam"]})
        return redirect("rapportage:activiteit", pk=pk)
    overzicht = selectors.activiteit_overzicht(activiteit=act)
    return render(
        request,
        "kern/rapportage/activiteit.html",
        {"o": overzicht, "a": act, "kan_plannen": True, "aanmeld_form": form},
        status=refused_status(request, form),
    )


@require_POST
def activiteit_ritten(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    ids = [int(x) for x in request.POST.getlist("chauffeurs") if x.isdigit()]
    chauffeurs = list(Vrijwilliger.objects.filter(pk__in=ids))
    try:
        plaatsen = max(1, min(int(request.POST.get("plaatsen", 3)), 8))
    except ValueError:
        plaatsen = 3
    try:
        ritten = services.ritten_verdeel(activiteit=act, chauffeurs=chauffeurs, plaatsen=plaatsen)
    except NoaberError as fout:
        messages.error(request, str(fout.message))
    else:
        messages.success(
            request,
            _("Ritten verdeeld over %(n)s chauffeurs; zij hebben bericht gekregen.")
            % {"n": len(ritten)},
        )
    return redirect("rapportage:activiteit", pk=pk)


@require_POST
def activiteit_aanwezig(request, pk: int):
    act = policy.access_activiteit(request.lidmaatschap, pk, schrijven=True)
    ids = {int(x) for x in request.POST.getlist("aanwezig") if x.isdigit()}
    try:
        n = services.aanwezigheid_registreer(activiteit=act, aanwezig=ids)
    except NoaberError as fout:
        messages.error(request, str(fout.message))
    else:
        messages.success(request, _("Aanwezigheid opgeslagen: %(n)s aanwezig.") % {"n": n})
    return redirect("rapportage:activiteit", pk=pk)


@tenant_public
def publiek_activiteiten(request):
    return render(
        request,
        "kern/rapportage/publiek_lijst.html",
        {"activiteiten": selectors.activiteiten_lijst(vanaf=timezone.localdate(), publiek=True)},
    )


@tenant_public
def publiek_aanmelden(request, pk: int):
    act = policy.access_publieke_activiteit(pk)
    form = forms.PubliekAanmeldForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        d = dict(form.cleaned_data)
        if d.pop("website"):
            return render(request, "kern/rapportage/publiek_bedankt.html", {"a": act})
        if _apply(
            form,
            lambda: services.aanmelding_create(
                activiteit=act, **d, kanaal=Aanmelding.Kanaal.WEBSITE
            ),
        ):
            return render(request, "kern/rapportage/publiek_bedankt.html", {"a": act})
    return render(
        request,
        "kern/rapportage/publiek_aanmelden.html",
        {"a": act, "form": form},
        status=refused_status(request, form),
    )


# --- Hours -----------------------------------------------------------------------------------


def uren(request):
    lid = request.lidmaatschap
    _require(policy.can_register_uren(lid))
    iedereen = policy.can_register_uren_for_anyone(lid)
    vrijwilligers = list(
        Vrijwilliger.objects.filter(status=Vrijwilliger.Status.ACTIEF)
        if iedereen
        else Vrijwilliger.objects.filter(user=request.user)
    )
    matches = list(
        Match.objects.filter(vrijwilliger__in=vrijwilligers).select_related("hulpvraag")[:200]
    )
    recent = list(
        Activiteit.objects.filter(begint_op__gte=timezone.now() - timedelta(days=60))
        .filter(begint_op__lte=timezone.now() + timedelta(days=1))
        .order_by("-begint_op")[:30]
    )
    form = forms.UrenForm(
        request.POST if request.method == "POST" else None,
        vrijwilligers=vrijwilligers,
        matches=matches,
        activiteiten=recent,
        initial={"datum": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        soort, _sep, ref = d["waarvoor"].partition("-")
        match = next((m for m in matches if str(m.pk) == ref), None) if soort == "match" else None
        act = next((a for a in recent if str(a.pk) == ref), None) if soort != "match" else None
        vrijwilliger = next(v for v in vrijwilligers if v.pk == d["vrijwilliger"])
        if _apply(
            form,
            lambda: services.uren_register(
                vrijwilliger=vrijwilliger,
                datum=d["datum"],
                uren=Decimal(d["uren"]),
                match=match,
                activiteit=act,
                omschrijving=d["omschrijving"],
                door=request.user,
                lidmaatschap=lid,
            ),
        ):
            messages.success(request, _("Uren opgeslagen."))
            return redirect("rapportage:uren")
    from kern.models import Urenregistratie

    laatste = list(
        Urenregistratie.objects.filter(vrijwilliger__in=vrijwilligers)
        .select_related("vrijwilliger", "activiteit", "match__hulpvraag")
        .order_by("-datum", "-id")[:20]
    )
    return render(
        request,
        "kern/rapportage/uren.html",
        {"form": form, "laatste": laatste, "geen_vrijwilliger": not vrijwilligers},
        status=refused_status(request, form),
    )


# --- Grants and reports ----------------------------------------------------------------------


def financiering(request):
    lid = request.lidmaatschap
    _require(policy.can_see_rapportage(lid))
    beheer = policy.can_manage_financiering(lid)
    fin_form = forms.FinancierForm(request.POST if beheer and "financier" in request.POST else None)
    sub_form = forms.SubsidieForm(request.POST if beheer and "subsidie" in request.POST else None)
    if request.method == "POST":
        _require(beheer)
        if "financier" in request.POST and fin_form.is_valid():
            if _apply(fin_form, lambda: services.financier_create(**fin_form.cleaned_data)):
                return redirect("rapportage:financiering")
        elif (
            "subsidie" in request.POST
            and sub_form.is_valid()
            and _apply(sub_form, lambda: services.subsidie_create(**sub_form.cleaned_data))
        ):
            return redirect("rapportage:financiering")
    return render(
        request,
        "kern/rapportage/financiering.html",
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
        return _bestand(inhoud, f"verantwoording-{sub.pk}.{formaat}", formaat)
    return render(request, "kern/rapportage/subsidie.html", {"sub": sub, "rapport": rapport})


def _jaar(request, jaren: list[int]) -> int:
    try:
        return int(request.GET.get("jaar", ""))
    except ValueError:
        return jaren[0] if jaren else timezone.localdate().year


def kwartaaloverzicht(request):
    _require(policy.can_see_rapportage(request.lidmaatschap))
    jaren = selectors.beschikbare_jaren()
    jaar = _jaar(request, jaren)
    if not 1990 <= jaar <= 2100:
        raise Http404
    rapport = selectors.kwartaaloverzicht(jaar=jaar)
    formaat = request.GET.get("formaat")
    if formaat in exports.BOUWERS:
        # One year is small: built inline. All years go to the background (export_start).
        inhoud = exports.BOUWERS[formaat]([rapport])
        return _bestand(inhoud, f"kwartaaloverzicht-{jaar}.{formaat}", formaat)
    grafieken = [
        (g.titel, charts.staafdiagram(g, id_=f"grafiek-{i}"))
        for i, g in enumerate(rapport.grafieken)
    ]
    return render(
        request,
        "kern/rapportage/kwartaal.html",
        {"rapport": rapport, "jaar": jaar, "jaren": jaren, "grafieken": grafieken},
    )


@require_POST
def export_start(request):
    """Every year at once can take a while: build it in the background."""
    _require(policy.can_see_rapportage(request.lidmaatschap))
    formaat = request.POST.get("formaat", "")
    jaren = sorted(selectors.beschikbare_jaren())
    try:
        export = services.rapportexport_request(
            soort="kwartaal", formaat=formaat, parameters={"jaren": jaren}, door=request.user
        )
    except NoaberError as fout:
        messages.error(request, str(fout.message))
        return redirect("rapportage:kwartaal")
    return redirect("rapportage:export", pk=export.pk)


def export_status(request, pk):
    export = policy.access_export(request.lidmaatschap, request.user, pk)
    return render(
        request, "kern/rapportage/export.html", {"export": export, "Status": Rapportexport.Status}
    )


def export_download(request, pk):
    export = policy.access_export(request.lidmaatschap, request.user, pk)
    if export.status != Rapportexport.Status.KLAAR:
        raise Http404
    return _bestand(bytes(export.inhoud), export.bestandsnaam, export.formaat)
