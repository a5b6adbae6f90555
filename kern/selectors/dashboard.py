"""The coordinator's day and this quarter's counts, in a fixed number of queries.

Call inside the tenant's schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone

from kern.models import (
    Aandachtslijst,
    Hulpvraag,
    Inwoner,
    Signaal,
    Taak,
    Vrijwilliger,
)
from kern.selectors._grenzen import DASHBOARD_MAX


def kwartaal_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


@dataclass(frozen=True)
class Kwartaal:
    start: date
    hulpvragen: int
    afgerond: int
    doorverwezen: int
    per_categorie: list[tuple[str, int]]
    vrijwilligers_actief: int
    uren: Decimal
    signalen: int


@dataclass
class Dashboard:
    inwoners: int
    kwartaal: Kwartaal | None = None
    nabellen: list[Taak] = field(default_factory=list)
    nabellen_aantal: int = 0
    aandacht_te_laat: list[Aandachtslijst] = field(default_factory=list)
    aandacht_te_laat_aantal: int = 0
    nieuwe_hulpvragen: list[Hulpvraag] = field(default_factory=list)
    nieuwe_hulpvragen_aantal: int = 0
    signalen_open: list[Signaal] = field(default_factory=list)
    signalen_open_aantal: int = 0
    signalen_bestuur: list[Signaal] = field(default_factory=list)


def kwartaal_cijfers(*, vandaag: date | None = None) -> Kwartaal:
    """This quarter's counts: 3 queries."""
    vandaag = vandaag or timezone.localdate()
    start = kwartaal_start(vandaag)
    begin = timezone.make_aware(datetime.combine(start, datetime.min.time()))
    hv = Hulpvraag.objects.filter(aangemaakt_op__gte=begin).aggregate(
        totaal=Count("id"),
        afgerond=Count("id", filter=Q(status=Hulpvraag.Status.AFGEROND)),
        doorverwezen=Count("id", filter=Q(status=Hulpvraag.Status.DOORVERWEZEN)),
    )
    per_categorie = list(
        Hulpvraag.objects.filter(aangemaakt_op__gte=begin)
        .values_list("categorie__naam")
        .annotate(n=Count("id"))
        .order_by("-n", "categorie__naam")
    )
    overig = Vrijwilliger.objects.aggregate(
        actief=Count("id", filter=Q(status=Vrijwilliger.Status.ACTIEF), distinct=True),
        uren=Sum("uren__uren", filter=Q(uren__datum__gte=start)),
    )
    signalen = Signaal.objects.filter(gemeld_op__gte=begin).count()
    return Kwartaal(
        start=start,
        hulpvragen=hv["totaal"],
        afgerond=hv["afgerond"],
        doorverwezen=hv["doorverwezen"],
        per_categorie=[(naam or "–", n) for naam, n in per_categorie],
        vrijwilligers_actief=overig["actief"],
        uren=overig["uren"] or Decimal(0),
        signalen=signalen,
    )


def dashboard_for(*, lidmaatschap, vandaag: date | None = None) -> Dashboard:
    """The coordinator's day: call-backs, overdue watch list, new requests, open signals.

    A member who may read the counts but not the case files (the board) gets the quarter's
    counts and the signals put to the board only.
    """
    from kern.policy import Recht, mag

    vandaag = vandaag or timezone.localdate()
    dashboard = Dashboard(inwoners=Inwoner.objects.count())
    if not mag(lidmaatschap, Recht.DOSSIERS_LEZEN) and mag(lidmaatschap, Recht.CIJFERS_LEZEN):
        dashboard.kwartaal = kwartaal_cijfers(vandaag=vandaag)
        dashboard.signalen_bestuur = list(
            Signaal.objects.filter(status=Signaal.Status.BESTUUR)
            .select_related("inwoner__dorp")
            .order_by("gemeld_op")[:DASHBOARD_MAX]
        )
        return dashboard
    nabellen = Taak.objects.filter(afgerond_op__isnull=True).exclude(
        uitvoerder=Taak.Uitvoerder.VRIJWILLIGER
    )
    dashboard.nabellen = list(
        nabellen.select_related("inwoner", "vrijwilliger", "hulpvraag").order_by(
            "vervaldatum", "pk"
        )[:DASHBOARD_MAX]
    )
    te_laat = Aandachtslijst.objects.filter(actief=True, volgend_contact__lte=vandaag)
    dashboard.aandacht_te_laat = list(
        te_laat.select_related("inwoner").order_by("volgend_contact", "pk")[:DASHBOARD_MAX]
    )
    nieuw = Hulpvraag.objects.filter(status=Hulpvraag.Status.NIEUW)
    dashboard.nieuwe_hulpvragen = list(
        nieuw.select_related("inwoner", "categorie").order_by("aangemaakt_op")[:DASHBOARD_MAX]
    )
    open_signalen = Signaal.objects.filter(status=Signaal.Status.NIEUW)
    dashboard.signalen_open = list(
        open_signalen.select_related("inwoner").order_by("gemeld_op")[:DASHBOARD_MAX]
    )
    aantallen = {
        "nabellen": nabellen.count(),
        "te_laat": te_laat.count(),
        "nieuw": nieuw.count(),
        "signalen": open_signalen.count(),
    }
    dashboard.nabellen_aantal = aantallen["nabellen"]
    dashboard.aandacht_te_laat_aantal = aantallen["te_laat"]
    dashboard.nieuwe_hulpvragen_aantal = aantallen["nieuw"]
    dashboard.signalen_open_aantal = aantallen["signalen"]
    dashboard.kwartaal = kwartaal_cijfers(vandaag=vandaag)
    return dashboard


# --- search ---------------------------------------------------------------------------
