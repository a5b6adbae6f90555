"""Reports as CSV, XLSX and PDF: one ``Rapport`` in, the same numbers out in every format."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal

from rapportage.tabellen import Rapport, Waarde

Voortgang = Callable[[int], None]


def _cel(waarde: Waarde):
    if isinstance(waarde, Decimal):
        return float(waarde) if waarde != waarde.to_integral() else int(waarde)
    return waarde


def _tekst(waarde: Waarde) -> str:
    if isinstance(waarde, Decimal):
        return (
            f"{waarde:.2f}".replace(".", ",")
            if waarde != waarde.to_integral()
            else str(int(waarde))
        )
    return str(waarde)


def to_csv(rapporten: list[Rapport], voortgang: Voortgang | None = None) -> bytes:
    """Semicolon-separated with a BOM, as Dutch Excel expects; one block per table."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for n, rapport in enumerate(rapporten, 1):
        writer.writerow([rapport.titel])
        writer.writerow([rapport.ondertitel])
        for tabel in rapport.tabellen:
            writer.writerow([])
            writer.writerow([tabel.titel, *tabel.kolommen])
            for rij in tabel.rijen:
                writer.writerow([rij.label, *(_tekst(w) for w in rij.waarden)])
        if rapport.voetnoot:
            writer.writerow([])
            writer.writerow([rapport.voetnoot])
        writer.writerow([])
        if voortgang:
            voortgang(int(100 * n / len(rapporten)))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _bladnaam(naam: str, gebruikt: set[str]) -> str:
    schoon = "".join(c for c in naam if c not in "[]:*?/\\")[:28] or "blad"
    kandidaat, i = schoon, 2
    while kandidaat in gebruikt:
        kandidaat, i = f"{schoon[:25]} {i}", i + 1
    gebruikt.add(kandidaat)
    return kandidaat


def to_xlsx(rapporten: list[Rapport], voortgang: Voortgang | None = None) -> bytes:
    """One sheet per table (per year when several years are exported); numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    gebruikt: set[str] = set()
    meerdere = len(rapporten) > 1
    for n, rapport in enumerate(rapporten, 1):
        for tabel in rapport.tabellen:
            naam = f"{rapport.titel[-4:]} {tabel.titel}" if meerdere else tabel.titel
            ws = wb.create_sheet(_bladnaam(naam, gebruikt))
            ws.append([rapport.titel])
            ws["A1"].font = Font(bold=True, size=13)
            ws.append([tabel.titel, *tabel.kolommen])
            for cel in ws[2]:
                cel.font = Font(bold=True)
            for rij in tabel.rijen:
                ws.append([rij.label, *(_cel(w) for w in rij.waarden)])
                if rij.is_totaal:
                    for cel in ws[ws.max_row]:
                        cel.font = Font(bold=True)
            if rapport.voetnoot:
                ws.append([])
                ws.append([rapport.voetnoot])
            ws.column_dimensions["A"].width = 42
            for k in range(2, len(tabel.kolommen) + 2):
                ws.column_dimensions[get_column_letter(k)].width = 11
        if voortgang:
            voortgang(int(100 * n / len(rapporten)))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_pdf(rapporten: list[Rapport], voortgang: Voortgang | None = None) -> bytes:
    """A4 portrait: title, charts (reportlab's own bar charts), then each table."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    groen = colors.HexColor("#0b5a3c")
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=1.6 * cm,
        rightMargin=1.6 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        title=rapporten[0].titel if rapporten else "Noaber",
    )
    breedte = A4[0] - 3.2 * cm
    story = []
    for n, rapport in enumerate(rapporten, 1):
        if n > 1:
            story.append(PageBreak())
        story.append(Paragraph(rapport.titel, styles["Title"]))
        story.append(Paragraph(rapport.ondertitel, styles["Normal"]))
        story.append(Spacer(1, 0.4 * cm))
        for grafiek in rapport.grafieken:
            d = Drawing(breedte, 5.2 * cm)
            d.add(String(0, 5.2 * cm - 12, grafiek.titel, fontName="Helvetica-Bold", fontSize=10))
            chart = VerticalBarChart()
            chart.x, chart.y = 30, 18
            chart.width, chart.height = breedte - 40, 5.2 * cm - 42
            chart.data = [grafiek.waarden or [0]]
            chart.categoryAxis.categoryNames = grafiek.labels or [""]
            chart.categoryAxis.labels.fontSize = 8
            chart.valueAxis.valueMin = 0
            chart.valueAxis.labels.fontSize = 8
            chart.bars[0].fillColor = groen
            chart.barLabelFormat = "%d"
            chart.barLabels.fontSize = 7
            chart.barLabels.nudge = 6
            d.add(chart)
            story.append(d)
            story.append(Spacer(1, 0.3 * cm))
        for tabel in rapport.tabellen:
            data = [[tabel.titel, *tabel.kolommen]]
            data += [[rij.label, *(_tekst(w) for w in rij.waarden)] for rij in tabel.rijen]
            eerste = breedte * 0.34
            rest = (breedte - eerste) / max(len(tabel.kolommen), 1)
            t = Table(data, colWidths=[eerste] + [rest] * len(tabel.kolommen), repeatRows=1)
            stijl = [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eee8")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1d6")),
            ]
            for i, rij in enumerate(tabel.rijen, 1):
                if rij.is_totaal:
                    stijl.append(("FONT", (0, i), (-1, i), "Helvetica-Bold", 8))
            t.setStyle(TableStyle(stijl))
            story.append(KeepTogether([t, Spacer(1, 0.35 * cm)]))
        if rapport.voetnoot:
            story.append(Paragraph(rapport.voetnoot, styles["Italic"]))
        if voortgang:
            voortgang(int(90 * n / len(rapporten)))
    doc.build(story)
    return buf.getvalue()


BOUWERS = {"csv": to_csv, "xlsx": to_xlsx, "pdf": to_pdf}
