"""The status flow and the foundation's settings, shared by the kern services.

Call inside the tenant's schema.
"""

from __future__ import annotations

import logging
from typing import Any

from kern.models import (
    Hulpvraag,
    Instellingen,
)

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


def instellingen() -> Instellingen:
    obj = Instellingen.objects.first()
    return obj if obj is not None else Instellingen.objects.create()


def velden_check(data: dict[str, Any], toegestaan: frozenset[str], *, wat: str) -> dict[str, Any]:
    """The fields a caller may set; an unknown key is a programming error, not input."""
    onbekend = set(data) - toegestaan
    if onbekend:
        raise TypeError(f"{wat}: unknown fields {sorted(onbekend)}")
    return data
