"""Anonymous counts a foundation publishes to the shared layer.

The contract between a tenant and the provincial overview (issue 6): only
counts per quarter, never a name, address, phone number or free text. Call
inside the tenant's schema. Other kern modules (activities, MDO) add their
counts here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Kwartaalcijfers:
    kwartaal: date  # first day of the quarter
    hulpvragen_per_categorie: dict[str, int] = field(default_factory=dict)
    vrijwilligers_actief: int = 0
    activiteiten: int = 0
    mdo_overleggen: int = 0


def kwartaalcijfers() -> list[Kwartaalcijfers]:
    """Counts per quarter (Europe/Amsterdam) of this foundation."""
    from zoneinfo import ZoneInfo

    from django.db.models import Count
    from django.db.models.functions import TruncQuarter

    from activiteiten.models import Activiteit
    from kern.models import Hulpvraag, Vrijwilliger
    from mdo.models import MdoOverleg

    amsterdam = ZoneInfo("Europe/Amsterdam")  # explicit: never the session's time zone

    per_kwartaal: dict[date, dict[str, int]] = {}
    rows = (
        Hulpvraag.objects.annotate(kwartaal=TruncQuarter("aangemaakt_op", tzinfo=amsterdam))
        .values("kwartaal", "categorie__slug")
        .annotate(n=Count("id"))
    )
    for row in rows:
        kwartaal = row["kwartaal"].date() if hasattr(row["kwartaal"], "date") else row["kwartaal"]
        slug = row["categorie__slug"] or "onbekend"
        per_kwartaal.setdefault(kwartaal, {})[slug] = row["n"]
    actief = Vrijwilliger.objects.filter(status=Vrijwilliger.Status.ACTIEF).count()
    activiteiten = _per_kwartaal(Activiteit.objects.filter(geannuleerd=False), "begint_op")
    overleggen = _per_kwartaal(MdoOverleg.objects.all(), "datum")
    kwartalen = sorted(set(per_kwartaal) | set(activiteiten) | set(overleggen))
    return [
        Kwartaalcijfers(
            kwartaal=k,
            hulpvragen_per_categorie=per_kwartaal.get(k, {}),
            vrijwilligers_actief=actief,
            activiteiten=activiteiten.get(k, 0),
            mdo_overleggen=overleggen.get(k, 0),
        )
        for k in kwartalen
    ]


def _per_kwartaal(qs, veld: str) -> dict[date, int]:
    """Count rows per quarter (Europe/Amsterdam): one GROUP BY query."""
    from zoneinfo import ZoneInfo

    from django.db.models import Count
    from django.db.models.functions import TruncQuarter

    amsterdam = ZoneInfo("Europe/Amsterdam")
    uit: dict[date, int] = {}
    rows = qs.annotate(kw=TruncQuarter(veld, tzinfo=amsterdam)).order_by().values("kw")
    for row in rows.annotate(n=Count("id")):
        kwartaal = row["kw"].date() if hasattr(row["kw"], "date") else row["kw"]
        uit[kwartaal] = uit.get(kwartaal, 0) + row["n"]
    return uit


def laatste_activiteit() -> date | None:
    """Date of the most recent recorded work, to spot initiatives that stall."""
    from django.db.models import Max

    from kern.models import Hulpvraag

    latest = Hulpvraag.objects.aggregate(m=Max("aangemaakt_op"))["m"]
    return latest.date() if latest else None
