"""Reads for the quarterly overview and the funder reports.

Call inside the tenant's schema. Both are built as ``tabellen.Rapport`` objects so the page and
every export show the same numbers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.models import (
    Case,
    Count,
    DecimalField,
    F,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import ExtractYear, TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext as _

from activiteiten.models import Activiteit, Inschrijving, Ticket
from kern.models import (
    Categorie,
    Hulpvraag,
    Urenregistratie,
)
from rapportage.models import Subsidie
from rapportage.tabellen import VERBORGEN, Grafiek, Rapport, Rij, Tabel, anonimiseer

Kwartaal = tuple[int, int]  # (year, 1..4)


def _kwartaal_van(waarde) -> Kwartaal:
    if isinstance(waarde, datetime):
        waarde = timezone.localtime(waarde) if timezone.is_aware(waarde) else waarde
    return (waarde.year, (waarde.month - 1) // 3 + 1)


def _begin(d: date) -> datetime:
    return timezone.make_aware(datetime.combine(d, time.min))


def _kwartalen_tussen(begin: date, einde: date) -> list[Kwartaal]:
    k = _kwartaal_van(begin)
    laatste = _kwartaal_van(einde)
    uit = []
    while k <= laatste:
        uit.append(k)
        k = (k[0] + 1, 1) if k[1] == 4 else (k[0], k[1] + 1)
    return uit


UITKOMST: dict[str, str] = {
    Hulpvraag.Status.AFGEROND: "geholpen",
    Hulpvraag.Status.DOORVERWEZEN: "doorverwezen",
    Hulpvraag.Status.GEANNULEERD: "geannuleerd",
}


def _uitkomst_labels() -> dict[str, str]:
    return {
        "geholpen": _("geholpen (afgerond)"),
        "doorverwezen": _("doorverwezen naar een professional"),
        "geannuleerd": _("geannuleerd"),
        "loopt": _("loopt nog"),
    }


def _matrix(rows, sleutel: str, kolommen: list[Kwartaal]) -> dict[str, list[int]]:
    index = {k: i for i, k in enumerate(kolommen)}
    uit: dict[str, list[int]] = {}
    for row in rows:
        i = index.get(_kwartaal_van(row["kw"]))
        if i is None:
            continue
        waarden = uit.setdefault(row[sleutel], [0] * len(kolommen))
        waarden[i] += row["n"]
    return uit


def _rij(label: str, waarden: list, *, totaal: bool = True, telling: bool = True, som=None) -> Rij:
    extra = [som if som is not None else sum(waarden)] if totaal else []
    return Rij(label, [*waarden, *extra], telling=telling)


def _hulpvraag_tabellen(
    qs, kolommen: list[Kwartaal], kolomnamen: list[str], categorieen: list[Categorie]
) -> list[Tabel]:
    """Requests by category, channel, source, village and outcome: five GROUP BY queries."""
    qs = qs.annotate(kw=TruncQuarter("aangemaakt_op")).order_by()
    n = len(kolommen)
    tabellen = []

    def tabel(sleutel, titel, matrix, volgorde):
        t = Tabel(sleutel, titel, [*kolomnamen, _("Totaal")])
        totaal = [0] * n
        for key, label in volgorde:
            waarden = matrix.get(key, [0] * n)
            totaal = [a + b for a, b in zip(totaal, waarden, strict=True)]
            t.rijen.append(_rij(label, waarden))
        t.rijen.append(Rij(_("Totaal"), [*totaal, sum(totaal)], is_totaal=True))
        tabellen.append(t)

    per_cat = _matrix(
        qs.values("kw", "categorie_id").annotate(n=Count("id")), "categorie_id", kolommen
    )
    tabel(
        "categorie",
        _("Hulpvragen per categorie"),
        per_cat,
        [(c.pk, c.naam) for c in categorieen] + [(None, _("zonder categorie"))],
    )
    per_kanaal = _matrix(qs.values("kw", "kanaal").annotate(n=Count("id")), "kanaal", kolommen)
    tabel("kanaal", _("Hulpvragen per kanaal"), per_kanaal, Hulpvraag.Kanaal.choices)
    per_bron = _matrix(qs.values("kw", "aanvrager").annotate(n=Count("id")), "aanvrager", kolommen)
    tabel(
        "bron",
        _("Hulpvragen per bron (zelf of verwezen)"),
        per_bron,
        Hulpvraag.Aanvrager.choices,
    )
    per_dorp = _matrix(
        qs.values("kw", "inwoner__dorp__naam").annotate(n=Count("id")),
        "inwoner__dorp__naam",
        kolommen,
    )
    dorpen = sorted(k for k in per_dorp if k)
    tabel(
        "dorp",
        _("Hulpvragen per dorp"),
        per_dorp,
        [(d, d) for d in dorpen] + [(None, _("dorp onbekend"))],
    )
    per_status = _matrix(qs.values("kw", "status").annotate(n=Count("id")), "status", kolommen)
    per_uitkomst: dict[str, list[int]] = {}
    for status, waarden in per_status.items():
        key = UITKOMST.get(status, "loopt")
        oud = per_uitkomst.get(key, [0] * n)
        per_uitkomst[key] = [a + b for a, b in zip(oud, waarden, strict=True)]
    tabel("uitkomst", _("Hulpvragen per uitkomst"), per_uitkomst, _uitkomst_labels().items())
    # Drop empty rows (except totals) so phones are not flooded with zeros.
    for t in tabellen:
        t.rijen = [r for r in t.rijen if r.is_totaal or r.waarden[-1] or t.sleutel == "bron"]
    return tabellen


def _uren_vrijwilligers(uren_qs, kolommen, kolomnamen) -> tuple[Tabel, list[int]]:
    """Active volunteers (who logged hours) and hours per quarter: two queries."""
    uren_qs = uren_qs.annotate(kw=TruncQuarter("datum")).order_by()
    index = {k: i for i, k in enumerate(kolommen)}
    n = len(kolommen)
    match_uren, act_uren, alle = [Decimal("0")] * n, [Decimal("0")] * n, [Decimal("0")] * n
    for row in uren_qs.values("kw").annotate(
        totaal=Sum("uren"),
        match=Sum("uren", filter=Q(match__isnull=False)),
        act=Sum("uren", filter=Q(activiteit__isnull=False)),
    ):
        i = index.get(_kwartaal_van(row["kw"]))
        if i is None:
            continue
        alle[i] += row["totaal"] or 0
        match_uren[i] += row["match"] or 0
        act_uren[i] += row["act"] or 0
    actief = [0] * n
    for row in uren_qs.values("kw").annotate(n=Count("vrijwilliger", distinct=True)):
        i = index.get(_kwartaal_van(row["kw"]))
        if i is not None:
            actief[i] = row["n"]
    periode_actief = uren_qs.aggregate(n=Count("vrijwilliger", distinct=True))["n"]
    t = Tabel(
        "vrijwilligers",
        _("Vrijwilligers en uren"),
        [*kolomnamen, _("Totaal")],
        toelichting=_("Actief: heeft in die periode uren geregistreerd."),
    )
    t.rijen = [
        _rij(_("actieve vrijwilligers"), actief, som=periode_actief),
        _rij(_("uren in totaal"), alle, telling=False),
        _rij(_("uren voor hulpvragen"), match_uren, telling=False),
        _rij(_("uren voor activiteiten"), act_uren, telling=False),
    ]
    return t, actief


def _activiteiten_tabel(act_qs, aanm_qs, kolommen, kolomnamen) -> Tabel:
    """Activities, sign-ups, attendance and income per quarter: two queries."""
    index = {k: i for i, k in enumerate(kolommen)}
    n = len(kolommen)
    aantal = [0] * n
    for row in (
        act_qs.filter(geannuleerd=False)
        .annotate(kw=TruncQuarter("begint_op"))
        .order_by()
        .values("kw")
        .annotate(n=Count("id"))
    ):
        i = index.get(_kwartaal_van(row["kw"]))
        if i is not None:
            aantal[i] = row["n"]
    prijs = Case(
        When(ticket=Ticket.DEELNEMER, then=F("activiteit__prijs_deelnemer")),
        When(ticket=Ticket.VRIEND, then=F("activiteit__prijs_vriend")),
        default=Value(Decimal("0")),
        output_field=DecimalField(max_digits=8, decimal_places=2),
    )
    aanmeldingen, aanwezig, geld = [0] * n, [0] * n, [Decimal("0")] * n
    for row in (
        aanm_qs.filter(activiteit__geannuleerd=False)
        .annotate(kw=TruncQuarter("activiteit__begint_op"))
        .order_by()
        .values("kw")
        .annotate(
            n=Count("id"),
            er=Count("id", filter=Q(aanwezig=True)),
            geld=Sum(prijs, filter=Q(aanwezig=True)),
        )
    ):
        i = index.get(_kwartaal_van(row["kw"]))
        if i is not None:
            aanmeldingen[i], aanwezig[i], geld[i] = row["n"], row["er"], row["geld"] or Decimal(0)
    t = Tabel("activiteiten", _("Activiteiten en deelname"), [*kolomnamen, _("Totaal")])
    t.rijen = [
        _rij(_("activiteiten"), aantal),
        _rij(_("aanmeldingen"), aanmeldingen),
        _rij(_("aanwezig"), aanwezig),
        _rij(_("inkomsten (€)"), geld, telling=False),
    ]
    return t


def _jaartrend(jaren_rows, uren_rows, act_rows, aanw_rows) -> Tabel:
    gezien = {r["jaar"] for rows in (jaren_rows, uren_rows, act_rows) for r in rows}
    # Every year from the first to this one, so a gap shows as a gap; nothing planned ahead.
    laatste = min(max(gezien, default=0), timezone.localdate().year)
    jaren = list(range(min(gezien), laatste + 1)) if gezien else []

    def per_jaar(rows, key="n"):
        d = {r["jaar"]: r[key] or 0 for r in rows}
        return [d.get(j, 0) for j in jaren]

    t = Tabel("trend", _("Trend per jaar"), [str(j) for j in jaren])
    t.rijen = [
        Rij(_("hulpvragen"), per_jaar(jaren_rows)),
        Rij(_("actieve vrijwilligers"), per_jaar(uren_rows, "vrijwilligers")),
        Rij(_("uren"), per_jaar(uren_rows, "uren"), telling=False),
        Rij(_("activiteiten"), per_jaar(act_rows)),
        Rij(_("aanwezigen bij activiteiten"), per_jaar(aanw_rows)),
    ]
    return t


def beschikbare_jaren() -> list[int]:
    """Years with any requests, hours or activities, newest first (three queries)."""
    jaren = {d.year for d in Hulpvraag.objects.dates("aangemaakt_op", "year")}
    jaren |= {d.year for d in Urenregistratie.objects.dates("datum", "year")}
    jaren |= {d.year for d in Activiteit.objects.datetimes("begint_op", "year")}
    dit_jaar = timezone.localdate().year
    return sorted((j for j in jaren if j <= dit_jaar), reverse=True)


def kwartaaloverzicht(*, jaar: int) -> Rapport:
    """The bestuur's quarterly overview of one year plus the trend over all years.

    A fixed number of queries (about a dozen) however many requests there are: every
    figure comes from a GROUP BY, never from a loop over rows.
    """
    kolommen = [(jaar, q) for q in (1, 2, 3, 4)]
    kolomnamen = [f"K{q}" for q in (1, 2, 3, 4)]
    van, tot = _begin(date(jaar, 1, 1)), _begin(date(jaar + 1, 1, 1))
    categorieen = list(Categorie.objects.all())
    hulp = Hulpvraag.objects.filter(aangemaakt_op__gte=van, aangemaakt_op__lt=tot)
    tabellen = _hulpvraag_tabellen(hulp, kolommen, kolomnamen, categorieen)
    uren_tabel, _actief = _uren_vrijwilligers(
        Urenregistratie.objects.filter(datum__year=jaar), kolommen, kolomnamen
    )
    act_tabel = _activiteiten_tabel(
        Activiteit.objects.filter(begint_op__gte=van, begint_op__lt=tot),
        Inschrijving.objects.filter(activiteit__begint_op__gte=van, activiteit__begint_op__lt=tot),
        kolommen,
        kolomnamen,
    )
    jaar_expr = ExtractYear("aangemaakt_op")
    trend = _jaartrend(
        list(
            Hulpvraag.objects.annotate(jaar=jaar_expr)
            .order_by()
            .values("jaar")
            .annotate(n=Count("id"))
        ),
        list(
            Urenregistratie.objects.annotate(jaar=ExtractYear("datum"))
            .order_by()
            .values("jaar")
            .annotate(vrijwilligers=Count("vrijwilliger", distinct=True), uren=Sum("uren"))
        ),
        list(
            Activiteit.objects.filter(geannuleerd=False)
            .annotate(jaar=ExtractYear("begint_op"))
            .order_by()
            .values("jaar")
            .annotate(n=Count("id"))
        ),
        list(
            Inschrijving.objects.filter(aanwezig=True, activiteit__geannuleerd=False)
            .annotate(jaar=ExtractYear("activiteit__begint_op"))
            .order_by()
            .values("jaar")
            .annotate(n=Count("id"))
        ),
    )
    totaal = tabellen[0].rijen[-1].waarden
    grafieken = [
        Grafiek(
            _("Hulpvragen per jaar"), trend.kolommen, [float(x) for x in trend.rijen[0].waarden]
        ),
        Grafiek(
            _("Hulpvragen per kwartaal in %(jaar)s") % {"jaar": jaar},
            kolomnamen,
            [float(x) for x in totaal[:4]],
        ),
        Grafiek(
            _("Aanwezigen bij activiteiten per jaar"),
            trend.kolommen,
            [float(x) for x in trend.rijen[4].waarden],
        ),
    ]
    return Rapport(
        titel=_("Kwartaaloverzicht %(jaar)s") % {"jaar": jaar},
        ondertitel=_("Hulpvragen, vrijwilligers en activiteiten per kwartaal"),
        tabellen=[*tabellen, uren_tabel, act_tabel, trend],
        grafieken=grafieken,
    )


def subsidierapport(*, subsidie: Subsidie) -> Rapport:
    """The funder's report over the grant's period: counts only, anonymised.

    No names ever enter it (only GROUP BY counts); counts below five become "<5", and a
    second cell is hidden where a total would give a small count away.
    """
    kolommen = _kwartalen_tussen(subsidie.begin, subsidie.einde)
    kolomnamen = [f"K{q} {j}" for j, q in kolommen]
    van, tot = _begin(subsidie.begin), _begin(subsidie.einde + timedelta(days=1))
    categorieen = list(subsidie.categorieen.all())
    soorten = list(subsidie.activiteitsoorten.all())
    hulp = Hulpvraag.objects.filter(aangemaakt_op__gte=van, aangemaakt_op__lt=tot)
    if categorieen:
        hulp = hulp.filter(categorie__in=categorieen)
    # A grant for an activity (Samen aan tafel) is accounted for with that activity only;
    # a grant for kinds of help, with those requests only.
    met_hulpvragen = bool(categorieen) or not soorten
    met_activiteiten = bool(soorten) or not categorieen
    tabellen = []
    if met_hulpvragen:
        tabellen = _hulpvraag_tabellen(
            hulp, kolommen, kolomnamen, categorieen or list(Categorie.objects.all())
        )
        tabellen = [t for t in tabellen if t.sleutel != "kanaal"]
    uren = Urenregistratie.objects.filter(datum__gte=subsidie.begin, datum__lte=subsidie.einde)
    act = Activiteit.objects.filter(begint_op__gte=van, begint_op__lt=tot)
    aanm = Inschrijving.objects.filter(
        activiteit__begint_op__gte=van, activiteit__begint_op__lt=tot
    )
    if soorten:
        act = act.filter(soort__in=soorten)
        aanm = aanm.filter(activiteit__soort__in=soorten)
        uren = uren.filter(activiteit__soort__in=soorten)
    uren_tabel, actief = _uren_vrijwilligers(uren, kolommen, kolomnamen)
    # Hours of fewer than five volunteers say too much about each of them.
    periode_actief = int(uren_tabel.rijen[0].waarden[-1])
    for rij in uren_tabel.rijen[1:]:
        for j, aantal in enumerate([*actief, periode_actief]):
            if aantal < 5:
                rij.waarden[j] = VERBORGEN
    if met_activiteiten:
        tabellen.append(_activiteiten_tabel(act, aanm, kolommen, kolomnamen))
    alle = [anonimiseer(t) for t in [*tabellen, uren_tabel]]
    return Rapport(
        titel=_("Verantwoording %(naam)s") % {"naam": subsidie.naam},
        ondertitel=_("%(financier)s · %(begin)s t/m %(einde)s · € %(bedrag)s")
        % {
            "financier": subsidie.financier.naam,
            "begin": subsidie.begin.strftime("%d-%m-%Y"),
            "einde": subsidie.einde.strftime("%d-%m-%Y"),
            "bedrag": subsidie.bedrag,
        },
        tabellen=alle,
        voetnoot=_(
            "Geanonimiseerd: geen namen; aantallen onder de 5 staan als “<5”, "
            "en “x” is verborgen zodat een totaal geen klein aantal verraadt."
        ),
    )


def subsidies_lijst() -> list[Subsidie]:
    return list(Subsidie.objects.select_related("financier"))
