"""Reads for activities, each in a fixed number of queries. Call inside the tenant's schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import (
    Count,
)

from activiteiten.models import Activiteit, Inschrijving
from kern.models import (
    Vrijwilliger,
)


@dataclass
class ActiviteitOverzicht:
    activiteit: Activiteit
    inschrijvingen: list[Inschrijving]
    ritten: list
    chauffeurs: list[Vrijwilliger]
    per_ticket: dict[str, int] = field(default_factory=dict)
    vervoer_nodig: int = 0
    zonder_rit: int = 0
    aanwezig: int = 0
    inkomsten_verwacht: Decimal = Decimal("0")
    inkomsten: Decimal = Decimal("0")

    @property
    def vrije_plaatsen(self) -> int:
        return max(self.activiteit.capaciteit - len(self.inschrijvingen), 0)


def activiteit_overzicht(*, activiteit: Activiteit) -> ActiviteitOverzicht:
    """Guests, rides and the money of one activity, in three queries."""
    inschrijvingen = list(activiteit.inschrijvingen.select_related("rit__chauffeur"))
    ritten = list(activiteit.ritten.select_related("chauffeur"))
    chauffeurs = list(
        Vrijwilliger.objects.filter(eigen_auto=True, status=Vrijwilliger.Status.ACTIEF)
    )
    o = ActiviteitOverzicht(activiteit, inschrijvingen, ritten, chauffeurs)
    for rit in ritten:
        rit.gasten = [a for a in inschrijvingen if a.rit_id == rit.pk]  # type: ignore[attr-defined]
    for a in inschrijvingen:
        o.per_ticket[a.ticket] = o.per_ticket.get(a.ticket, 0) + 1
        o.vervoer_nodig += a.vervoer_nodig
        o.zonder_rit += a.vervoer_nodig and a.rit_id is None
        prijs = activiteit.prijs(a.ticket)
        o.inkomsten_verwacht += prijs
        if a.aanwezig:
            o.aanwezig += 1
            o.inkomsten += prijs
    return o


def activiteiten_lijst(*, vanaf: date | None = None, publiek: bool = False) -> list[Activiteit]:
    qs = Activiteit.objects.select_related("soort").annotate(n=Count("inschrijvingen"))
    if vanaf is not None:
        qs = qs.filter(begint_op__date__gte=vanaf)
    if publiek:
        qs = qs.filter(publiek=True, geannuleerd=False)
    # Explicit: Meta.ordering does not survive the GROUP BY of the count.
    return list(qs.order_by("begint_op", "pk"))
