"""A volunteer's own work: nothing about anyone else. Call inside the tenant's schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from kern.models import (
    Inwoner,
    Match,
    Taak,
    Urenregistratie,
    Vrijwilliger,
)
from kern.selectors._grenzen import LIJST_MAX


@dataclass
class MijnWerk:
    vrijwilliger: Vrijwilliger | None
    matches: list[Match] = field(default_factory=list)
    taken: list[Taak] = field(default_factory=list)
    uren_deze_maand: Decimal = Decimal(0)
    recente_uren: list[Urenregistratie] = field(default_factory=list)


def mijn_werk(*, user, vandaag: date | None = None) -> MijnWerk:
    """A volunteer's own matches, agreements, tasks and hours. Nothing about anyone else.

    The residents are loaded with only the fields a volunteer needs (never notes).
    """
    vandaag = vandaag or timezone.localdate()
    vrijwilliger = Vrijwilliger.objects.filter(user_id=user.pk).first()
    if vrijwilliger is None:
        return MijnWerk(vrijwilliger=None)
    matches = list(
        Match.objects.filter(vrijwilliger=vrijwilliger)
        .exclude(status=Match.Status.GEEN_KLIK)
        .filter(
            Q(status__in=[Match.Status.GEKOZEN, Match.Status.ACTIEF])
            | Q(gekozen_op__gte=timezone.now() - timedelta(days=90))
        )
        .select_related("hulpvraag", "hulpvraag__categorie", "afsprakendossier")
        .prefetch_related(
            Prefetch(
                "hulpvraag__inwoner",
                queryset=Inwoner.objects.only(
                    "id", "voornaam", "achternaam", "straat", "telefoon", "dorp"
                ).select_related("dorp"),
            )
        )
        .order_by("-gekozen_op")[:LIJST_MAX]
    )
    taken = list(
        Taak.objects.filter(
            vrijwilliger=vrijwilliger,
            uitvoerder=Taak.Uitvoerder.VRIJWILLIGER,
            afgerond_op__isnull=True,
        ).order_by("vervaldatum", "pk")[:LIJST_MAX]
    )
    uren = Urenregistratie.objects.filter(vrijwilliger=vrijwilliger)
    totaal = uren.filter(datum__year=vandaag.year, datum__month=vandaag.month).aggregate(
        t=Sum("uren")
    )["t"]
    return MijnWerk(
        vrijwilliger=vrijwilliger,
        matches=matches,
        taken=taken,
        uren_deze_maand=totaal or Decimal(0),
        recente_uren=list(uren.order_by("-datum", "-pk")[:10]),
    )


def eigen_matches_voor_uren(user) -> QuerySet[Match]:
    return (
        Match.objects.filter(vrijwilliger__user_id=user.pk, status=Match.Status.ACTIEF)
        .select_related("hulpvraag__inwoner")
        .order_by("-gekozen_op")
    )
