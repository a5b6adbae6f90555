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
from django.db.models import F, Max, Min, Prefetch, Q, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inventaris.models import (
    Initiatief,
    InitiatiefWijziging,
    Kaartsoort,
    Kwartaalstand,
    Publicatie,
    Toetredingsverzoek,
)
from inventaris.publish import STANDAARD_CATEGORIEEN
from noaber.privacy import DREMPEL, KLEIN
from tenants.models import Dorp, Gemeente, Organisatie, User
from tenants.rollen import require_staf

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
        return Aantal(None, KLEIN)
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


def initiatieven_beheer() -> list[Initiatief]:
    return list(Initiatief.objects.select_related("gemeente", "organisatie"))


def access_toetredingsverzoek(user: User, pk: int) -> Toetredingsverzoek:
    """An application, for staff only (the views are staf_required; this says it again)."""
    require_staf(user)
    verzoek = Toetredingsverzoek.objects.filter(pk=pk).first()
    if verzoek is None:
        raise Http404
    return verzoek


def toetredingsverzoeken_open() -> list[Toetredingsverzoek]:
    return list(
        Toetredingsverzoek.objects.filter(status=Toetredingsverzoek.Status.INGEDIEND)
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


CATEGORIE_VELDEN = {slug: f"hulpvragen_{slug}" for slug in STANDAARD_CATEGORIEEN}
SOM_VELDEN = (*MATEN, *CATEGORIE_VELDEN.values())


def _reeksen(per_kwartaal: dict[date, dict], kwartalen: list[date]):
    """Masked series per measure and per category from {quarter: {field: n}}."""
    maten = {
        m: Reeks(
            str(MAAT_LABELS[m]), m, [maskeer(per_kwartaal.get(k, {}).get(m)) for k in kwartalen]
        )
        for m in MATEN
    }
    categorieen = [
        Reeks(slug, slug, [maskeer(per_kwartaal.get(k, {}).get(veld)) for k in kwartalen])
        for slug, veld in CATEGORIE_VELDEN.items()
    ]
    return maten, categorieen


def overzicht(*, gemeente: str = "", pagina: int | str = 1, tot: date | None = None) -> Overzicht:
    """The provincial overview from the summary table: 6 queries for any number of tenants."""
    kwartalen = laatste_kwartalen(tot=tot)
    alle_gemeenten = list(Gemeente.objects.all())  # 1
    gekozen = next((g for g in alle_gemeenten if g.slug == gemeente), None)

    # 2: one pass over the summary table, per gemeente and quarter (a few dozen rows).
    per_gem: dict[int | None, dict[date, dict]] = {}
    for r in (
        Kwartaalstand.objects.filter(kwartaal__gte=kwartalen[0])
        .values("gemeente_id", "kwartaal")
        .annotate(**{f: Sum(f) for f in SOM_VELDEN})
        .order_by()
    ):
        per_gem.setdefault(r["gemeente_id"], {})[r["kwartaal"]] = r
    totaal: dict[date, dict] = {}
    for gem_id, rijen in per_gem.items():
        if gekozen and gem_id != gekozen.pk:
            continue
        for k, r in rijen.items():
            som = totaal.setdefault(k, dict.fromkeys(SOM_VELDEN, 0))
            for f in SOM_VELDEN:
                som[f] += r[f] or 0
    provincie, categorieen = _reeksen(totaal, kwartalen)
    gemeenten = [
        Reeks(
            g.naam,
            g.slug,
            [maskeer(per_gem.get(g.pk, {}).get(k, {}).get("hulpvragen")) for k in kwartalen],
        )
        for g in alle_gemeenten
    ]

    orgs = (
        Organisatie.objects.exclude(schema_name="public")
        .select_related("gemeente", "publicatie")
        .order_by(F("publicatie__laatste_activiteit").asc(nulls_first=True), "naam")
    )  # stalled initiatives first
    if gekozen:
        orgs = orgs.filter(gemeente_id=gekozen.pk)
    page = Paginator(orgs, PER_PAGINA).get_page(pagina)  # 3 (count) + 4 (page)
    recent = {  # 5: the last two quarters of the tenants on this page
        (r["organisatie_id"], r["kwartaal"]): r["hulpvragen"]
        for r in Kwartaalstand.objects.filter(
            organisatie_id__in=[o.pk for o in page.object_list], kwartaal__in=kwartalen[-2:]
        ).values("organisatie_id", "kwartaal", "hulpvragen")
    }
    for org in page.object_list:
        org.laatste_kwartaal_aantal = maskeer(recent.get((org.pk, kwartalen[-1])))
        org.vorige_kwartaal_aantal = maskeer(recent.get((org.pk, kwartalen[-2])))

    stand = Publicatie.objects.aggregate(laatst=Max("bijgewerkt_op"), oudst=Min("bijgewerkt_op"))
    return Overzicht(  # 6 above
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
    per_kwartaal = {
        r["kwartaal"]: r
        for r in Kwartaalstand.objects.filter(organisatie=org, kwartaal__gte=kwartalen[0]).values(
            "kwartaal", *SOM_VELDEN
        )
    }
    maten, categorieen = _reeksen(per_kwartaal, kwartalen)
    return Organisatieoverzicht(
        org,
        kwartalen,
        [kwartaal_label(k) for k in kwartalen],
        list(maten.values()),
        categorieen,
        getattr(org, "publicatie", None),
    )


def export_rijen(*, gemeente: str = "", tot: date | None = None):
    """Long-format rows for the CSV export: level, name, gemeente, quarter, measure, value.

    Streams; every value masked like on the page.
    """
    kwartalen = laatste_kwartalen(tot=tot)
    filt = Q(kwartaal__gte=kwartalen[0])
    gem = Gemeente.objects.filter(slug=gemeente).first() if gemeente else None
    if gem:
        filt &= Q(gemeente_id=gem.pk)
    maten = [(m, m) for m in MATEN] + [
        (f"hulpvragen:{slug}", veld) for slug, veld in CATEGORIE_VELDEN.items()
    ]
    yield ["niveau", "naam", "gemeente", "kwartaal", "maat", "waarde"]
    provincie = (
        Kwartaalstand.objects.filter(filt)
        .values("kwartaal")
        .annotate(**{f: Sum(f) for f in SOM_VELDEN})
        .order_by("kwartaal")
    )
    naam = gem.naam if gem else "Groningen"
    for r in provincie:
        for label, veld in maten:
            k = kwartaal_label(r["kwartaal"])
            yield [
                "provincie" if not gem else "gemeente",
                naam,
                "",
                k,
                label,
                maskeer(r[veld]).tekst,
            ]
    if not gem:
        for r in (
            Kwartaalstand.objects.filter(filt)
            .values("gemeente__naam", "kwartaal")
            .annotate(**{f: Sum(f) for f in SOM_VELDEN})
            .order_by("gemeente__naam", "kwartaal")
        ):
            for label, veld in maten:
                g = r["gemeente__naam"] or ""
                k = kwartaal_label(r["kwartaal"])
                yield ["gemeente", g, g, k, label, maskeer(r[veld]).tekst]
    for r in (
        Kwartaalstand.objects.filter(filt)
        .values("organisatie__naam", "gemeente__naam", "kwartaal", *SOM_VELDEN)
        .order_by("organisatie__naam", "kwartaal")
        .iterator(chunk_size=2000)
    ):
        for label, veld in maten:
            k = kwartaal_label(r["kwartaal"])
            g = r["gemeente__naam"] or ""
            yield ["organisatie", r["organisatie__naam"], g, k, label, maskeer(r[veld]).tekst]
