"""Reads of the shared layer: the map, the inventory and the provincial overview.

The overview reads only the published summary tables (inventaris.publish):
a fixed handful of queries, whatever the number of tenants. Every count
leaves this module masked ("<5" below the threshold), so pages, exports and
the JSON all show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, Min, Prefetch, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inventaris.models import (
    Aanmelding,
    Categorietelling,
    Initiatief,
    InitiatiefWijziging,
    Kaartsoort,
    Kwartaalstand,
    Publicatie,
)
from inventaris.publish import STANDAARD_CATEGORIEEN
from tenants.models import Dorp, Gemeente, Organisatie

DREMPEL = 5
KWARTALEN = 8
PER_PAGINA = 50
MATEN = ("hulpvragen", "vrijwilligers_actief", "activiteiten", "mdo_overleggen")
MAAT_LABELS = {
    "hulpvragen": _("hulpvragen"),
    "vrijwilligers_actief": _("vrijwilligers actief"),
    "activiteiten": _("activiteiten"),
    "mdo_overleggen": _("MDO's gehouden"),
}


@dataclass(frozen=True)
class Aantal:
    """A count as it may be shown: the number only from the threshold up."""

    waarde: int | None  # None when masked
    tekst: str

    def __str__(self) -> str:
        return self.tekst


def maskeer(n: int | None) -> Aantal:
    n = int(n or 0)
    if n < DREMPEL:
        return Aantal(None, f"<{DREMPEL}")
    return Aantal(n, str(n))


# --- Map -------------------------------------------------------------------------


@dataclass
class Kaartpunt:
    dorp: Dorp
    kaartsoort: str
    initiatief: Initiatief | None


def kaart(*, gemeente: str = "", soort: str = "") -> dict:
    """Every village with its kind of support; filters by gemeente slug and kind."""
    initiatieven = list(
        Initiatief.objects.select_related("gemeente", "organisatie").prefetch_related("dorpen")
    )
    per_dorp: dict[int, Initiatief] = {}
    for ini in initiatieven:
        for dorp in ini.dorpen.all():
            # An active initiative wins over an ended pilot in the same village.
            current = per_dorp.get(dorp.pk)
            if current is None or current.kaartsoort == Kaartsoort.GESTOPT:
                per_dorp[dorp.pk] = ini
    punten = []
    for dorp in Dorp.objects.select_related("gemeente"):
        ini = per_dorp.get(dorp.pk)
        punt = Kaartpunt(dorp, ini.kaartsoort if ini else Kaartsoort.ONBEKEND, ini)
        if gemeente and dorp.gemeente.slug != gemeente:
            continue
        if soort and punt.kaartsoort != soort:
            continue
        punten.append(punt)
    punten.sort(key=lambda p: (p.dorp.gemeente.naam, p.dorp.naam))
    zichtbaar = {p.initiatief.pk for p in punten if p.initiatief}
    return {
        "punten": punten,
        "initiatieven": [i for i in initiatieven if i.pk in zichtbaar],
        "gemeenten": list(Gemeente.objects.all()),
        "soorten": Kaartsoort.choices,
    }


def initiatief_detail(slug: str) -> Initiatief | None:
    return (
        Initiatief.objects.select_related("gemeente", "organisatie")
        .prefetch_related("dorpen")
        .filter(slug=slug)
        .first()
    )


def initiatief_met_geschiedenis(pk: int) -> Initiatief | None:
    return (
        Initiatief.objects.select_related("gemeente", "organisatie")
        .prefetch_related(
            "dorpen",
            Prefetch("wijzigingen", queryset=InitiatiefWijziging.objects.select_related("door")),
        )
        .filter(pk=pk)
        .first()
    )


def aanmeldingen_open() -> list[Aanmelding]:
    return list(
        Aanmelding.objects.filter(status=Aanmelding.Status.INGEDIEND)
        .select_related("gemeente", "initiatief")
        .prefetch_related("dorpen")
    )


# --- Provincial overview -------------------------------------------------------------


def kwartaal_van(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def laatste_kwartalen(n: int = KWARTALEN, tot: date | None = None) -> list[date]:
    k = kwartaal_van(tot or timezone.localdate())
    uit = [k]
    for _i in range(n - 1):
        k = date(k.year - 1, 10, 1) if k.month == 1 else date(k.year, k.month - 3, 1)
        uit.append(k)
    return list(reversed(uit))


def kwartaal_label(k: date) -> str:
    return f"{k.year}-K{(k.month - 1) // 3 + 1}"


@dataclass
class Reeks:
    """One line of the overview: a name and its masked counts per quarter."""

    naam: str
    sleutel: str
    waarden: list[Aantal]
    extra: dict = field(default_factory=dict)


@dataclass
class Overzicht:
    kwartalen: list[date]
    labels: list[str]
    provincie: dict[str, Reeks]  # per measure
    categorieen: list[Reeks]  # province (or gemeente), hulpvragen per category
    gemeenten: list[Reeks]  # hulpvragen per quarter per gemeente
    organisaties: Page
    bijgewerkt_laatst: datetime | None
    bijgewerkt_oudst: datetime | None
    aantal_organisaties: int
    gemeente: Gemeente | None
    alle_gemeenten: list[Gemeente]


def _reeks_per_kwartaal(rows, kwartalen, veld) -> list[Aantal]:
    per = {r["kwartaal"]: r[veld] for r in rows}
    return [maskeer(per.get(k)) for k in kwartalen]


def overzicht(*, gemeente: str = "", pagina: int | str = 1, tot: date | None = None) -> Overzicht:
    """The provincial overview from the summary tables: 7 queries for any number of tenants."""
    kwartalen = laatste_kwartalen(tot=tot)
    start = kwartalen[0]
    alle_gemeenten = list(Gemeente.objects.all())  # 1
    gekozen = next((g for g in alle_gemeenten if g.slug == gemeente), None)
    filt = Q(kwartaal__gte=start)
    if gekozen:
        filt &= Q(gemeente_id=gekozen.pk)

    totaal = list(  # 2
        Kwartaalstand.objects.filter(filt).values("kwartaal").annotate(**{m: Sum(m) for m in MATEN})
    )
    provincie = {
        m: Reeks(str(MAAT_LABELS[m]), m, _reeks_per_kwartaal(totaal, kwartalen, m)) for m in MATEN
    }

    per_cat: dict[str, dict[date, int]] = {}
    for r in (  # 3
        Categorietelling.objects.filter(filt)
        .values("categorie", "kwartaal")
        .annotate(n=Sum("hulpvragen"))
    ):
        per_cat.setdefault(r["categorie"], {})[r["kwartaal"]] = r["n"]
    categorieen = [
        Reeks(slug, slug, [maskeer(per_cat.get(slug, {}).get(k)) for k in kwartalen])
        for slug in STANDAARD_CATEGORIEEN
    ]

    per_gem: dict[int, dict[date, int]] = {}
    for r in (  # 4
        Kwartaalstand.objects.filter(kwartaal__gte=start)
        .values("gemeente_id", "kwartaal")
        .annotate(n=Sum("hulpvragen"))
    ):
        per_gem.setdefault(r["gemeente_id"], {})[r["kwartaal"]] = r["n"]
    gemeenten = [
        Reeks(g.naam, g.slug, [maskeer(per_gem.get(g.pk, {}).get(k)) for k in kwartalen])
        for g in alle_gemeenten
    ]

    orgs = (
        Organisatie.objects.exclude(schema_name="public")
        .select_related("gemeente", "publicatie")
        .annotate(
            laatste_kwartaal=Sum(
                "kwartaalstanden__hulpvragen",
                filter=Q(kwartaalstanden__kwartaal=kwartalen[-1]),
            ),
            vorige_kwartaal=Sum(
                "kwartaalstanden__hulpvragen",
                filter=Q(kwartaalstanden__kwartaal=kwartalen[-2]),
            ),
        )
        .order_by("publicatie__laatste_activiteit", "naam")  # stalled initiatives first
    )
    if gekozen:
        orgs = orgs.filter(gemeente_id=gekozen.pk)
    page = Paginator(orgs, PER_PAGINA).get_page(pagina)  # 5 (count) + 6 (page)
    for org in page.object_list:
        org.laatste_kwartaal_aantal = maskeer(org.laatste_kwartaal)
        org.vorige_kwartaal_aantal = maskeer(org.vorige_kwartaal)

    stand = Publicatie.objects.aggregate(  # 7
        laatst=Max("bijgewerkt_op"), oudst=Min("bijgewerkt_op"), n=Count("id")
    )
    return Overzicht(
        kwartalen=kwartalen,
        labels=[kwartaal_label(k) for k in kwartalen],
        provincie=provincie,
        categorieen=categorieen,
        gemeenten=gemeenten,
        organisaties=page,
        bijgewerkt_laatst=stand["laatst"],
        bijgewerkt_oudst=stand["oudst"],
        aantal_organisaties=page.paginator.count,
        gemeente=gekozen,
        alle_gemeenten=alle_gemeenten,
    )


@dataclass
class Organisatieoverzicht:
    organisatie: Organisatie
    kwartalen: list[date]
    labels: list[str]
    maten: list[Reeks]
    categorieen: list[Reeks]
    publicatie: Publicatie | None


def organisatie_overzicht(slug: str, *, tot: date | None = None) -> Organisatieoverzicht | None:
    """One tenant's published counts (masked), for the trend page."""
    org = (
        Organisatie.objects.exclude(schema_name="public")
        .select_related("gemeente", "publicatie")
        .filter(slug=slug)
        .first()
    )
    if org is None:
        return None
    kwartalen = laatste_kwartalen(tot=tot)
    standen = list(
        Kwartaalstand.objects.filter(organisatie=org, kwartaal__gte=kwartalen[0]).values(
            "kwartaal", *MATEN
        )
    )
    maten = [
        Reeks(str(MAAT_LABELS[m]), m, _reeks_per_kwartaal(standen, kwartalen, m)) for m in MATEN
    ]
    per_cat: dict[str, dict[date, int]] = {}
    for r in Categorietelling.objects.filter(organisatie=org, kwartaal__gte=kwartalen[0]).values(
        "categorie", "kwartaal", "hulpvragen"
    ):
        per_cat.setdefault(r["categorie"], {})[r["kwartaal"]] = r["hulpvragen"]
    categorieen = [
        Reeks(slug, slug, [maskeer(per_cat.get(slug, {}).get(k)) for k in kwartalen])
        for slug in STANDAARD_CATEGORIEEN
    ]
    publicatie = getattr(org, "publicatie", None)
    return Organisatieoverzicht(
        org, kwartalen, [kwartaal_label(k) for k in kwartalen], maten, categorieen, publicatie
    )


def export_rijen(*, gemeente: str = "", tot: date | None = None):
    """Long-format rows for the CSV export: level, name, gemeente, quarter, measure, value.

    Streams: one query per level, values masked like on the page.
    """
    kwartalen = laatste_kwartalen(tot=tot)
    start = kwartalen[0]
    filt = Q(kwartaal__gte=start)
    gem = Gemeente.objects.filter(slug=gemeente).first() if gemeente else None
    if gem:
        filt &= Q(gemeente_id=gem.pk)
    yield ["niveau", "naam", "gemeente", "kwartaal", "maat", "waarde"]
    for r in (
        Kwartaalstand.objects.filter(filt)
        .values("kwartaal")
        .annotate(**{m: Sum(m) for m in MATEN})
        .order_by("kwartaal")
    ):
        for m in MATEN:
            yield [
                "provincie",
                "Groningen",
                "",
                kwartaal_label(r["kwartaal"]),
                m,
                maskeer(r[m]).tekst,
            ]
    for r in (
        Categorietelling.objects.filter(filt)
        .values("kwartaal", "categorie")
        .annotate(n=Sum("hulpvragen"))
        .order_by("kwartaal", "categorie")
    ):
        yield [
            "provincie",
            "Groningen",
            "",
            kwartaal_label(r["kwartaal"]),
            f"hulpvragen:{r['categorie']}",
            maskeer(r["n"]).tekst,
        ]
    for r in (
        Kwartaalstand.objects.filter(filt)
        .values("gemeente__naam", "kwartaal")
        .annotate(**{m: Sum(m) for m in MATEN})
        .order_by("gemeente__naam", "kwartaal")
    ):
        for m in MATEN:
            yield [
                "gemeente",
                r["gemeente__naam"] or "",
                r["gemeente__naam"] or "",
                kwartaal_label(r["kwartaal"]),
                m,
                maskeer(r[m]).tekst,
            ]
    for r in (
        Kwartaalstand.objects.filter(filt)
        .values("organisatie__naam", "gemeente__naam", "kwartaal", *MATEN)
        .order_by("organisatie__naam", "kwartaal")
        .iterator(chunk_size=2000)
    ):
        for m in MATEN:
            yield [
                "organisatie",
                r["organisatie__naam"],
                r["gemeente__naam"] or "",
                kwartaal_label(r["kwartaal"]),
                m,
                maskeer(r[m]).tekst,
            ]
