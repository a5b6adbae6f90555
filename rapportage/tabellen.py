"""The one shape every report has: titled tables of counts, the same for page, CSV, XLSX, PDF.

Building the page and the exports from the same objects is what keeps their numbers equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from noaber.privacy import DREMPEL, KLEIN

VERBORGEN = "x"  # hidden so that a total cannot give a small count away

Waarde = int | Decimal | str


@dataclass
class Rij:
    label: str
    waarden: list[Waarde]
    is_totaal: bool = False
    # A count of people or requests (hidden below five for funders); hours and euros are not.
    telling: bool = True

    def __post_init__(self) -> None:
        self.label = str(self.label)  # choices give lazy labels; exports need plain text


@dataclass
class Tabel:
    sleutel: str
    titel: str
    kolommen: list[str]
    rijen: list[Rij] = field(default_factory=list)
    toelichting: str = ""

    def waarde(self, rij_label: str, kolom: str) -> Waarde:
        rij = next(r for r in self.rijen if r.label == rij_label)
        return rij.waarden[self.kolommen.index(kolom)]


@dataclass
class Grafiek:
    titel: str
    labels: list[str]
    waarden: list[float]
    eenheid: str = ""


@dataclass
class Rapport:
    titel: str
    ondertitel: str
    tabellen: list[Tabel]
    grafieken: list[Grafiek] = field(default_factory=list)
    voetnoot: str = ""


def _is_klein(waarde: Waarde) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool) and waarde < DREMPEL


def anonimiseer(tabel: Tabel) -> Tabel:
    """Hide counts below five; hide one more cell where a total would give a hidden one away.

    A row ends with its total; a table may end with a total row. If exactly one cell of a row
    (or of a column under a total row) is hidden, the smallest other cell there is hidden too,
    repeated until nothing can be subtracted back.
    """
    rijen = [Rij(r.label, list(r.waarden), r.is_totaal, r.telling) for r in tabel.rijen]
    tellend = [i for i, r in enumerate(rijen) if r.telling]
    klein = {(i, j) for i in tellend for j, w in enumerate(rijen[i].waarden) if _is_klein(w)}
    verborgen = set(klein)
    heeft_totaalkolom = bool(tabel.kolommen) and tabel.kolommen[-1].lower().startswith("totaal")
    totaalrij = next((i for i, r in enumerate(rijen) if r.is_totaal), None)
    groepen: list[list[tuple[int, int]]] = []
    if heeft_totaalkolom:
        groepen += [[(i, j) for j in range(len(rijen[i].waarden))] for i in tellend]
    if totaalrij is not None and rijen[totaalrij].telling:
        groepen += [[(i, j) for i in tellend] for j in range(len(tabel.kolommen))]
    veranderd = True
    while veranderd:
        veranderd = False
        for groep in groepen:
            if sum(1 for c in groep if c in verborgen) != 1:
                continue
            zichtbaar = [c for c in groep if c not in verborgen]
            if not zichtbaar:
                continue
            extra = min(zichtbaar, key=lambda c: (_als_getal(rijen[c[0]].waarden[c[1]]), c))
            verborgen.add(extra)
            veranderd = True
    for i, j in verborgen:
        rijen[i].waarden[j] = KLEIN if (i, j) in klein else VERBORGEN
    return Tabel(tabel.sleutel, tabel.titel, list(tabel.kolommen), rijen, tabel.toelichting)


def _als_getal(waarde: Waarde) -> float:
    try:
        return float(waarde)
    except (TypeError, ValueError):
        return float("inf")
