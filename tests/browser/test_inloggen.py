"""A coordinator of Wedde logs into the demo on her phone and sees her dashboard."""

import pytest

from tenants.demo import DEMO_PASSWORD
from tests.browser.conftest import current_totp, screenshot

pytestmark = pytest.mark.browser


def test_coordinator_van_wedde_logt_in_en_ziet_dashboard(demo_server, phone):
    page = phone
    page.goto(f"http://wedde.localhost:{demo_server}/")
    assert "/accounts/login/" in page.url

    page.get_by_label("E-mailadres").fill("coordinator@wedde.example")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()

    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.get_by_label("Code").fill(current_totp("coordinator@wedde.example"))
    page.get_by_role("button", name="Aanmelden").click()

    page.wait_for_url(f"http://wedde.localhost:{demo_server}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Overzicht"
    assert page.get_by_test_id("aantal-inwoners").inner_text() == "12"
    assert "Wedde dat 't lukt" in page.title()
    path = screenshot(page, "inloggen-wedde-dashboard")
    assert path.stat().st_size > 0


def test_vrijwilliger_van_wedde_krijgt_geen_toegang_tot_ulrum(demo_server, phone):
    page = phone
    page.goto(f"http://ulrum.localhost:{demo_server}/accounts/login/")
    page.get_by_label("E-mailadres").fill("vrijwilliger@wedde.example")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    response = page.goto(f"http://ulrum.localhost:{demo_server}/")
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    screenshot(page, "geen-toegang-ulrum")
