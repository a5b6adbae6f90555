"""The Wedde story on a phone (390×844): from a neighbour's call to calling both back.

Anne, the dorpsondersteuner, takes the call of a neighbour about a resident,
records the help request, picks a volunteer from the ranked list with reasons,
records the intro visit (klik), writes and signs the agreement, marks the help
given, calls both parties back, and the request closes. Screenshots of every
step land in tests/artifacts/.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tenants.demo import DEMO_PASSWORD
from tests.browser.conftest import PHONE, current_totp, screenshot

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator@wedde.example"


def _login(page, base: str, email: str, *, totp: bool) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    if totp:
        page.wait_for_url("**/accounts/2fa/authenticate/")
        for _poging in range(2):
            page.get_by_label("Code").fill(current_totp(email))
            page.get_by_role("button", name="Aanmelden").click()
            page.wait_for_load_state()
            if "/accounts/2fa/" not in page.url:
                break
            # A code is accepted once; another test may have just used this one.
            time.sleep(30 - time.time() % 30 + 1)
    page.wait_for_url(re.compile(rf"{re.escape(base)}/(mijn/)?$"))


@pytest.fixture(scope="module")
def coordinator_sessie(demo_server, browser):
    """Log Anne in once (a TOTP code is accepted only once); tests reuse her session."""
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    page = context.new_page()
    _login(page, f"http://wedde.localhost:{demo_server}", COORDINATOR, totp=True)
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def anne(browser, coordinator_sessie):
    context = browser.new_context(viewport=PHONE, locale="nl-NL", storage_state=coordinator_sessie)
    yield context.new_page()
    context.close()


def _past_op_telefoon(page) -> None:
    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 390, f"pagina is {breedte}px breed"


def test_wedde_verhaal_van_telefoontje_tot_afgerond(demo_server, anne):
    page = anne
    base = f"http://wedde.localhost:{demo_server}"
    page.goto(f"{base}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht")
    expect(page.get_by_test_id("nieuwe-hulpvragen")).to_contain_text("via aanmeldformulier")
    _past_op_telefoon(page)
    screenshot(page, "kern-01-dashboard")

    # The neighbour phones: Anne looks the resident up in one search box.
    page.get_by_role("link", name="Inwoners", exact=True).first.click()
    eerste = page.get_by_test_id("zoekresultaten").get_by_role("link").first
    naam = eerste.inner_text()
    achternaam = naam.split()[-1]
    page.get_by_label("Zoek op naam, straat of telefoonnummer").fill(achternaam)
    expect(page.get_by_test_id("zoekresultaten")).to_contain_text(achternaam)
    screenshot(page, "kern-02-zoeken")
    page.get_by_test_id("zoekresultaten").get_by_role("link", name=naam).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(naam)

    page.get_by_role("link", name="Nieuwe hulpvraag").click()
    page.get_by_label("Wie vraagt?").select_option("buren")
    page.get_by_label("Naam van wie belt of mailt").fill("buurman Harm")
    page.get_by_label("Hoe kwam de vraag binnen?").select_option("telefoon")
    page.get_by_label("Soort hulp").select_option(label="Klusjes en tuin")
    page.get_by_label("Wat is de vraag?").fill("De tuin wordt te veel; de heg moet gesnoeid.")
    page.get_by_label("Geschatte uren per keer").fill("1.5")
    screenshot(page, "kern-03-hulpvraag")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_test_id("status")).to_have_text("nieuw")
    hulpvraag_url = page.url

    # Ranked volunteers with the reasons shown; Anne picks the best one.
    page.get_by_role("link", name="Vrijwilliger zoeken").click()
    kandidaten = page.get_by_test_id("kandidaten")
    expect(kandidaten).to_contain_text("Doet graag: Klusjes en tuin")
    expect(kandidaten).to_contain_text("Deze maand")
    _past_op_telefoon(page)
    screenshot(page, "kern-04-kandidaten")
    page.get_by_role("button", name=re.compile("^Kies ")).first.click()
    expect(page.get_by_test_id("status")).to_have_text("kennismaking")

    page.get_by_role("link", name="Kennismaking vastleggen").click()
    page.get_by_label("Ja, er is een klik").check()
    page.get_by_label("Notitie").fill("Klikte meteen, samen koffie gedronken.")
    screenshot(page, "kern-05-kennismaking")
    page.get_by_role("button", name="Opslaan").click()

    page.get_by_role("link", name="Afsprakendossier maken").click()
    page.get_by_label("Wat doet de vrijwilliger?").fill("Heg snoeien en gras maaien")
    page.get_by_label("Wat doet de vrijwilliger níet?").fill("Geen boodschappen")
    page.get_by_label("Hoe vaak?").fill("eens per twee weken")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_test_id("status")).to_have_text("afspraak")
    page.get_by_role("button", name="Inwoner tekent").click()
    page.get_by_role("button", name="Vrijwilliger tekent").click()
    expect(page.get_by_test_id("status")).to_have_text("lopend")
    expect(page.get_by_test_id("afsprakendossier")).to_contain_text("Heg snoeien")
    screenshot(page, "kern-06-afsprakendossier")

    # The help is given: calling back both is generated.
    page.get_by_role("button", name="Hulp is gegeven: nabellen").click()
    expect(page.get_by_test_id("status")).to_have_text("nabellen")
    taken = page.get_by_test_id("taken")
    expect(taken.get_by_role("listitem")).to_have_count(2)
    expect(taken).to_contain_text("hoe ging de hulp?")
    expect(taken).to_contain_text("Bel vrijwilliger")
    screenshot(page, "kern-07-nabellen")

    for uitkomst in ("Tevreden, heg ziet er keurig uit", "Ging goed, wil vaker helpen"):
        page.goto(hulpvraag_url)
        page.get_by_test_id("taken").get_by_role("link", name="Afronden").first.click()
        page.get_by_label("Uitkomst").fill(uitkomst)
        page.get_by_role("button", name="Opslaan").click()
        page.wait_for_url(f"{base}/")

    page.goto(hulpvraag_url)
    expect(page.get_by_test_id("status")).to_have_text("afgerond")
    expect(page.get_by_test_id("verloop")).to_contain_text("nabellen → afgerond")
    _past_op_telefoon(page)
    screenshot(page, "kern-08-afgerond")


def test_hulpvraag_over_twee_uur_toont_verwijsadvies(demo_server, anne):
    page = anne
    base = f"http://wedde.localhost:{demo_server}"
    page.goto(f"{base}/hulpvragen/nieuw/")
    page.get_by_label("Hoe kwam de vraag binnen?").select_option("telefoon")
    page.get_by_label("Wat is de vraag?").fill("Elke middag iemand bij mijn man, vier uur lang.")
    page.get_by_label("Geschatte uren per keer").fill("4")
    page.get_by_role("button", name="Opslaan").click()
    advies = page.get_by_test_id("verwijsadvies")
    expect(advies).to_contain_text("Buiten de grenzen van vrijwilligershulp")
    expect(advies).to_contain_text("Meer dan 2 uur per keer")
    screenshot(page, "kern-09-twee-uur-regel")


def test_vrijwilliger_ziet_eigen_hulp_en_meldt_een_zorg(demo_server, phone):
    page = phone
    base = f"http://wedde.localhost:{demo_server}"
    _login(page, base, "vrijwilliger@wedde.example", totp=False)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn hulp")
    expect(page.get_by_test_id("mijn-matches")).to_contain_text("Heg snoeien")
    _past_op_telefoon(page)
    screenshot(page, "kern-10-vrijwilliger")
    page.get_by_role("link", name="Zorg melden").first.click()
    page.get_by_label("Wat viel je op?").fill("Gordijnen bleven de hele dag dicht.")
    page.get_by_role("button", name="Melden").click()
    expect(page.get_by_role("status")).to_contain_text("ziet je melding vandaag")
    assert page.goto(f"{base}/inwoners/").status == 403
