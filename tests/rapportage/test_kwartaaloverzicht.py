"""The quarterly overview of Wedde: 65 → 225 → 400 requests, the same in page, XLSX and PDF."""

import io
import re
import shutil
import subprocess

import pytest
from django.utils import timezone
from openpyxl import load_workbook

import rapportage.selectors


def _trend_van_pagina(html: str) -> dict[str, str]:
    tabel = re.search(r'data-tabel="trend">(.*?)</table>', html, re.S).group(1)
    jaren = re.findall(r'<th scope="col">(\d{4})</th>', tabel)
    rij = re.search(r'<th scope="row">hulpvragen</th>(.*?)</tr>', tabel, re.S).group(1)
    return dict(zip(jaren, re.findall(r"<td>([^<]*)</td>", rij), strict=True))


def test_kwartaaloverzicht_toont_65_225_400_hulpvragen_per_jaar(wedde_demo, client_for, wereld):
    client = client_for(wereld.wedde, wereld.bestuur_wedde)
    response = client.get("/kwartaaloverzicht/?jaar=2018")
    assert response.status_code == 200
    trend = _trend_van_pagina(response.content.decode())
    assert (trend["2015"], trend["2017"], trend["2018"]) == ("65", "225", "400")
    rapport = rapportage.selectors.kwartaaloverzicht(jaar=2018)
    categorie = rapport.tabellen[0]
    assert categorie.rijen[-1].waarden[-1] == 400
    bron = next(t for t in rapport.tabellen if t.sleutel == "bron")
    zelf = bron.waarde("de inwoner zelf", "Totaal")
    assert 0.65 < zelf / 400 < 0.85  # "driekwart komt rechtstreeks"


def test_xlsx_heeft_dezelfde_getallen_als_de_pagina(wedde_demo, client_for, wereld):
    client = client_for(wereld.wedde, wereld.bestuur_wedde)
    html = client.get("/kwartaaloverzicht/?jaar=2018").content.decode()
    response = client.get("/kwartaaloverzicht/?jaar=2018&formaat=xlsx")
    assert response.status_code == 200
    wb = load_workbook(io.BytesIO(response.content))
    trend_blad = next(ws for ws in wb.worksheets if ws["A2"].value == "Trend per jaar")
    kop = [c.value for c in trend_blad[2]]
    rij = next(r for r in trend_blad.iter_rows(values_only=True) if r[0] == "hulpvragen")
    xlsx = {str(j): str(v) for j, v in zip(kop[1:], rij[1:], strict=True)}
    assert xlsx == _trend_van_pagina(html)
    assert (xlsx["2015"], xlsx["2017"], xlsx["2018"]) == ("65", "225", "400")
    # Every table on the page is a sheet with the same cells.
    for sleutel in ("categorie", "kanaal", "bron", "dorp", "uitkomst"):
        tabel = re.search(rf'data-tabel="{sleutel}">(.*?)</table>', html, re.S).group(1)
        titel = re.search(r"<caption>(.*?)</caption>", tabel).group(1)
        ws = next(ws for ws in wb.worksheets if ws["A2"].value == titel)
        pagina = [
            re.findall(r"<td>([^<]*)</td>", r)
            for r in re.findall(r"<tr(?: class=\"totaal\")?>(.*?)</tr>", tabel, re.S)[1:]
        ]
        blad = [[str(v) for v in r[1:]] for r in ws.iter_rows(min_row=3, values_only=True)]
        assert pagina == blad


def test_pdf_van_het_kwartaaloverzicht_rendert(wedde_demo, client_for, wereld, tmp_path):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.get("/kwartaaloverzicht/?jaar=2018&formaat=pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    pdf = tmp_path / "kwartaal.pdf"
    pdf.write_bytes(response.content)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm ontbreekt (apt-get install poppler-utils)")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert pages and pages[0].stat().st_size > 5000
    tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Kwartaaloverzicht 2018" in tekst and "400" in tekst


def test_kwartaaloverzicht_kost_evenveel_queries_bij_meer_hulpvragen(
    wedde_db, django_assert_num_queries
):
    import random

    from rapportage.demo import seed_hulpvraag_historie

    seed_hulpvraag_historie(per_jaar={2018: 10}, inwoners=[], rng=random.Random(1))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as weinig:
        rapportage.selectors.kwartaaloverzicht(jaar=2018)
    seed_hulpvraag_historie(per_jaar={2017: 300, 2018: 300}, inwoners=[], rng=random.Random(2))
    with django_assert_num_queries(len(weinig.captured_queries)):
        rapport = rapportage.selectors.kwartaaloverzicht(jaar=2018)
    assert rapport.tabellen[0].rijen[-1].waarden[-1] == 310


def test_vrijwilliger_ziet_geen_kwartaaloverzicht_en_ulrum_niet_dat_van_wedde(
    wedde_db, client_for, wereld
):
    assert (
        client_for(wereld.wedde, wereld.vrijwilliger_wedde).get("/kwartaaloverzicht/").status_code
        == 403
    )
    assert (
        client_for(wereld.wedde, wereld.coordinator_ulrum).get("/kwartaaloverzicht/").status_code
        == 403
    )
    anoniem = client_for(wereld.wedde).get("/kwartaaloverzicht/")
    assert anoniem.status_code == 302


def test_alle_jaren_export_loopt_op_de_achtergrond_met_downloadlink(
    wedde_demo, client_for, wereld, django_capture_on_commit_callbacks
):
    from rapportage.models import Rapportexport

    client = client_for(wereld.wedde, wereld.bestuur_wedde)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post("/kwartaaloverzicht/export/", {"formaat": "xlsx"})
    assert len(callbacks) == 1  # the Celery task is sent only after the commit
    assert response.status_code == 302
    export = Rapportexport.objects.get()
    assert export.status == "klaar" and export.voortgang == 100
    dit_jaar = timezone.localdate().year
    assert export.bestandsnaam == f"kwartaaloverzicht-2015-{dit_jaar}.xlsx"
    pagina = client.get(response["Location"]).content.decode()
    assert "Download" in pagina
    bestand = client.get(f"/exports/{export.pk}/download/")
    wb = load_workbook(io.BytesIO(bestand.content))
    assert any(ws.title.startswith("2015") for ws in wb.worksheets)
    # Someone else cannot fetch it.
    ander = client_for(wereld.wedde, wereld.coordinator_wedde)
    assert ander.get(f"/exports/{export.pk}/download/").status_code == 404
