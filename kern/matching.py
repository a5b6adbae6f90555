"""Which volunteers suit a help request, best first, with the reasons shown.

The coordinator picks; this module only ranks and explains. A volunteer who
cannot take the request (no valid VOG where the category needs one, no car for
transport, at the month's maximum) stays in the list, marked unsuitable with the
reason, so the coordinator sees why. Call inside the tenant's schema; a fixed
number of queries whatever the number of volunteers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kern.models import Hulpvraag, Instellingen, Match, Urenregistratie, Vrijwilliger

VOG_WAARSCHUWING_DAGEN = 60
DICHTBIJ_KM = 6.0


@dataclass(frozen=True)
class Reden:
    soort: str  # categorie, dorp, beschikbaarheid, belasting, eerder, vog, auto
    tekst: str
    positief: bool


@dataclass
class Kandidaat:
    vrijwilliger: Vrijwilliger
    score: int = 0
    geschikt: bool = True
    redenen: list[Reden] = field(default_factory=list)

    def add(self, soort: str, tekst, punten: int = 0, *, positief: bool = True) -> None:
        self.score += punten
        self.redenen.append(Reden(soort=soort, tekst=str(tekst), positief=positief))

    def block(self, soort: str, tekst) -> None:
        self.geschikt = False
        self.redenen.append(Reden(soort=soort, tekst=str(tekst), positief=False))

    def as_json(self) -> list[dict]:
        return [{"soort": r.soort, "tekst": r.tekst, "positief": r.positief} for r in self.redenen]


def km_tussen(a, b) -> float | None:
    """Great-circle distance between two Dorp rows (None if a position is missing)."""
    if a is None or b is None or None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def vog_geldig_tot(vrijwilliger: Vrijwilliger, jaren: int) -> date | None:
    if vrijwilliger.vog_datum is None:
        return None
    d = vrijwilliger.vog_datum
    try:
        return d.replace(year=d.year + jaren)
    except ValueError:  # 29 February
        return d.replace(year=d.year + jaren, day=28)


def uren_deze_maand(vandaag: date) -> dict[int, Decimal]:
    rows = (
        Urenregistratie.objects.filter(datum__year=vandaag.year, datum__month=vandaag.month)
        .values("vrijwilliger_id")
        .annotate(totaal=Sum("uren"))
    )
    return {r["vrijwilliger_id"]: r["totaal"] or Decimal(0) for r in rows}


def kandidaten(hulpvraag: Hulpvraag, *, vandaag: date | None = None) -> list[Kandidaat]:
    vandaag = vandaag or timezone.localdate()
    instellingen = Instellingen.objects.first() or Instellingen()
    inwoner = hulpvraag.inwoner
    dorp = inwoner.dorp if inwoner is not None else None
    categorie = hulpvraag.categorie
    vrijwilligers = (
        Vrijwilliger.objects.filter(status=Vrijwilliger.Status.ACTIEF)
        .exclude(inwoner_id=getattr(inwoner, "pk", None) or -1)  # nobody helps themselves
        .prefetch_related("categorieen", "dorpen")
        .annotate(
            lopend=Count(
                "matches",
                filter=Q(matches__status__in=[Match.Status.GEKOZEN, Match.Status.ACTIEF]),
            )
        )
    )
    uren = uren_deze_maand(vandaag)
    eerder_goed: dict[int, int] = {}
    if inwoner is not None:
        rows = (
            Match.objects.filter(hulpvraag__inwoner=inwoner)
            .exclude(hulpvraag=hulpvraag)
            .filter(Q(beoordeling__gte=4) | Q(hulpvraag__status=Hulpvraag.Status.AFGEROND))
            .exclude(status=Match.Status.GEEN_KLIK)
            .values("vrijwilliger_id")
            .annotate(n=Count("id"))
        )
        eerder_goed = {r["vrijwilliger_id"]: r["n"] for r in rows}
    wens = set(hulpvraag.dagdelen or [])

    result = []
    for v in vrijwilligers:
        k = Kandidaat(vrijwilliger=v)
        _score_categorie(k, v, categorie)
        _score_afstand(k, v, dorp, categorie)
        _score_beschikbaarheid(k, v, wens)
        _score_belasting(k, v, uren.get(v.pk, Decimal(0)))
        if v.pk in eerder_goed:
            k.add("eerder", _("Heeft deze inwoner eerder goed geholpen"), 15)
        _score_vog(k, v, categorie, instellingen.vog_geldig_jaren, vandaag)
        result.append(k)
    result.sort(key=lambda k: (not k.geschikt, -k.score, k.vrijwilliger.achternaam))
    return result


def _score_categorie(k: Kandidaat, v: Vrijwilliger, categorie) -> None:
    if categorie is None:
        return
    if any(c.pk == categorie.pk for c in v.categorieen.all()):
        k.add("categorie", format_lazy(_("Doet graag: {}"), categorie.naam), 40)
    else:
        k.add(
            "categorie", format_lazy(_("Heeft {} niet opgegeven"), categorie.naam), positief=False
        )


def _score_afstand(k: Kandidaat, v: Vrijwilliger, dorp, categorie) -> None:
    dorpen = list(v.dorpen.all())
    if categorie is not None and categorie.slug == "vervoer" and not v.eigen_auto:
        k.block("auto", _("Geen eigen auto voor vervoer"))
    elif v.eigen_auto:
        k.add("auto", _("Heeft een eigen auto"), 3)
    if dorp is None:
        return
    if any(d.pk == dorp.pk for d in dorpen):
        k.add("dorp", format_lazy(_("Woont of helpt in {}"), dorp.naam), 20)
        return
    afstanden = [a for a in (km_tussen(d, dorp) for d in dorpen) if a is not None]
    if afstanden and min(afstanden) <= DICHTBIJ_KM:
        km = round(min(afstanden), 1)
        k.add("dorp", format_lazy(_("Dichtbij: {} km"), km), 12)
    elif afstanden:
        km = round(min(afstanden))
        punten = 5 if v.eigen_auto else 0
        k.add("dorp", format_lazy(_("Verder weg: {} km"), km), punten, positief=False)


def _score_beschikbaarheid(k: Kandidaat, v: Vrijwilliger, wens: set[str]) -> None:
    eigen = set(v.beschikbaarheid or [])
    if not wens:
        if eigen:
            k.add("beschikbaarheid", format_lazy(_("Beschikbaar op {} dagdelen"), len(eigen)), 2)
        return
    samen = len(wens & eigen)
    if samen:
        k.add("beschikbaarheid", format_lazy(_("Kan op {} van de gevraagde dagdelen"), samen), 10)
    else:
        k.add(
            "beschikbaarheid", _("Niet beschikbaar op de gevraagde dagdelen"), -10, positief=False
        )


def _score_belasting(k: Kandidaat, v: Vrijwilliger, uren: Decimal) -> None:
    maximum = Decimal(v.max_uren_per_maand or 0)
    if maximum and uren >= maximum:
        k.block(
            "belasting",
            format_lazy(_("Zit deze maand al op {} van {} uur"), _fmt(uren), v.max_uren_per_maand),
        )
        return
    ruimte = 1 - (uren / maximum if maximum else Decimal(0))
    k.add(
        "belasting",
        format_lazy(
            _("Deze maand {} van {} uur, {} lopende hulp"),
            _fmt(uren),
            v.max_uren_per_maand,
            v.lopend,
        ),
        int(ruimte * 15) - 3 * v.lopend,
        positief=ruimte >= Decimal("0.5"),
    )


def _score_vog(k: Kandidaat, v: Vrijwilliger, categorie, jaren: int, vandaag: date) -> None:
    tot = vog_geldig_tot(v, jaren)
    geldig = tot is not None and tot >= vandaag
    if categorie is not None and categorie.vog_vereist:
        if not geldig:
            k.block("vog", _("Geen geldige VOG, en die is hier nodig"))
            return
        k.add("vog", format_lazy(_("VOG geldig tot {}"), tot.strftime("%d-%m-%Y")), 5)
    elif not geldig:
        k.add("vog", _("Geen geldige VOG (hier niet nodig)"), -2, positief=False)
    if geldig and (tot - vandaag).days <= VOG_WAARSCHUWING_DAGEN:
        k.add("vog", format_lazy(_("VOG verloopt op {}"), tot.strftime("%d-%m-%Y")), positief=False)


def _fmt(uren: Decimal) -> str:
    return f"{uren.normalize():f}" if uren else "0"
