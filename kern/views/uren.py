"""The hours page: a volunteer logs their own, the coordinator anyone's."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from activiteiten.models import Activiteit
from kern import forms, policy, services
from kern.models import Match, Urenregistratie
from noaber.formulieren import refused_status, run_service


def uren(request):
    vrijwilligers = list(policy.uren_vrijwilligers(request.lidmaatschap, request.user))
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
        if run_service(
            form,
            lambda: services.uren_log(
                vrijwilliger=vrijwilliger,
                datum=d["datum"],
                uren=d["uren"],
                match=match,
                activiteit=act,
                omschrijving=d["omschrijving"],
                door=request.user,
            ),
        ):
            messages.success(request, _("Uren opgeslagen."))
            return redirect("kern:uren")
    laatste = list(
        Urenregistratie.objects.filter(vrijwilliger__in=vrijwilligers)
        .select_related("vrijwilliger", "activiteit", "match__hulpvraag")
        .order_by("-datum", "-id")[:20]
    )
    return render(
        request,
        "kern/uren.html",
        {"form": form, "laatste": laatste, "geen_vrijwilliger": not vrijwilligers},
        status=refused_status(request, form),
    )
