"""Bar charts as inline SVG, drawn on the server: no JavaScript, sharp on a phone and in print.

The SVG scales to its container (viewBox), carries a title and a text description for screen
readers, and every bar has its number printed on it; the same numbers are in a table below.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from kern.rapportage.tabellen import Grafiek

BREED, HOOG = 640, 300
MARGE_L, MARGE_R, MARGE_B, MARGE_T = 48, 12, 36, 16


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    stap = 10 ** max(len(str(int(value))) - 1, 0)
    return (int(value / stap) + 1) * stap


def _getal(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v:,.1f}"


def staafdiagram(grafiek: Grafiek, *, id_: str) -> SafeString:
    n = max(len(grafiek.waarden), 1)
    top = _nice_max(max(grafiek.waarden, default=0))
    plot_b = BREED - MARGE_L - MARGE_R
    plot_h = HOOG - MARGE_T - MARGE_B
    slot = plot_b / n
    bar = slot * 0.7
    beschrijving = ", ".join(
        f"{label}: {_getal(v)}" for label, v in zip(grafiek.labels, grafiek.waarden, strict=True)
    )
    delen = [
        f'<svg class="grafiek" viewBox="0 0 {BREED} {HOOG}" role="img" '
        f'aria-labelledby="{id_}-t" aria-describedby="{id_}-d" '
        'preserveAspectRatio="xMidYMid meet">',
        f'<title id="{id_}-t">{escape(grafiek.titel)}</title>',
        f'<desc id="{id_}-d">{escape(beschrijving)}</desc>',
    ]
    for stap in range(5):
        waarde = top * stap / 4
        y = MARGE_T + plot_h - plot_h * stap / 4
        delen.append(
            f'<line x1="{MARGE_L}" x2="{BREED - MARGE_R}" y1="{y:.1f}" y2="{y:.1f}" '
            f'class="raster"/><text x="{MARGE_L - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="as">{_getal(waarde)}</text>'
        )
    for i, (label, waarde) in enumerate(zip(grafiek.labels, grafiek.waarden, strict=True)):
        h = plot_h * (waarde / top)
        x = MARGE_L + i * slot + (slot - bar) / 2
        y = MARGE_T + plot_h - h
        midden = x + bar / 2
        delen.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" class="staaf"/>'
            f'<text x="{midden:.1f}" y="{max(y - 4, 12):.1f}" text-anchor="middle" '
            f'class="getal">{_getal(waarde)}</text>'
            f'<text x="{midden:.1f}" y="{HOOG - MARGE_B + 18}" text-anchor="middle" '
            f'class="as">{escape(label)}</text>'
        )
    delen.append("</svg>")
    return mark_safe("".join(delen))  # noqa: S308 - every text above is escaped
