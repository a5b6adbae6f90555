"""Presentation helpers: an accessible SVG bar chart of masked counts."""

from __future__ import annotations

from django import template

register = template.Library()

WIDTH, HEIGHT, GAP = 320, 120, 6


@register.inclusion_tag("inventaris/_staafdiagram.html")
def staafdiagram(reeks, labels, titel=""):
    """Bars for counts from 5 up; a masked count ("<5") gets a low hatched stub."""
    waarden = [a.waarde or 0 for a in reeks.waarden]
    top = max(waarden) or 1
    n = max(len(waarden), 1)
    breedte = (WIDTH - GAP * (n - 1)) / n
    staven = []
    for i, (aantal, label) in enumerate(zip(reeks.waarden, labels, strict=False)):
        h = HEIGHT * aantal.waarde / top if aantal.waarde else 4
        staven.append(
            {
                "x": round(i * (breedte + GAP), 1),
                "y": round(HEIGHT - h, 1),
                "h": round(h, 1),
                "w": round(breedte, 1),
                "tekst": aantal.tekst,
                "label": label,
                "gemaskeerd": aantal.waarde is None,
            }
        )
    return {
        "staven": staven,
        "titel": titel or reeks.naam,
        "width": WIDTH,
        "height": HEIGHT + 30,
        "basis": HEIGHT,
    }
