"""Writes the report PDFs to tests/artifacts/ so a person can look at them (pdftoppm → PNG)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def test_pdfs_van_wedde_worden_als_png_bewaard(wedde_demo, client_for, wereld):
    from mdo.models import MdoOverleg
    from rapportage.models import Subsidie

    ARTIFACTS.mkdir(exist_ok=True)
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    oranje = Subsidie.objects.get(financier__naam="Oranje Fonds")
    overleg = MdoOverleg.objects.first()
    bestanden = {
        "kwartaaloverzicht-2018": "/kwartaaloverzicht/?jaar=2018&formaat=pdf",
        "verantwoording-oranjefonds": f"/financiering/{oranje.pk}/?formaat=pdf",
        "mdo-agenda": f"/mdo/{overleg.pk}/agenda.pdf",
    }
    for naam, url in bestanden.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content.startswith(b"%PDF")
        (ARTIFACTS / f"{naam}.pdf").write_bytes(response.content)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm ontbreekt")
    for naam in bestanden:
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(ARTIFACTS / f"{naam}.pdf"),
                str(ARTIFACTS / naam),
            ],
            check=True,
        )
        assert (ARTIFACTS / f"{naam}.png").stat().st_size > 5000
