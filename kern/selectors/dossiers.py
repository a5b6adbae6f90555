"""Reads of residents, help requests and volunteers, each in a fixed number of queries.

Call inside the tenant's schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, F, Func, Q, Value
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
    Verwijzing,
    Vrijwilliger,
)
from kern.selectors._grenzen import LIJST_MAX


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
