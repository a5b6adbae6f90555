"""ADA toolbox: public routes, examples, a tenant submits, staff review, photos served safely."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ada import images, selectors
from ada.models import Foto, Voorbeeldproject

pytestmark = pytest.mark.django_db


def _png(width=40, height=30, fmt="PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(out, format=fmt)
    return out.getvalue()


def _indienen(client, **extra):
    data = {
        "titel": "Buurtbus naar de huisarts",
        "samenvatting": "Vrijwilligers rijden dorpsgenoten.",
        "beschrijving": "Sinds vorig jaar rijden vrijwilligers op dinsdag.",
        "dorp": "Wedde",
        "themas": ["vervoer"],
        "contact": "www.weddedathetlukt.nl",
        "foto_alt": "De bus voor het dorpshuis",
        **extra,
    }
    return client.post("/leerkring/project-delen/", data)


def test_bezoeker_volgt_de_bewonersroute_naar_een_voorbeeldproject(toolbox, client_for):
    client = client_for(None, None)
    route = client.get("/ada/bewoner/").content.decode()
    assert "Stap 1: Wat speelt er in je dorp?" in route
    stap = client.get("/ada/bewoner/stap-5/").content.decode()
    assert "/ada/voorbeelden/samen-aan-tafel/" in stap
    project = client.get("/ada/voorbeelden/samen-aan-tafel/").content.decode()
    assert "Veelerveen" in project and "Westerwolde" in project and "Oranjefonds" in project


def test_elke_route_heeft_stappen_met_voorbeelden(toolbox):
    for rol in ["bewoner", "bestuurder", "gemeente"]:
        stappen = selectors.route(rol)
        assert len(stappen) >= 3
        assert all(stap.voorbeelden.all() for stap in stappen)


def test_zoeken_in_de_toolbox_in_het_nederlands(toolbox, client_for):
    resultaten = selectors.zoeken("maaltijd")
    assert "samen-aan-tafel" in [p.slug for p in resultaten.projecten]
    assert client_for(None, None).get("/ada/zoeken/", {"q": "huisarts"}).status_code == 200


def test_coordinator_dient_project_in_vanuit_eigen_tenant_en_staf_publiceert(
    wereld, toolbox, staf, client_for
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    foto = SimpleUploadedFile("bus.png", _png(), content_type="image/png")
    response = _indienen(client, foto=foto)
    assert response.status_code == 302
    project = Voorbeeldproject.objects.get(titel="Buurtbus naar de huisarts")
    assert project.status == "ingediend"
    assert project.organisatie == wereld.wedde
    assert project.gemeente.naam == "Westerwolde"

    publiek = client_for(None, None)
    assert publiek.get(f"/ada/voorbeelden/{project.slug}/").status_code == 404
    foto = project.fotos.get()
    assert publiek.get(f"/ada/foto/{foto.pk}/").status_code == 404

    moderator = client_for(None, staf)
    assert "Buurtbus naar de huisarts" in moderator.get("/leerkring/moderatie/").content.decode()
    moderator.post(f"/leerkring/moderatie/projecten/{project.slug}/", {"besluit": "publiceren"})
    project.refresh_from_db()
    assert project.status == "gepubliceerd"
    assert publiek.get(f"/ada/voorbeelden/{project.slug}/").status_code == 200
    assert project.slug in [p.slug for p in selectors.zoeken("buurtbus").projecten]


def test_vrijwilliger_kan_geen_project_indienen(wereld, toolbox, client_for):
    client = client_for(wereld.wedde, wereld.vrijwilliger_wedde)
    assert client.get("/leerkring/project-delen/").status_code == 403
    assert _indienen(client).status_code == 403
    assert not Voorbeeldproject.objects.filter(titel="Buurtbus naar de huisarts").exists()


def test_bestuur_mag_indienen(wereld, toolbox, client_for):
    client = client_for(wereld.wedde, wereld.bestuur_wedde)
    assert _indienen(client).status_code == 302


def test_afwijzen_vraagt_een_reden(wereld, toolbox, staf, client_for):
    _indienen(client_for(wereld.wedde, wereld.coordinator_wedde))
    project = Voorbeeldproject.objects.get(titel="Buurtbus naar de huisarts")
    moderator = client_for(None, staf)
    moderator.post(f"/leerkring/moderatie/projecten/{project.slug}/", {"besluit": "afwijzen"})
    project.refresh_from_db()
    assert project.status == "ingediend"
    moderator.post(
        f"/leerkring/moderatie/projecten/{project.slug}/",
        {"besluit": "afwijzen", "reden": "Graag zonder namen"},
    )
    project.refresh_from_db()
    assert project.status == "afgewezen"


def test_lid_zonder_staf_rol_komt_niet_in_de_moderatie(wereld, client_for):
    assert (
        client_for(None, wereld.coordinator_wedde).get("/leerkring/moderatie/").status_code == 403
    )


@pytest.mark.parametrize(
    ("naam", "inhoud", "content_type"),
    [
        (
            "plaatje.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        ("plaatje.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("plaatje.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
    ],
)
def test_foto_die_geen_jpeg_png_of_webp_is_wordt_geweigerd(
    wereld, toolbox, client_for, naam, inhoud, content_type
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = _indienen(client, foto=SimpleUploadedFile(naam, inhoud, content_type=content_type))
    assert response.status_code == 400
    assert "foto" in response.content.decode().lower()
    assert not Voorbeeldproject.objects.filter(titel="Buurtbus naar de huisarts").exists()
    assert not Foto.objects.exists()


def test_te_grote_foto_wordt_geweigerd(wereld, toolbox, client_for, monkeypatch):
    monkeypatch.setattr(images, "MAX_BYTES", 100)
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = _indienen(client, foto=SimpleUploadedFile("groot.png", _png(300, 300), "image/png"))
    assert response.status_code == 400
    assert "maximaal 5 MB" in response.content.decode()


def test_foto_wordt_opnieuw_opgeslagen_zonder_exif_en_veilig_geserveerd(
    wereld, toolbox, staf, client_for
):
    exif = Image.Exif()
    exif[0x010E] = "Geheime beschrijving"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 60)).save(out, format="JPEG", exif=exif)
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    _indienen(client, foto=SimpleUploadedFile("foto.html", out.getvalue(), "text/html"))
    project = Voorbeeldproject.objects.get(titel="Buurtbus naar de huisarts")
    foto = project.fotos.get()
    assert foto.content_type == "image/jpeg"
    assert foto.bestand.endswith(".jpg")
    from ada.services import project_review

    project_review(staf=staf, project=project, publiceren=True)
    response = client_for(None, None).get(f"/ada/foto/{foto.pk}/")
    body = b"".join(response.streaming_content)
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"Geheime beschrijving" not in body
    assert Image.open(io.BytesIO(body)).size == (64, 48)
