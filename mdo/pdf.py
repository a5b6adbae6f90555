"""The MDO agenda and minutes as PDF (reportlab)."""

from __future__ import annotations

import io


def mdo_pdf(*, overleg, punten, deelnemers, verslag: bool) -> bytes:
    """The printable MDO agenda (or minutes): only what attendees may see."""
    from xml.sax.saxutils import escape

    from django.utils import timezone
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.flowables import KeepTogether

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    soort = "Verslag" if verslag else "Agenda"
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, title=f"MDO {soort}"
    )
    moment = timezone.localtime(overleg.datum)
    story = [
        Paragraph(f"{soort} MDO {moment:%d-%m-%Y %H:%M}", styles["Title"]),
        Paragraph(escape(overleg.locatie or ""), styles["Normal"]),
        Paragraph("Vertrouwelijk: alleen voor de deelnemers van dit overleg.", styles["Italic"]),
        Spacer(1, 0.3 * cm),
        Paragraph("Deelnemers", styles["Heading2"]),
        ListFlowable(
            [
                Paragraph(
                    escape(
                        f"{d.naam} — {d.get_rol_display()}"
                        + (f", {d.organisatie}" if d.organisatie else "")
                    ),
                    styles["Normal"],
                )
                for d in deelnemers
            ],
            bulletType="bullet",
        ),
        Paragraph("Te bespreken", styles["Heading2"]),
    ]
    for p in punten:
        blok = [
            Paragraph(
                escape(
                    f"{p.volgorde}. {p.naam}"
                    + (f" (geb. {p.geboortejaar})" if p.geboortejaar else "")
                    + (f", {p.dorp}" if p.dorp else "")
                ),
                styles["Heading3"],
            ),
            Paragraph(escape(f"Aanleiding: {p.aanleiding}"), styles["Normal"]),
        ]
        if p.vraag:
            blok.append(Paragraph(escape(f"Vraag: {p.vraag}"), styles["Normal"]))
        if p.regiehouder:
            blok.append(Paragraph(escape(f"Regiehouder: {p.regiehouder}"), styles["Normal"]))
        if verslag:
            if p.bespreking:
                blok.append(Paragraph(escape(f"Bespreking: {p.bespreking}"), styles["Normal"]))
            for b in p.besluiten:
                blok.append(Paragraph(escape(f"Besluit: {b}"), styles["Normal"]))
            for omschrijving, wie, uiterlijk in p.acties:
                blok.append(
                    Paragraph(
                        escape(f"Actie: {omschrijving} — {wie}, uiterlijk {uiterlijk:%d-%m-%Y}"),
                        styles["Normal"],
                    )
                )
        blok.append(Spacer(1, 0.25 * cm))
        story.append(KeepTogether(blok))
    if not punten:
        story.append(Paragraph("Nog geen inwoners op de agenda.", styles["Normal"]))
    doc.build(story)
    return buf.getvalue()
