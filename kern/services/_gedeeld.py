"""Constants, the foundation's settings and the small validators the kern services share.

Call inside the tenant's schema.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, overload

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Hulpvraag,
    Instellingen,
)
from kern.models.vrijwilligers import DAGDELEN
from noaber.errors import ValidatieFout

log = logging.getLogger(__name__)
S = Hulpvraag.Status

OVERGANGEN: dict[str, frozenset[str]] = {
    S.NIEUW: frozenset({S.KENNISMAKING, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.KENNISMAKING: frozenset({S.NIEUW, S.AFSPRAAK, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.AFSPRAAK: frozenset({S.LOPEND, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.LOPEND: frozenset({S.NABELLEN, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.NABELLEN: frozenset({S.AFGEROND, S.LOPEND}),
    S.DOORVERWEZEN: frozenset({S.AFGEROND, S.NIEUW}),
    S.AFGEROND: frozenset(),
    S.GEANNULEERD: frozenset({S.NIEUW}),
}
AFGESLOTEN = frozenset({S.AFGEROND, S.GEANNULEERD, S.DOORVERWEZEN})
MAX_TEKST = 5000
DAGDEEL_CODES = frozenset(code for code, _label in DAGDELEN)


def instellingen() -> Instellingen:
    obj = Instellingen.objects.first()
    return obj if obj is not None else Instellingen.objects.create()


# --- small validators shared by the services -------------------------------------------


def _tekst(waarde, veld: str, *, verplicht: bool = True, max_len: int = MAX_TEKST) -> str:
    if waarde is None:
        waarde = ""
    if not isinstance(waarde, str):
        raise ValidatieFout(_("Vul hier tekst in."), field=veld)
    waarde = waarde.replace("\x00", "").strip()
    if verplicht and not waarde:
        raise ValidatieFout(_("Dit veld is vereist."), field=veld)
    if len(waarde) > max_len:
        raise ValidatieFout(
            format_lazy(_("Maximaal {} tekens, het zijn er {}."), max_len, len(waarde)), field=veld
        )
    return waarde


def _keuze(waarde, choices, veld: str) -> str:
    if waarde not in {c for c, _l in choices}:
        raise ValidatieFout(_("Kies een van de mogelijkheden."), field=veld)
    return waarde


@overload
def _datum(waarde, veld: str, *, verplicht: Literal[True] = ...) -> date: ...
@overload
def _datum(waarde, veld: str, *, verplicht: bool) -> date | None: ...
def _datum(waarde, veld: str, *, verplicht: bool = True) -> date | None:
    if waarde is None and not verplicht:
        return None
    if isinstance(waarde, datetime):
        return waarde.date()
    if not isinstance(waarde, date):
        raise ValidatieFout(_("Vul een geldige datum in."), field=veld)
    return waarde


@overload
def _uren(waarde, veld: str, *, verplicht: Literal[True] = ...) -> Decimal: ...
@overload
def _uren(waarde, veld: str, *, verplicht: bool) -> Decimal | None: ...
def _uren(waarde, veld: str, *, verplicht: bool = True) -> Decimal | None:
    if waarde in (None, "") and not verplicht:
        return None
    try:
        uren = Decimal(str(waarde))
    except (InvalidOperation, ValueError):
        raise ValidatieFout(_("Vul een aantal uren in, bijvoorbeeld 1,5."), field=veld) from None
    if not uren.is_finite() or uren <= 0 or uren > 24:
        raise ValidatieFout(_("Vul een aantal uren tussen 0 en 24 in."), field=veld)
    return uren.quantize(Decimal("0.1"))


def _dagdelen(waarde, veld: str) -> list[str]:
    waarde = list(waarde or [])
    if not set(waarde) <= DAGDEEL_CODES:
        raise ValidatieFout(_("Kies dagdelen uit de lijst."), field=veld)
    return sorted(set(waarde))
