"""Anonymous counts a foundation publishes to the shared layer — the contract.

The contract between a tenant and the provincial overview (issue 6): only counts per
quarter, never a name, address, phone number or free text. Two halves:

- **What crosses**: `kwartaalcijfers()` and `laatste_activiteit()`, read inside the
  tenant's schema. Other kern modules (activities, MDO) add their counts here.
- **When it crosses**: a service that changes what is counted here calls
  `publicatie_schedule(moment=…)` in its transaction; after commit the registered publisher
  republishes this tenant's touched quarters, once per transaction.

Direction of the dependency: the shared layer (inventaris) imports this module and nothing
else of kern, and registers its publisher here in its ``AppConfig.ready``
(`publisher_register`). The tenant side never imports inventaris: kern knows *that* its
counts are published, not *by whom*, so it runs without the shared layer installed (then
`publicatie_schedule` does nothing) and inventaris cannot come to depend on kern's models.

Active volunteers per quarter: a volunteer counts in a quarter when there is dated work of
theirs in it — hours logged (``Urenregistratie.datum``) or an intro visit with a resident
(``Kennismaking.datum``). Why not "status actief": the tenant keeps no history of a
volunteer's status, so today's status says nothing about a past quarter, and each dated
trace belongs to exactly one quarter, so a change republishes exactly that quarter.
Ongoing help that logs no hours counts only in the quarter of its intro visit; the hours
registration is also what the funders' reports rest on.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q, QuerySet
from django.db.models.functions import TruncQuarter
from django_tenants.utils import get_public_schema_name

from activiteiten.models import Activiteit
from kern.models import Hulpvraag, Kennismaking, StatusWijziging, Urenregistratie
from mdo.models import MdoOverleg

# Explicit: quarters are the foundation's wall-clock quarters, never the session's time zone.
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# (schema name, touched quarters) → publishes them; called after the tenant's commit.
Publisher = Callable[[str, frozenset[date]], None]


@dataclass(frozen=True)
class Kwartaalcijfers:
    kwartaal: date  # first day of the quarter
    hulpvragen_per_categorie: dict[str, int] = field(default_factory=dict)
    vrijwilligers_actief: int = 0
    activiteiten: int = 0
    mdo_overleggen: int = 0

    @property
    def leeg(self) -> bool:
        """Nothing counted: the shared layer keeps no row for such a quarter."""
        return not (
            any(self.hulpvragen_per_categorie.values())
            or self.vrijwilligers_actief
            or self.activiteiten
            or self.mdo_overleggen
        )


def kwartaal_start(moment: date | datetime) -> date:
    """First day of the quarter (Europe/Amsterdam) that `moment` falls in."""
    if isinstance(moment, datetime):
        moment = moment.astimezone(AMSTERDAM).date()
    return date(moment.year, 3 * ((moment.month - 1) // 3) + 1, 1)


def _volgend_kwartaal(kwartaal: date) -> date:
    if kwartaal.month == 10:
        return date(kwartaal.year + 1, 1, 1)
    return kwartaal.replace(month=kwartaal.month + 3)


def kwartaalcijfers(*, kwartalen: Collection[date] | None = None) -> list[Kwartaalcijfers]:
    """Counts per quarter of this foundation. Call inside the tenant's schema.

    Without `kwartalen`: every quarter that has any count (the full reconcile). With
    `kwartalen`: exactly those quarters, empty ones included, so the caller can tell a
    quarter that emptied from one it did not ask about. A constant number of queries.
    """
    gevraagd = None if kwartalen is None else sorted({kwartaal_start(k) for k in kwartalen})
    if gevraagd == []:
        return []
    hulpvragen = _hulpvragen_per_kwartaal(gevraagd)
    activiteiten = _per_kwartaal(
        Activiteit.objects.filter(geannuleerd=False), "begint_op", gevraagd
    )
    overleggen = _per_kwartaal(MdoOverleg.objects.all(), "datum", gevraagd)
    vrijwilligers = _vrijwilligers_actief(gevraagd)
    if gevraagd is None:
        gevraagd = sorted(
            set(hulpvragen) | set(activiteiten) | set(overleggen) | set(vrijwilligers)
        )
    return [
        Kwartaalcijfers(
            kwartaal=k,
            hulpvragen_per_categorie=hulpvragen.get(k, {}),
            vrijwilligers_actief=vrijwilligers.get(k, 0),
            activiteiten=activiteiten.get(k, 0),
            mdo_overleggen=overleggen.get(k, 0),
        )
        for k in gevraagd
    ]


def _binnen(veld: str, kwartalen: list[date] | None, *, tijdstip: bool) -> Q:
    """Rows whose `veld` falls in one of `kwartalen` (all rows when None)."""
    if kwartalen is None:
        return Q()
    voorwaarde = Q(pk__in=[])
    for k in kwartalen:
        begin, eind = k, _volgend_kwartaal(k)
        if tijdstip:  # a moment: the quarter's bounds at midnight in Amsterdam
            begin = datetime.combine(begin, time(), tzinfo=AMSTERDAM)
            eind = datetime.combine(eind, time(), tzinfo=AMSTERDAM)
        voorwaarde |= Q(**{f"{veld}__gte": begin, f"{veld}__lt": eind})
    return voorwaarde


def _als_datum(waarde: date | datetime) -> date:
    return waarde.date() if isinstance(waarde, datetime) else waarde


def _hulpvragen_per_kwartaal(kwartalen: list[date] | None) -> dict[date, dict[str, int]]:
    rows = (
        Hulpvraag.objects.filter(_binnen("aangemaakt_op", kwartalen, tijdstip=True))
        .annotate(kwartaal=TruncQuarter("aangemaakt_op", tzinfo=AMSTERDAM))
        .order_by()
        .values("kwartaal", "categorie__slug")
        .annotate(n=Count("id"))
    )
    uit: dict[date, dict[str, int]] = {}
    for row in rows:
        slug = row["categorie__slug"] or "onbekend"
        uit.setdefault(_als_datum(row["kwartaal"]), {})[slug] = row["n"]
    return uit


def _per_kwartaal(qs: QuerySet, veld: str, kwartalen: list[date] | None) -> dict[date, int]:
    """Count rows per quarter (Europe/Amsterdam): one GROUP BY query."""
    rows = (
        qs.filter(_binnen(veld, kwartalen, tijdstip=True))
        .annotate(kw=TruncQuarter(veld, tzinfo=AMSTERDAM))
        .order_by()
        .values("kw")
        .annotate(n=Count("id"))
    )
    uit: dict[date, int] = {}
    for row in rows:
        kwartaal = _als_datum(row["kw"])
        uit[kwartaal] = uit.get(kwartaal, 0) + row["n"]
    return uit


def _vrijwilligers_actief(kwartalen: list[date] | None) -> dict[date, int]:
    """Distinct volunteers with dated work per quarter (the rule in the module docstring)."""
    uren = (
        Urenregistratie.objects.filter(_binnen("datum", kwartalen, tijdstip=False))
        .annotate(kw=TruncQuarter("datum"))
        .order_by()
        .values_list("kw", "vrijwilliger_id")
    )
    kennismakingen = (
        Kennismaking.objects.filter(_binnen("datum", kwartalen, tijdstip=False))
        .annotate(kw=TruncQuarter("datum"))
        .order_by()
        .values_list("kw", "match__vrijwilliger_id")
    )
    # UNION (not ALL) leaves each volunteer once per quarter: one query.
    actief = {(_als_datum(k), v) for k, v in uren.union(kennismakingen)}
    uit: dict[date, int] = {}
    for kwartaal, _vrijwilliger in actief:
        uit[kwartaal] = uit.get(kwartaal, 0) + 1
    return uit


def laatste_activiteit() -> date | None:
    """Day of the most recent work on a help request (new, or a status change).

    The overview lists stalled initiatives first; one that only follows up and closes its
    requests this month has not stalled.
    """
    nieuw = Hulpvraag.objects.aggregate(m=Max("aangemaakt_op"))["m"]
    gewijzigd = StatusWijziging.objects.aggregate(m=Max("op"))["m"]
    laatste = max((m for m in (nieuw, gewijzigd) if m is not None), default=None)
    return laatste.astimezone(AMSTERDAM).date() if laatste else None


# --- When the counts cross: publish after commit, once per transaction ----------------------

_publisher: Publisher | None = None
_lock = threading.RLock()
# Per connection (threads each have their own), per schema: the quarters still to publish.
_wachtend: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def publisher_register(publisher: Publisher | None) -> None:
    """The shared layer hands in who publishes (inventaris, in AppConfig.ready)."""
    global _publisher
    _publisher = publisher


def _is_tenant(schema_name: str) -> bool:
    return schema_name not in (get_public_schema_name(), settings.TENANT_BASE_SCHEMA, "")


class _Wachtend:
    """One schema's quarters to publish after this transaction, and the callback that will."""

    def __init__(self, kwartalen: set[date]) -> None:
        self.kwartalen = kwartalen
        self.callback: weakref.ref | None = None

    def gepland(self) -> bool:
        return self.callback is not None and self.callback() is not None


class _NaCommit:
    """The on_commit callback: takes the schema's pending quarters and publishes them."""

    def __init__(self, per_schema: dict, schema_name: str, wachtend: _Wachtend) -> None:
        self.per_schema, self.schema_name, self.wachtend = per_schema, schema_name, wachtend

    def __call__(self) -> None:
        with _lock:
            if self.per_schema.get(self.schema_name) is not self.wachtend:
                return  # already published (a test helper may run callbacks twice)
            del self.per_schema[self.schema_name]
            kwartalen = frozenset(self.wachtend.kwartalen)
        if _publisher is not None:
            _publisher(self.schema_name, kwartalen)


def _vergeet(per_schema: dict, schema_name: str, callback: weakref.ref) -> None:
    """A rollback dropped the callback: forget its quarters, the writes are gone too."""
    with _lock:
        wachtend = per_schema.get(schema_name)
        if wachtend is not None and wachtend.callback is callback:
            del per_schema[schema_name]


def publicatie_schedule(*, moment: date | datetime | Iterable[date | datetime]) -> None:
    """After this transaction commits, publish this tenant's quarter(s) of `moment`.

    Call inside the tenant's schema, in the service's transaction (outside one it publishes
    at once). The schema is taken now: the callback may run after the connection has
    switched back to public. Many calls in one transaction publish once, with the union of
    their quarters.

    Why the weak reference: Django drops a rolled-back (sub)transaction's on_commit
    callbacks without telling anyone; the pending quarters must go with them, or the next
    transaction would find "already scheduled" and never publish. Holding the callback
    weakly, its disappearance is that signal — no private attribute of Django is read.
    """
    connection = transaction.get_connection()
    schema_name = getattr(connection, "schema_name", "")
    if _publisher is None or not _is_tenant(schema_name):
        return
    momenten = [moment] if isinstance(moment, date) else list(moment)
    kwartalen = {kwartaal_start(m) for m in momenten}
    with _lock:
        per_schema = _wachtend.setdefault(connection, {})
        wachtend = per_schema.get(schema_name)
        if wachtend is not None and wachtend.gepland() and connection.in_atomic_block:
            wachtend.kwartalen |= kwartalen
            return
        wachtend = per_schema[schema_name] = _Wachtend(kwartalen)
        callback = _NaCommit(per_schema, schema_name, wachtend)
        wachtend.callback = weakref.ref(
            callback, lambda ref: _vergeet(per_schema, schema_name, ref)
        )
    transaction.on_commit(callback)  # outside the lock: in autocommit it runs right here
