"""Reads for the MDO, each in a fixed number of queries. Call inside the tenant's schema."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import (
    Count,
    Exists,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from kern.models import (
    Aandachtslijst,
    Hulpvraag,
    Inwoner,
    Signaal,
    Toestemming,
)
from mdo.models import MdoBespreking, MdoDeelnemer, MdoOverleg

OPEN_STATUSSEN = [
    Hulpvraag.Status.NIEUW,
    Hulpvraag.Status.KENNISMAKING,
    Hulpvraag.Status.AFSPRAAK,
    Hulpvraag.Status.LOPEND,
    Hulpvraag.Status.NABELLEN,
]
VASTGELOPEN_NA_DAGEN = 21

# --- MDO -----------------------------------------------------------------------------------


def _laatste_mdo_toestemming():
    return Subquery(
        Toestemming.objects.filter(inwoner=OuterRef("pk"), onderwerp=Toestemming.Onderwerp.MDO)
        .order_by("-datum", "-aangemaakt_op", "-id")
        .values("gegeven")[:1]
    )


def inwoners_met_mdo_toestemming(inwoner_ids) -> set[int]:
    """Residents whose most recent MDO consent is a yes (a withdrawal wins over older yeses)."""
    return set(
        Inwoner.objects.filter(pk__in=list(inwoner_ids))
        .annotate(mdo_ok=_laatste_mdo_toestemming())
        .filter(mdo_ok=True)
        .values_list("pk", flat=True)
    )


@dataclass(frozen=True)
class Suggestie:
    inwoner: Inwoner
    aanleiding: str
    aanleiding_label: str
    toestemming: bool


def mdo_suggesties(*, overleg: MdoOverleg) -> list[Suggestie]:
    """Who might need the MDO: overdue watch-list contacts, open signals, stuck requests.

    Three queries; residents already on this agenda are left out.
    """
    vandaag = timezone.localdate()
    al = MdoBespreking.objects.filter(overleg=overleg, inwoner=OuterRef("pk"))
    basis = Inwoner.objects.select_related("dorp").annotate(
        mdo_ok=Coalesce(_laatste_mdo_toestemming(), Value(False)), al=Exists(al)
    )
    laatste_wijziging = Max("hulpvragen__wijzigingen__op")
    grens = timezone.now() - timedelta(days=VASTGELOPEN_NA_DAGEN)
    bronnen = [
        (
            MdoBespreking.Aanleiding.AANDACHT,
            basis.filter(
                Exists(
                    Aandachtslijst.objects.filter(
                        inwoner=OuterRef("pk"), actief=True, volgend_contact__lt=vandaag
                    )
                )
            ),
        ),
        (
            MdoBespreking.Aanleiding.SIGNAAL,
            basis.filter(
                Exists(
                    Signaal.objects.filter(inwoner=OuterRef("pk")).exclude(
                        status=Signaal.Status.AFGEHANDELD
                    )
                )
            ),
        ),
        (
            MdoBespreking.Aanleiding.VASTGELOPEN,
            basis.filter(hulpvragen__status__in=OPEN_STATUSSEN, hulpvragen__aangemaakt_op__lt=grens)
            .annotate(laatste=laatste_wijziging)
            .filter(Q(laatste__isnull=True) | Q(laatste__lt=grens)),
        ),
    ]
    gezien: set[int] = set()
    suggesties = []
    labels = dict(MdoBespreking.Aanleiding.choices)
    for aanleiding, qs in bronnen:
        for inwoner in qs.filter(al=False).distinct():  # type: ignore[misc]  # annotated above
            if inwoner.pk in gezien:
                continue
            gezien.add(inwoner.pk)
            suggesties.append(
                Suggestie(inwoner, aanleiding, str(labels[aanleiding]), bool(inwoner.mdo_ok))
            )
    return suggesties


def mdo_overleg_detail(*, pk: int) -> MdoOverleg | None:
    """The meeting with attendees, agenda, decisions and actions (fixed number of queries)."""
    return (
        MdoOverleg.objects.prefetch_related(
            "deelnemers",
            "besprekingen__inwoner__dorp",
            "besprekingen__regiehouder",
            "besprekingen__besluiten",
            "besprekingen__acties__eigenaar",
        )
        .filter(pk=pk)
        .first()
    )


@dataclass(frozen=True)
class AgendaPunt:
    """What attendees of the MDO may see of one resident: no notes, no contact details."""

    volgorde: int
    naam: str
    geboortejaar: int | None
    dorp: str
    aanleiding: str
    vraag: str
    regiehouder: str
    bespreking: str
    besluiten: list[str]
    acties: list[tuple[str, str, date]]


def mdo_agenda_voor_deelnemers(*, overleg: MdoOverleg) -> list[AgendaPunt]:
    """The printable agenda/minutes: consent is checked again at print time."""
    besprekingen = list(overleg.besprekingen.all())
    toegestaan = inwoners_met_mdo_toestemming(b.inwoner_id for b in besprekingen)
    punten = []
    for b in besprekingen:
        if b.inwoner_id not in toegestaan:
            continue
        i = b.inwoner
        punten.append(
            AgendaPunt(
                volgorde=b.volgorde,
                naam=f"{i.voornaam} {i.achternaam}",
                geboortejaar=i.geboortedatum.year if i.geboortedatum else None,
                dorp=i.dorp.naam if i.dorp else "",
                aanleiding=b.get_aanleiding_display(),
                vraag=b.vraag,
                regiehouder=str(b.regiehouder) if b.regiehouder else "",
                bespreking=b.bespreking,
                besluiten=[x.tekst for x in b.besluiten.all()],
                acties=[(a.omschrijving, a.eigenaar.naam, a.uiterlijk) for a in b.acties.all()],
            )
        )
    return punten


@dataclass
class MdoOverzicht:
    komend: list[MdoOverleg]  # soonest first
    eerder: list[MdoOverleg]  # most recent first


def mdo_overleggen(*, nu: datetime | None = None) -> MdoOverzicht:
    """Planned meetings in date order, then held ones from the most recent back (2 queries).

    The order is explicit: Meta.ordering does not survive the GROUP BY of the count.
    """
    nu = nu or timezone.now()
    qs = MdoOverleg.objects.annotate(n_punten=Count("besprekingen"))
    return MdoOverzicht(
        komend=list(qs.filter(datum__gte=nu).order_by("datum", "pk")),
        eerder=list(qs.filter(datum__lt=nu).order_by("-datum", "-pk")),
    )


def mdo_inwoners_keuze() -> list[Inwoner]:
    return list(Inwoner.objects.annotate(mdo_ok=Coalesce(_laatste_mdo_toestemming(), Value(False))))


# --- Activities ------------------------------------------------------------------------------


def deelnemers_keuze(*, overleg: MdoOverleg) -> list[MdoDeelnemer]:
    return list(overleg.deelnemers.all())
