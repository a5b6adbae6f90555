"""Leerkring pages on the public host. Thin: parse, call one service or selector, render."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ada import selectors as ada_selectors
from ada import services as ada_services
from ada.forms import ReviewForm
from leerkring import policy, selectors, services
from leerkring.forms import (
    BerichtForm,
    BijeenkomstForm,
    MeldingForm,
    ProfielForm,
    ReactieForm,
    VerslagForm,
)
from noaber.errors import NoaberError
from noaber.formulieren import refused_status, run_service
from tenants.rollen import staf_required


def lid_required(view):
    """Logged in and a member (any active Lidmaatschap, or staff); else login / 403."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        policy.require_lid(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# --- home and members ---------------------------------------------------------------------


@lid_required
def home(request):
    overzicht = selectors.praktijk(user=request.user)
    komend = selectors.bijeenkomsten(user=request.user)
    return render(
        request,
        "leerkring/home.html",
        {"praktijk": overzicht, "bijeenkomsten": komend, "is_staf": policy.is_staf(request.user)},
    )


@lid_required
def leden(request):
    return render(
        request, "leerkring/leden.html", {"pagina": selectors.leden(request.GET.get("pagina"))}
    )


@lid_required
def lid(request, user_id: int):
    return render(request, "leerkring/lid.html", {"lid": selectors.lid_profiel(user_id)})


@lid_required
def profiel_bewerken(request):
    profiel = selectors.mijn_profiel(request.user)
    if request.method == "POST":
        form = ProfielForm(request.POST)
        if form.is_valid():
            services.profiel_update(user=request.user, **form.cleaned_data)
            messages.success(request, _("Je instellingen zijn opgeslagen."))
            return redirect("leerkring:profiel_bewerken")
    else:
        initial = {"mail_bij_reactie": True, "mail_bij_thema": True, "weekoverzicht": True}
        if profiel:
            initial = {
                "over_mij": profiel.over_mij,
                "mail_bij_reactie": profiel.mail_bij_reactie,
                "mail_bij_thema": profiel.mail_bij_thema,
                "weekoverzicht": profiel.weekoverzicht,
            }
        form = ProfielForm(initial=initial)
    return render(
        request,
        "leerkring/profiel_bewerken.html",
        {"form": form, "gevolgd": profiel.gevolgde_themas.all() if profiel else []},
    )


# --- Praktijk --------------------------------------------------------------------------------


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
    try:
        services.bericht_mark_helpful(user=request.user, bericht=gevonden, reactie=reactie)
    except NoaberError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Dank je! Dit antwoord staat nu bovenaan als nuttig."))
    return redirect(reverse("leerkring:bericht", args=[bericht_id]) + f"#reactie-{reactie_id}")


@require_POST
@lid_required
def melden(request, bericht_id: int, reactie_id: int | None = None):
    gevonden = selectors.access_bericht(request.user, bericht_id)
    reactie = selectors.access_reactie(request.user, gevonden, reactie_id) if reactie_id else None
    form = MeldingForm(request.POST)
    if form.is_valid():
        try:
            services.melding_create(
                melder=request.user,
                reden=form.cleaned_data["reden"],
                bericht=None if reactie else gevonden,
                reactie=reactie,
            )
        except NoaberError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request, _("Dank je. Een medewerker van Groninger Dorpen kijkt ernaar.")
            )
    else:
        messages.error(request, _("Schrijf kort waarom je dit meldt."))
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


# --- Bijeenkomsten -------------------------------------------------------------------------------


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
            "reactie_form": ReactieForm(),
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
    try:
        services.deelname_create(user=request.user, bijeenkomst=gevonden)
    except NoaberError as exc:
        messages.error(request, str(exc))
        return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    messages.success(request, _("Je bent aangemeld. Wil je de vragen vooraf beantwoorden?"))
    return redirect("leerkring:vragenlijst", bijeenkomst_id=bijeenkomst_id)


@lid_required
def vragenlijst(request, bijeenkomst_id: int):
    gevonden = selectors.access_bijeenkomst(request.user, bijeenkomst_id)
    deelname = selectors.access_deelname(request.user, gevonden)
    detail = selectors.bijeenkomst_detail(user=request.user, bijeenkomst=gevonden)
    if request.method == "POST":
        antwoorden = {
            vraag.pk: request.POST.get(f"vraag-{vraag.pk}", "")[:2000] for vraag in detail.vragen
        }
        services.antwoorden_save(deelname=deelname, antwoorden=antwoorden)
        messages.success(request, _("Dank je! De organisator leest je antwoorden vooraf."))
        return redirect("leerkring:bijeenkomst", bijeenkomst_id=bijeenkomst_id)
    return render(request, "leerkring/vragenlijst.html", {"detail": detail})


@lid_required
def deelnemers(request, bijeenkomst_id: int):
    gevonden = selectors.access_organisator(request.user, bijeenkomst_id)
    if request.method == "POST":
        aanwezig = {_int(v) for v in request.POST.getlist("aanwezig")} - {None}
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
    form = ReactieForm(request.POST)
    if form.is_valid():
        try:
            services.verslag_reactie_create(
                auteur=request.user, verslag=verslag, tekst=form.cleaned_data["tekst"]
            )
        except NoaberError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Je reactie is geplaatst."))
    else:
        messages.error(request, _("Schrijf eerst je reactie."))
    return redirect(reverse("leerkring:bijeenkomst", args=[bijeenkomst_id]) + "#verslag")


# --- moderation (staff) ------------------------------------------------------------


@staf_required
def moderatie(request):
    return render(
        request,
        "leerkring/moderatie.html",
        {"moderatie": selectors.moderatie(), "review_form": ReviewForm()},
    )


@require_POST
@staf_required
def melding_afhandelen(request, melding_id: int):
    melding = selectors.access_melding(request.user, melding_id)
    verbergen = request.POST.get("verbergen") == "1"
    services.melding_resolve(staf=request.user, melding=melding, verbergen=verbergen)
    messages.success(
        request, _("Het bericht is verborgen.") if verbergen else _("De melding is gesloten.")
    )
    return redirect("leerkring:moderatie")


@require_POST
@staf_required
def project_beoordelen(request, slug: str):
    project = ada_selectors.access_project(request.user, slug)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            ada_services.project_review(
                staf=request.user,
                project=project,
                publiceren=form.cleaned_data["besluit"] == "publiceren",
                reden=form.cleaned_data["reden"],
            )
        except NoaberError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Het project is beoordeeld."))
    return redirect("leerkring:moderatie")
