"""Walkthroughs of the Leerkring and the ADA toolbox on a phone, on the public host.

A coordinator of Ulrum asks, a coordinator of Wedde answers, the asker marks
the answer that helped; a member registers for a meeting and answers the
questions beforehand; a visitor follows the bewoner route to an example.
"""

from __future__ import annotations

import re
import time

import pytest

from tenants.demo import DEMO_PASSWORD
from tests.browser.conftest import PHONE, current_totp, screenshot

pytestmark = pytest.mark.browser

VRAAG = "Hoe regelen jullie vervoer naar de fysiotherapeut?"


@pytest.fixture
def new_phone(browser):
    contexts = []

    def make():
        context = browser.new_context(viewport=PHONE, locale="nl-NL")
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def fits_phone(page) -> bool:
    """No horizontal scrolling at 390 px."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def login(page, base: str, email: str, *, totp: bool, next_path: str = "/leerkring/") -> None:
    page.goto(f"{base}/accounts/login/?next={next_path}")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    if totp:
        page.wait_for_url("**/accounts/2fa/authenticate/")
        for _attempt in range(2):
            page.get_by_label("Code").fill(current_totp(email))
            page.get_by_role("button", name="Aanmelden").click()
            page.wait_for_load_state()
            if "/2fa/" not in page.url:
                break
            # A code is accepted once: another test may just have used this one.
            time.sleep(31 - time.time() % 30)
    page.wait_for_url(f"{base}{next_path}")


def test_ulrum_vraagt_wedde_antwoordt_en_de_vraagsteller_markeert_nuttig(demo_server, new_phone):
    base = f"http://localhost:{demo_server}"
    ulrum = new_phone()
    login(ulrum, base, "coordinator@ulrum.example", totp=True)
    assert ulrum.get_by_role("heading", level=1).inner_text() == "Leerkring dorpsondersteuners"

    ulrum.get_by_role("link", name="Stel een vraag of deel een ervaring").click()
    ulrum.get_by_label("Vraag", exact=True).check()
    ulrum.get_by_label("Titel").fill(VRAAG)
    ulrum.get_by_label("Je vraag of ervaring").fill(
        "Een paar ouderen in Ulrum moeten wekelijks naar de fysiotherapeut. Wie heeft tips?"
    )
    ulrum.get_by_label("Vervoer").check()
    ulrum.get_by_role("button", name="Plaatsen").click()
    ulrum.wait_for_url(re.compile(r".*/leerkring/praktijk/\d+/$"))
    assert ulrum.get_by_role("heading", level=1).inner_text() == VRAAG
    vraag_url = ulrum.url
    assert fits_phone(ulrum)
    screenshot(ulrum, "leerkring-1-ulrum-stelt-vraag")

    wedde = new_phone()
    login(wedde, base, "coordinator@wedde.example", totp=True)
    wedde.get_by_role("link", name="Praktijk").first.click()
    wedde.get_by_role("link", name=VRAAG).click()
    assert wedde.url == vraag_url
    wedde.get_by_label("Je reactie").fill(
        "Bij ons rijden vrijwilligers; we spreken vooraf af wat ze wel en niet doen."
    )
    wedde.get_by_role("button", name="Reactie plaatsen").click()
    wedde.wait_for_url(re.compile(r".*#reacties$"))
    assert "Je reactie is geplaatst." in wedde.locator(".messages").inner_text()
    screenshot(wedde, "leerkring-2-wedde-antwoordt")

    ulrum.goto(vraag_url)
    antwoord = ulrum.get_by_test_id("reactie").filter(has_text="Bij ons rijden vrijwilligers")
    antwoord.get_by_role("button", name="Dit antwoord hielp mij").click()
    ulrum.wait_for_load_state()
    assert ulrum.get_by_test_id("nuttig").inner_text() == "✓ Dit antwoord hielp"
    assert "Wedde dat 't lukt" in antwoord.inner_text()
    screenshot(ulrum, "leerkring-3-ulrum-markeert-nuttig")


def test_lid_meldt_zich_aan_voor_bijeenkomst_en_vult_vragen_vooraf_in(demo_server, phone):
    base = f"http://localhost:{demo_server}"
    page = phone
    login(page, base, "vrijwilliger@doz.example", totp=False, next_path="/leerkring/bijeenkomsten/")
    page.get_by_role(
        "link", name="Leerkring: vrijwilligers werven en vasthouden (voorbeeld)"
    ).click()
    screenshot(page, "leerkring-4-bijeenkomst")
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/vragen/")
    page.get_by_label("Hoeveel vrijwilligers heeft jullie initiatief ongeveer?").fill("Ongeveer 20")
    page.get_by_label("Waar lopen jullie tegenaan").fill("Jonge mensen bereiken.")
    page.get_by_label("Wat wil je de andere dorpen vragen?").fill("Hoe houden jullie ze vast?")
    screenshot(page, "leerkring-5-vragen-vooraf")
    page.get_by_role("button", name="Antwoorden versturen").click()
    page.wait_for_url(re.compile(r".*/leerkring/bijeenkomsten/\d+/$"))
    assert page.get_by_test_id("aangemeld").inner_text() == "Je bent aangemeld."
    assert page.get_by_role("link", name="Je antwoorden vooraf aanpassen").is_visible()
    assert fits_phone(page)
    screenshot(page, "leerkring-6-aangemeld")


def test_bezoeker_volgt_de_bewonersroute_naar_een_voorbeeldproject(demo_server, phone):
    page = phone
    page.goto(f"http://localhost:{demo_server}/ada/")
    assert page.get_by_role("heading", level=1).inner_text() == "ADA-toolbox: Actieve Dorpen Aanpak"
    page.get_by_role("link", name="Ik ben bewoner").click()
    page.wait_for_url("**/ada/bewoner/")
    screenshot(page, "ada-1-bewonersroute")
    page.get_by_role("link", name="Stap 5: Hoe bereik je wie alleen is?").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Hoe bereik je wie alleen is?"
    screenshot(page, "ada-2-stap")
    page.get_by_role("link", name="Samen aan tafel").click()
    page.wait_for_url("**/ada/voorbeelden/samen-aan-tafel/")
    assert page.get_by_role("heading", level=1).inner_text() == "Samen aan tafel"
    assert page.get_by_test_id("project-dorp").inner_text() == "Veelerveen"
    assert fits_phone(page)
    screenshot(page, "ada-3-voorbeeldproject")


def test_noordbroek_deelt_project_vanuit_eigen_omgeving_en_staf_publiceert(demo_server, new_phone):
    import io

    from PIL import Image

    titel = "Koffieochtend in het dorpshuis (voorbeeld)"
    coordinator = new_phone()
    tenant = f"http://noordbroek.localhost:{demo_server}"
    login(coordinator, tenant, "coordinator@noordbroek.example", totp=True, next_path="/leerkring/")
    coordinator.get_by_role("link", name="Project indienen").click()
    coordinator.get_by_label("Naam van het project").fill(titel)
    coordinator.get_by_label("Samenvatting in één zin").fill("Elke week koffie voor wie wil.")
    coordinator.get_by_label("Wat hebben jullie gedaan").fill("Een voorbeeldtekst voor de test.")
    coordinator.get_by_label("Eenzaamheid").check()
    coordinator.get_by_label("Contact voor andere dorpen").fill("Via de zorgcoöperatie")
    png = io.BytesIO()
    Image.new("RGB", (120, 80), (30, 90, 160)).save(png, format="PNG")
    coordinator.get_by_label("Foto (JPEG, PNG of WebP").set_input_files(
        {"name": "koffie.png", "mimeType": "image/png", "buffer": png.getvalue()}
    )
    coordinator.get_by_label("Wat staat er op de foto?").fill("Kopjes koffie op tafel")
    coordinator.get_by_role("button", name="Indienen").click()
    coordinator.wait_for_url(f"{tenant}/leerkring/")
    assert "wacht op beoordeling" in coordinator.locator("main").inner_text()
    screenshot(coordinator, "ada-4-noordbroek-dient-in")

    staf = new_phone()
    base = f"http://localhost:{demo_server}"
    login(staf, base, "staf@groningerdorpen.example", totp=True, next_path="/leerkring/moderatie/")
    kaart = staf.locator(".card").filter(has_text=titel)
    kaart.get_by_role("button", name="Publiceren").click()
    staf.wait_for_url(f"{base}/leerkring/moderatie/")
    screenshot(staf, "ada-5-staf-publiceert")

    bezoeker = new_phone()
    bezoeker.goto(f"{base}/ada/voorbeelden/")
    bezoeker.get_by_role("link", name=titel).click()
    assert bezoeker.get_by_test_id("project-dorp").inner_text() == "Noordbroek"
    foto = bezoeker.get_by_role("img", name="Kopjes koffie op tafel")
    # The click returns once the page commits; the photo may still be on its way (seen on a
    # loaded CI machine). The load event waits for it.
    bezoeker.wait_for_load_state("load")
    assert foto.evaluate("img => img.complete && img.naturalWidth") == 120
    screenshot(bezoeker, "ada-6-gepubliceerd-project")
