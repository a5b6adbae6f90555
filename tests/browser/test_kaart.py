"""A visitor opens the inventory map on her phone, sees the villages and filters on a gemeente."""

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

EEMSDELTA = [
    "Wagenborgen",
    "Woldendorp",
    "Borgsweer",
    "Termunten",
    "Termuntenzijl",
    "Meedhuizen",
    "Losdorp",
    "Loppersum",
    "Middelstum",
    "Bierum",
    "Baamsum",
]


def _marker(page, dorp: str):
    return page.locator(f'.leaflet-marker-icon.dorp-marker[title="{dorp}"]')


def test_kaart_toont_de_demo_initiatieven_en_filtert_op_gemeente(demo_server, phone):
    page = phone
    # Tiles may be unreachable (no internet): markers and outlines must show regardless.
    page.goto(f"http://localhost:{demo_server}/kaart/", wait_until="domcontentloaded")
    page.wait_for_selector(".leaflet-marker-icon.dorp-marker")
    for dorp in ["Wedde", "Ulrum", "Grijpskerk", *EEMSDELTA]:
        assert _marker(page, dorp).count() == 1, dorp
    assert _marker(page, "Wedde").is_visible()
    assert page.locator("path.leaflet-interactive, .leaflet-overlay-pane path").count() >= 6
    # The list beside the map says the same for screen readers.
    lijst = page.locator("#dorpenlijst")
    assert "Wedde dat 't lukt" in lijst.inner_text()
    screenshot(page, "kaart-provincie")

    page.get_by_label("Gemeente").select_option(label="Eemsdelta")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/kaart/?gemeente=eemsdelta**")
    page.wait_for_selector(".leaflet-marker-icon.dorp-marker")
    for dorp in EEMSDELTA:
        assert _marker(page, dorp).count() == 1, dorp
    assert _marker(page, "Wedde").count() == 0
    assert _marker(page, "Ulrum").count() == 0
    assert "Dorpsondersteuning Zuid" in lijst.inner_text()
    assert "Baamsum" in lijst.inner_text()

    _marker(page, "Wagenborgen").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Dorpsondersteuning Zuid" in popup.inner_text()
    path = screenshot(page, "kaart-eemsdelta")
    assert path.stat().st_size > 0


def test_staf_ziet_het_provinciale_overzicht_met_stand_en_kleine_aantallen_gemaskeerd(
    demo_server, phone
):
    from tenants.demo import DEMO_PASSWORD, STAFF_EMAIL
    from tests.browser.conftest import current_totp

    page = phone
    page.goto(f"http://localhost:{demo_server}/overzicht/")
    assert "/accounts/login/" in page.url
    page.get_by_label("E-mailadres").fill(STAFF_EMAIL)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.get_by_label("Code").fill(current_totp(STAFF_EMAIL))
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/overzicht/")
    assert page.get_by_role("heading", level=1).inner_text() == "Provinciaal overzicht"
    assert "Bijgewerkt" in page.locator(".stand").inner_text()
    assert "Wedde dat 't lukt" in page.content()
    assert page.locator("figure.diagram").count() == 4
    path = screenshot(page, "overzicht-staf")
    assert path.stat().st_size > 0
