"""Reads for a foundation's pages. Call inside the tenant's schema.

Every selector returns what one page needs in a fixed number of queries,
whatever the number of rows (lists are capped and counted separately);
tests/kern/test_query_counts.py holds them to it at 10 and 1,000 rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Count, F, Func, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Aandachtslijst,
    Afsprakendossier,
    Contactmoment,
    Hulpvraag,
    Inwoner,
    Match,
    Signaal,
    StatusWijziging,
    Taak,
    Toestemming,
    Urenregistratie,
    Verwijzing,
    Vrijwilliger,
)

LIJST_MAX = 50
DASHBOARD_MAX = 15


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
    """The coordinator's day: call-backs, overdue watch list, new requests, open signals."""
    from kern.policy import BESTUUR

    vandaag = vandaag or timezone.localdate()
    rol = getattr(lidmaatschap, "rol", None)
    dashboard = Dashboard(inwoners=Inwoner.objects.count())
    if rol == BESTUUR:
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


def _cijfers(veld: str) -> Func:
    return Func(F(veld), Value(r"[^0-9]"), Value(""), Value("g"), function="regexp_replace")


def inwoners_search(q: str, *, limit: int = LIJST_MAX) -> list[Inwoner]:
    """One box: a name, a street or (part of) a phone number. One query."""
    q = (q or "").strip()[:100]
    qs = Inwoner.objects.select_related("dorp")
    if not q:
        return list(qs.order_by("achternaam", "voornaam", "pk")[:limit])
    filters = Q()
    for woord in q.split()[:5]:
        filters &= (
            Q(voornaam__icontains=woord)
            | Q(achternaam__icontains=woord)
            | Q(straat__icontains=woord)
            | Q(postcode__icontains=woord)
        )
    cijfers = re.sub(r"\D", "", q)
    if len(cijfers) >= 3:
        filters |= Q(telefoon_cijfers__contains=cijfers)
    filters |= Q(volledige_naam__icontains=q)
    return list(
        qs.annotate(
            telefoon_cijfers=_cijfers("telefoon"),
            volledige_naam=Concat("voornaam", Value(" "), "achternaam"),
        )
        .filter(filters)
        .order_by("achternaam", "voornaam", "pk")[:limit]
    )


# --- a resident's file and timeline ----------------------------------------------------


TIJDLIJN_SOORTEN = {
    "contact": _("contact"),
    "hulpvraag": _("hulpvraag"),
    "signaal": _("signaal"),
    "afspraken": _("afspraken"),
    "verwijzing": _("verwijzing"),
}


@dataclass(frozen=True)
class TijdlijnItem:
    op: datetime
    soort: str  # a key of TIJDLIJN_SOORTEN
    titel: str
    tekst: str
    url: str = ""

    @property
    def soort_label(self) -> str:
        return str(TIJDLIJN_SOORTEN.get(self.soort, self.soort))


@dataclass
class InwonerDossier:
    inwoner: Inwoner
    tijdlijn: list[TijdlijnItem]
    hulpvragen: list[Hulpvraag]
    toestemmingen: list[Toestemming]
    aandacht: Aandachtslijst | None


def _als_moment(d) -> datetime:
    if isinstance(d, datetime):
        return d
    return timezone.make_aware(datetime.combine(d, datetime.min.time()))


def inwoner_dossier(inwoner: Inwoner, *, tijdlijn_max: int = 100) -> InwonerDossier:
    """Everything about one resident, newest first: 7 queries."""
    from django.urls import reverse

    hulpvragen = list(
        Hulpvraag.objects.filter(inwoner=inwoner)
        .select_related("categorie")
        .order_by("-aangemaakt_op")[:tijdlijn_max]
    )
    items: list[TijdlijnItem] = [
        TijdlijnItem(
            op=h.aangemaakt_op,
            soort="hulpvraag",
            titel=f"{h.get_kanaal_display()} · {h.categorie or '–'} · {h.get_status_display()}",
            tekst=h.omschrijving,
            url=reverse("kern:hulpvraag", args=[h.pk]),
        )
        for h in hulpvragen
    ]
    for c in Contactmoment.objects.filter(inwoner=inwoner).order_by("-op")[:tijdlijn_max]:
        items.append(TijdlijnItem(c.op, "contact", c.get_soort_display(), c.samenvatting))
    for s in Signaal.objects.filter(inwoner=inwoner).order_by("-gemeld_op")[:tijdlijn_max]:
        items.append(TijdlijnItem(s.gemeld_op, "signaal", s.get_status_display(), s.omschrijving))
    dossiers = Afsprakendossier.objects.filter(match__hulpvraag__inwoner=inwoner).select_related(
        "match__vrijwilliger"
    )[:tijdlijn_max]
    for a in dossiers:
        items.append(
            TijdlijnItem(
                _als_moment(a.startdatum),
                "afspraken",
                f"{a.match.vrijwilliger} · {a.frequentie}",
                a.wel,
                reverse("kern:hulpvraag", args=[a.match.hulpvraag_id]),
            )
        )
    for v in Verwijzing.objects.filter(inwoner=inwoner)[:tijdlijn_max]:
        items.append(TijdlijnItem(v.verwezen_op, "verwijzing", v.partner, v.reden))
    toestemmingen = list(Toestemming.objects.filter(inwoner=inwoner)[:tijdlijn_max])
    items.sort(key=lambda i: i.op, reverse=True)
    aandacht = Aandachtslijst.objects.filter(inwoner=inwoner, actief=True).first()
    return InwonerDossier(
        inwoner=inwoner,
        tijdlijn=items[:tijdlijn_max],
        hulpvragen=hulpvragen,
        toestemmingen=toestemmingen,
        aandacht=aandacht,
    )


# --- help requests -----------------------------------------------------------------------


def hulpvragen_list(*, status: str | None = None, limit: int = LIJST_MAX) -> tuple[list, int]:
    qs = Hulpvraag.objects.all()
    if status:
        qs = qs.filter(status=status)
    rows = list(qs.select_related("inwoner", "categorie").order_by("-aangemaakt_op", "-pk")[:limit])
    return rows, qs.count()


@dataclass
class HulpvraagDetail:
    hulpvraag: Hulpvraag
    matches: list[Match]
    actieve_match: Match | None
    wijzigingen: list[StatusWijziging]
    taken: list[Taak]
    verwijzingen: list[Verwijzing]


def hulpvraag_detail(hulpvraag: Hulpvraag) -> HulpvraagDetail:
    matches = list(
        Match.objects.filter(hulpvraag=hulpvraag)
        .select_related("vrijwilliger", "kennismaking", "afsprakendossier")
        .order_by("-gekozen_op")
    )
    actief = next(
        (m for m in matches if m.status in (Match.Status.GEKOZEN, Match.Status.ACTIEF)), None
    )
    return HulpvraagDetail(
        hulpvraag=hulpvraag,
        matches=matches,
        actieve_match=actief,
        wijzigingen=list(
            StatusWijziging.objects.filter(hulpvraag=hulpvraag).select_related("door")
        ),
        taken=list(
            Taak.objects.filter(hulpvraag=hulpvraag)
            .select_related("vrijwilliger")
            .order_by("vervaldatum", "pk")
        ),
        verwijzingen=list(Verwijzing.objects.filter(hulpvraag=hulpvraag)),
    )


# --- other lists --------------------------------------------------------------------------


def vrijwilligers_list(*, limit: int = LIJST_MAX) -> tuple[list[Any], int]:
    qs = Vrijwilliger.objects.all()
    rows = list(
        qs.prefetch_related("categorieen", "dorpen")
        .annotate(
            lopend=Count(
                "matches",
                filter=Q(matches__status__in=[Match.Status.GEKOZEN, Match.Status.ACTIEF]),
            )
        )
        .order_by("achternaam", "voornaam", "pk")[:limit]
    )
    return rows, qs.count()


def aandachtslijst_list(*, limit: int = LIJST_MAX) -> tuple[list[Aandachtslijst], int]:
    qs = Aandachtslijst.objects.filter(actief=True)
    rows = list(qs.select_related("inwoner").order_by("volgend_contact", "pk")[:limit])
    return rows, qs.count()


def signalen_list(*, alleen_bestuur: bool = False, limit: int = LIJST_MAX):
    qs = Signaal.objects.all()
    if alleen_bestuur:
        qs = qs.filter(status=Signaal.Status.BESTUUR)
    rows = list(qs.select_related("inwoner").order_by("status", "-gemeld_op", "-pk")[:limit])
    return rows, qs.count()


# --- the volunteer's own view ---------------------------------------------------------------


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
