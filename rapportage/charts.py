"""Bar charts as inline SVG, drawn on the server: no JavaScript, sharp on a phone and in print.

Bars run horizontally, one row per year or quarter, so labels and numbers keep a readable
size at 390 px however many years there are. The SVG scales to its container (viewBox),
carries a title and a text description for screen readers, and every bar has its number
printed next to it; the same numbers are in a table below.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rapportage.tabellen import Grafiek

BREED = 360
RIJ = 26
LABEL = 56
GETAL = 44


def _getal(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v:,.1f}"


def staafdiagram(grafiek: Grafiek, *, id_: str) -> SafeString:
    n = len(grafiek.waarden)
    hoog = max(n, 1) * RIJ + 8
    top = max(grafiek.waarden, default=0) or 1
    ruimte = BREED - LABEL - GETAL
    beschrijving = ", ".join(
        f"{label}: {_getal(v)}" for label, v in zip(grafiek.labels, grafiek.waarden, strict=True)
    )
    delen = [
        f'<svg class="grafiek" viewBox="0 0 {BREED} {hoog}" role="img" '
        f'aria-labelledby="{id_}-t" aria-describedby="{id_}-d">',
        f'<title id="{id_}-t">{escape(grafiek.titel)}</title>',
        f'<desc id="{id_}-d">{escape(beschrijving)}</desc>',
        f'<line x1="{LABEL}" x2="{LABEL}" y1="2" y2="{hoog - 4}" class="raster"/>',
    ]
    for i, (label, waarde) in enumerate(zip(grafiek.labels, grafiek.waarden, strict=True)):
        y = 4 + i * RIJ
        breedte = ruimte * (waarde / top)
        tekst_y = y + 17
        delen.append(
            f'<text x="{LABEL - 6}" y="{tekst_y}" text-anchor="end" class="as">'
            f"{escape(label)}</text>"
            f'<rect x="{LABEL}" y="{y + 3}" width="{breedte:.1f}" height="{RIJ - 8}" '
            f'class="staaf"/><text x="{LABEL + breedte + 5:.1f}" y="{tekst_y}" class="getal">'
            f"{_getal(waarde)}</text>"
        )
    delen.append("</svg>")
    return mark_safe("".join(delen))  # noqa: S308 - every text above is escaped
