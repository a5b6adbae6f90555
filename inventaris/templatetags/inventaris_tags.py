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
                # Strings, not floats: the Dutch locale would write "12,5" into SVG.
                "x": f"{i * (breedte + GAP):.1f}",
                "y": f"{HEIGHT - h:.1f}",
                "h": f"{h:.1f}",
                "w": f"{breedte:.1f}",
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
        "label_y": str(HEIGHT + 14),
        "waarde_y": str(HEIGHT + 27),
    }
