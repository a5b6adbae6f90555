"""kern's pages. Thin: parse input, ask the policy, call one service or selector, render.

Roles are checked by ``kern.policy`` only (``@requires`` and the ``access_*``
helpers); objects are never fetched here without one of those.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kern import forms as f
from kern import policy, selectors, services
from kern.matching import VOG_WAARSCHUWING_DAGEN, kandidaten, vog_geldig_tot
from kern.models import Hulpvraag, Inwoner
from kern.policy import Recht, requires
from noaber.errors import NoaberError
from noaber.formulieren import refused_status, run_service
from tenants.middleware import tenant_public

INTAKE_PER_UUR = 5


def _post(request):
    """Bound on POST even when nothing was sent (an empty POST must show its errors)."""
    return request.POST if request.method == "POST" else None


def _formulier(request, form, *, titel, terug, knop=None, intro="", status=200):
    return render(
        request,
        "kern/formulier.html",
        {
            "form": form,
            "titel": titel,
            "terug": terug,
            "knop": knop or _("Opslaan"),
            "intro": intro,
        },
        status=status,
    )


def _lid(request):
    return request.lidmaatschap


# --- dashboard -------------------------------------------------------------------------


def dashboard(request):
    lid = _lid(request)
    rol = policy.rol_van(lid)
    if rol == policy.VRIJWILLIGER:  # a volunteer's start page is their own work
        return render(request, "kern/mijn.html", {"werk": selectors.mijn_werk(user=request.user)})
    template = "kern/dashboard_bestuur.html" if rol == policy.BESTUUR else "kern/dashboard.html"
    return render(
        request,
        template,
        {
            "dashboard": selectors.dashboard_for(lidmaatschap=lid),
            "vandaag": timezone.localdate(),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
        },
    )


# --- inwoners ----------------------------------------------------------------------------


@requires(Recht.DOSSIERS_LEZEN)
def inwoners(request):
    zoek = f.ZoekForm(request.GET)
    q = zoek.cleaned_data["q"] if zoek.is_valid() else ""
    context = {"resultaten": selectors.inwoners_search(q), "q": q}
    if request.headers.get("HX-Request"):
        return render(request, "kern/_inwoners_resultaten.html", context)
    context["mag_schrijven"] = policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN)
    return render(request, "kern/inwoners.html", context)


@requires(Recht.DOSSIERS_SCHRIJVEN)
def inwoner_nieuw(request):
    form = f.InwonerForm(_post(request), tenant=request.tenant, nieuw=True)
    if request.method == "POST" and form.is_valid():
        inwoner = run_service(
            form,
            lambda: services.inwoner_create(door=request.user, **_inwoner_data(form.cleaned_data)),
        )
        if inwoner:
            messages.success(request, _("Inwoner vastgelegd."))
            return redirect("kern:inwoner", pk=inwoner.pk)
    return _formulier(request, form, titel=_("Nieuwe inwoner"), terug="kern:inwoners")


def _inwoner_data(d: dict) -> dict:
    data = dict(d)
    data["toestemming_vastleggen"] = data.get("toestemming_vastleggen", False)
    return data


@requires(Recht.DOSSIERS_LEZEN)
def inwoner(request, pk):
    lid = _lid(request)
    obj = policy.access_inwoner(lid, request.user, pk)
    return render(
        request,
        "kern/inwoner.html",
        {
            "dossier": selectors.inwoner_dossier(obj),
            "toon_notities": policy.mag(lid, Recht.NOTITIES_LEZEN),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def inwoner_bewerken(request, pk):
    obj = policy.access_inwoner(_lid(request), request.user, pk, schrijven=True)
    initial = {k: getattr(obj, k) for k in f.InwonerForm.base_fields} | {"dorp": obj.dorp_id}
    form = f.InwonerForm(_post(request), tenant=request.tenant, initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.inwoner_update(inwoner=obj, door=request.user, **form.cleaned_data),
        )
    ):
        messages.success(request, _("Gegevens bijgewerkt."))
        return redirect("kern:inwoner", pk=obj.pk)
    return _formulier(request, form, titel=str(obj), terug="kern:inwoners")


def _inwoner_actie(request, pk, form_cls, service, *, titel, melding, **initial):
    obj = policy.access_inwoner(_lid(request), request.user, pk, schrijven=True)
    form = form_cls(_post(request), initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(form, lambda: service(inwoner=obj, door=request.user, **form.cleaned_data))
    ):
        messages.success(request, melding)
        return redirect("kern:inwoner", pk=obj.pk)
    return _formulier(request, form, titel=f"{titel}: {obj}", terug="kern:inwoners")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def toestemming_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.ToestemmingForm,
        services.toestemming_record,
        titel=_("Toestemming vastleggen"),
        melding=_("Toestemming vastgelegd."),
        datum=timezone.localdate(),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def contact_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.ContactForm,
        services.contactmoment_create,
        titel=_("Contact vastleggen"),
        melding=_("Contact vastgelegd."),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def aandacht_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.AandachtForm,
        services.aandacht_add,
        titel=_("Op de aandachtslijst"),
        melding=_("Op de aandachtslijst gezet."),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def verwijzing_nieuw(request, pk):
    return _inwoner_actie(
        request,
        pk,
        f.VerwijzingForm,
        services.verwijzing_create,
        titel=_("Verwijzen"),
        melding=_("Verwijzing vastgelegd."),
    )


# --- hulpvragen --------------------------------------------------------------------------


@requires(Recht.DOSSIERS_LEZEN)
def hulpvragen(request):
    status = request.GET.get("status", "")
    if status not in Hulpvraag.Status.values:
        status = ""
    rows, totaal = selectors.hulpvragen_list(status=status or None)
    return render(
        request,
        "kern/hulpvragen.html",
        {
            "hulpvragen": rows,
            "totaal": totaal,
            "status": status,
            "statussen": Hulpvraag.Status.choices,
            "mag_schrijven": policy.mag(_lid(request), Recht.DOSSIERS_SCHRIJVEN),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_nieuw(request):
    lid = _lid(request)
    voor = request.GET.get("inwoner") or request.POST.get("voor_inwoner")
    bewoner = policy.access_inwoner(lid, request.user, voor) if voor else None
    form = f.HulpvraagForm(_post(request))
    if request.method == "POST" and form.is_valid():
        hv = run_service(
            form,
            lambda: services.hulpvraag_create(
                door=request.user, inwoner=bewoner, **form.cleaned_data
            ),
        )
        if hv:
            if hv.buiten_grenzen:
                messages.warning(request, hv.verwijsadvies)
            messages.success(request, _("Hulpvraag vastgelegd."))
            return redirect("kern:hulpvraag", pk=hv.pk)
    return render(
        request,
        "kern/hulpvraag_nieuw.html",
        {"form": form, "inwoner": bewoner},
        status=200,
    )


@requires(Recht.DOSSIERS_LEZEN)
def hulpvraag(request, pk):
    lid = _lid(request)
    hv = policy.access_hulpvraag(lid, request.user, pk)
    return render(
        request,
        "kern/hulpvraag.html",
        {
            "detail": selectors.hulpvraag_detail(hv),
            "status_form": f.StatusForm(),
            "status_keuzes": f.status_choices_for(hv),
            "mag_schrijven": policy.mag(lid, Recht.DOSSIERS_SCHRIJVEN),
            "vandaag": timezone.localdate(),
        },
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_status(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    form = f.StatusForm(_post(request))
    form.fields["naar"].choices = f.status_choices_for(hv)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.hulpvraag_transition(
                hulpvraag=hv, door=request.user, **form.cleaned_data
            ),
        )
    ):
        messages.success(request, _("Status bijgewerkt."))
        return redirect("kern:hulpvraag", pk=hv.pk)
    return _formulier(request, form, titel=_("Status wijzigen"), terug="kern:hulpvragen")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_bewerken(request, pk):
    """Complete a request after the first call (category, hours): the limits are re-checked."""
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    initial = {k: getattr(hv, k) for k in f.HulpvraagForm.base_fields}
    form = f.HulpvraagForm(_post(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        bijgewerkt = run_service(
            form,
            lambda: services.hulpvraag_update(hulpvraag=hv, door=request.user, **form.cleaned_data),
        )
        if bijgewerkt:
            if bijgewerkt.buiten_grenzen:
                messages.warning(request, bijgewerkt.verwijsadvies)
            messages.success(request, _("Hulpvraag bijgewerkt."))
            return redirect("kern:hulpvraag", pk=hv.pk)
    return _formulier(request, form, titel=_("Hulpvraag aanvullen"), terug="kern:hulpvragen")


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulpvraag_koppel(request, pk):
    """Link a request (e.g. from the intake) to a resident found with the search box."""
    lid = _lid(request)
    hv = policy.access_hulpvraag(lid, request.user, pk, schrijven=True)
    form = f.KoppelInwonerForm(_post(request))
    if request.method == "POST" and form.is_valid():
        bewoner = policy.access_inwoner(lid, request.user, form.cleaned_data["inwoner"])
        services.hulpvraag_update(hulpvraag=hv, door=request.user, inwoner=bewoner)
        messages.success(request, _("Hulpvraag gekoppeld aan %(naam)s.") % {"naam": bewoner})
        return redirect("kern:hulpvraag", pk=hv.pk)
    zoek = f.ZoekForm(request.GET)
    q = zoek.cleaned_data["q"] if zoek.is_valid() else ""
    return render(
        request,
        "kern/koppel.html",
        {"hulpvraag": hv, "q": q, "resultaten": selectors.inwoners_search(q) if q else []},
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def hulp_klaar(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    if request.method == "POST":
        try:
            services.hulp_finish(hulpvraag=hv, door=request.user)
            messages.success(request, _("Hulp afgerond: nabellen staat op de takenlijst."))
        except NoaberError as error:
            messages.error(request, str(error))
    return redirect("kern:hulpvraag", pk=hv.pk)


@requires(Recht.DOSSIERS_SCHRIJVEN)
def kandidaten_view(request, pk):
    hv = policy.access_hulpvraag(_lid(request), request.user, pk, schrijven=True)
    form = f.MatchKiesForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            vrijwilliger = policy.access_vrijwilliger(
                _lid(request), request.user, form.cleaned_data["vrijwilliger"]
            )
            services.match_choose(hulpvraag=hv, vrijwilliger=vrijwilliger, door=request.user)
            messages.success(request, _("Vrijwilliger gekozen. Plan nu de kennismaking."))
            return redirect("kern:hulpvraag", pk=hv.pk)
        except NoaberError as error:
            messages.error(request, str(error))
    return render(
        request,
        "kern/kandidaten.html",
        {"hulpvraag": hv, "kandidaten": kandidaten(hv)},
    )


def _match_actie(request, pk, form_cls, action, *, titel, melding, **initial):
    match = policy.access_match(_lid(request), request.user, pk, schrijven=True)
    form = form_cls(_post(request), initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(form, lambda: action(match, form.cleaned_data))
    ):
        messages.success(request, melding)
        return redirect("kern:hulpvraag", pk=match.hulpvraag_id)
    return _formulier(
        request, form, titel=f"{titel}: {match.vrijwilliger}", terug="kern:hulpvragen"
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def kennismaking(request, pk):
    return _match_actie(
        request,
        pk,
        f.KennismakingForm,
        lambda m, d: services.kennismaking_record(match=m, door=request.user, **d),
        titel=_("Kennismaking"),
        melding=_("Kennismaking vastgelegd."),
        datum=timezone.localdate(),
    )


@requires(Recht.DOSSIERS_SCHRIJVEN)
def afspraken(request, pk):
    return _match_actie(
        request,
        pk,
        f.AfsprakenForm,
        lambda m, d: services.afsprakendossier_create(match=m, door=request.user, **d),
        titel=_("Afsprakendossier"),
        melding=_("Afspraken vastgelegd. Laat beide partijen tekenen."),
        startdatum=timezone.localdate(),
    )


@require_POST
@requires(Recht.DOSSIERS_SCHRIJVEN)
def afspraken_teken(request, pk):
    match = policy.access_match(_lid(request), request.user, pk, schrijven=True)
    form = f.TekenForm(request.POST)
    dossier = getattr(match, "afsprakendossier", None)
    if form.is_valid() and dossier is not None:
        services.afsprakendossier_sign(
            dossier=dossier, partij=form.cleaned_data["partij"], door=request.user
        )
        messages.success(request, _("Akkoord vastgelegd."))
    else:
        messages.error(request, _("Dit kon niet worden vastgelegd."))
    return redirect("kern:hulpvraag", pk=match.hulpvraag_id)


# --- tasks, referrals ---------------------------------------------------------------------


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


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "onbekend")


def _over_limiet(request) -> bool:
    """At most INTAKE_PER_UUR submissions an hour per address (tenant-aware cache key)."""
    sleutel = f"kern:intake:{_client_ip(request)}"
    cache.add(sleutel, 0, timeout=3600)
    try:
        aantal = cache.incr(sleutel)
    except ValueError:
        cache.set(sleutel, 1, timeout=3600)
        aantal = 1
    return aantal > INTAKE_PER_UUR


@tenant_public
def intake(request):
    form = f.IntakeForm(_post(request))
    if request.method == "POST":
        if _over_limiet(request):
            return render(request, "kern/intake.html", {"form": form, "te_vaak": True}, status=429)
        if form.is_valid() and form.cleaned_data.get("website"):
            return redirect("kern:intake_bedankt")  # a robot: say thanks, keep nothing
        if form.is_valid() and run_service(form, lambda: _intake_opslaan(form.cleaned_data)):
            return redirect("kern:intake_bedankt")
        return render(request, "kern/intake.html", {"form": form}, status=400)
    return render(request, "kern/intake.html", {"form": form})


def _intake_opslaan(d: dict):
    omschrijving = d["omschrijving"]
    if d.get("voor_wie"):
        omschrijving = _("Voor: %(wie)s") % {"wie": d["voor_wie"]} + "\n\n" + omschrijving
    return services.hulpvraag_create(
        door=None,
        bron=Hulpvraag.Bron.INTAKE,
        kanaal=Hulpvraag.Kanaal.WEBSITE,
        aanvrager=d["aanvrager"],
        aanvrager_naam=d["naam"],
        aanvrager_contact=d["contact"],
        categorie=d["categorie"],
        omschrijving=omschrijving,
    )


@tenant_public
def intake_bedankt(request):
    return render(request, "kern/intake_bedankt.html")
