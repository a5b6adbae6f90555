"""Hostile form input for every app's tests: values, field discovery, the refusal check.

The same spirit as tests/kern/test_formulieren_vijandig.py: Hypothesis posts huge strings,
HTML, SQL-ish text, NUL bytes, wrong types, impossible dates and missing fields to a form page
whose field names are read from the page itself. A refused post changes no table; a 400 says
why in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from django.apps import apps
from django.core.cache import cache
from django.test import Client
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

VIJANDIG = [
    "",
    " ",
    "<script>alert('x')</script>",
    "<b onmouseover=alert(1)>hoi</b>",
    "'; DROP TABLE leerkring_bericht; --",
    "\x00",
    "x" * 100_000,
    "9" * 60,
    "-1",
    "0",
    "100000",
    "1e309",
    "NaN",
    "Infinity",
    "2024-02-30",
    "31-12-2024",
    "9999-12-31",
    "0001-01-01",
    "0001-01-01T00:00",
    "9999-12-31T23:59",
    "on",
    "1",
    "999999999999",
    "ja",
    "nee",
    "vervoer",
    "nieuw",
    "afgerond",
    "telefoon",
    "inwoner",
    "ma-ochtend",
    "vraag",
    "publiceren",
    "afwijzen",
    "goedkeuren",
    "Wedde",
    "☃️ Groningen 𝔊",
]
waarde = st.one_of(st.sampled_from(VIJANDIG), st.text(max_size=300))
NAAM = re.compile(r'name="([^"]+)"')
# A refused form says why: an alert or an error list in the page itself.
MELDING = re.compile(r'(role="alert"|class="errorlist[^"]*")[^>]*>\s*(<[^>]+>\s*)*[^<\s]')
NIET_MEE = {"csrfmiddlewaretoken", "next", "q"}


def velden(html: str) -> list[str]:
    """The fields of the page's own forms, not the header's language switch or search box."""
    main = html.split('id="inhoud"', 1)[-1]
    return sorted({n for n in NAAM.findall(main) if n not in NIET_MEE})


def zegt_waarom(html: str) -> bool:
    return bool(MELDING.search(html.split('id="inhoud"', 1)[-1]))


def stand(app_labels: Iterable[str]) -> dict[str, int]:
    """Row counts of every table of these apps (in the current schema)."""
    return {
        f"{label}.{m.__name__}": m._base_manager.count()
        for label in app_labels
        for m in apps.get_app_config(label).get_models()
    }


def post_vijandig(
    client,
    url: str,
    kandidaten: list[str],
    tellen: Callable[[], dict],
    *,
    naam: str = "",
    vast: dict | None = None,
) -> None:
    """Post ~10 hostile dictionaries over ``kandidaten`` to ``url`` and check each answer.

    ``vast`` is sent with every post (the button that names the form on a page with several).
    """
    client.raise_request_exception = True

    @settings(
        max_examples=10,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(
        data=st.dictionaries(
            st.sampled_from(kandidaten),
            st.one_of(waarde, st.lists(waarde, min_size=2, max_size=3)),
            max_size=len(kandidaten),
        )
    )
    def post(data):
        cache.clear()  # rate limits are not what this test is about
        voor = tellen()
        response = client.post(url, {**data, **(vast or {})})
        assert response.status_code < 500, (naam, data)
        if response.status_code != 302:
            assert tellen() == voor, (naam, data)
        if response.status_code == 400:
            assert zegt_waarom(response.content.decode()), f"{naam} weigert {data} zonder reden"

    post()


def buiten_bereik(veld_soort: str) -> list[str]:
    """Values that no number or date field of ours may store."""
    return ["100000", "-1"] if veld_soort == "getal" else ["0001-01-01", "9999-12-31"]


# --- the tenant apps' form pages (a foundation's schema) ----------------------------------

# Every tenant app a form page may write to (an MDO decision lands on kern's timeline too).
APPS = ("kern", "mdo", "activiteiten", "rapportage")

GETALLEN_BUITEN_BEREIK = ["100000", "-1", "1e309"]
DATUMS_BUITEN_BEREIK = ["0001-01-01", "9999-12-31"]
DATUMTIJDEN_BUITEN_BEREIK = ["0001-01-01T10:00", "9999-12-31T10:00"]

# Django's and noaber.bereik's own wording: the message is Dutch, not the English default.
NEDERLANDS = re.compile(
    r"Zorg ervoor dat|Zorg dat er|Vul een getal van|Kies een datum tussen|Voer een|"
    r"Een bedrag is niet negatief|Het bedrag moet groter dan nul"
)
ENGELS = re.compile(r"Ensure this value|Ensure that there|Enter a (valid|whole|number)")


def tenant_stand(schema: str) -> dict[str, int]:
    """Row counts of every tenant app's tables in this foundation's schema."""
    with schema_context(schema):
        return stand(APPS)


def velden_van(client: Client, url: str) -> list[str]:
    page = client.get(url)
    assert page.status_code == 200, url
    namen = velden(page.content.decode())
    assert namen, f"{url} toont geen formulier"
    return namen


def vijandig_post(client: Client, url: str, schema: str, velden: list[str], knop: dict) -> None:
    """Hypothesis posts random subsets of ``velden`` with hostile values, plus ``knop``."""
    post_vijandig(client, url, velden, lambda: tenant_stand(schema), naam=url, vast=knop)


def buiten_bereik_geweigerd(
    client: Client, url: str, schema: str, geldig: dict, velden: dict[str, list[str]]
) -> None:
    """Each listed field, given each out-of-range value, is refused in Dutch; nothing written
    in any tenant app.

    ``geldig`` is a post the page accepts: it is sent last and must redirect, so a refusal
    above is the field's, not a form that could never pass.
    """
    client.raise_request_exception = True
    for veld, waarden in velden.items():
        for fout in waarden:
            voor = tenant_stand(schema)
            response = client.post(url, {**geldig, veld: fout})
            html = response.content.decode()
            assert response.status_code == 400, f"{url} {veld}={fout}: {response.status_code}"
            assert zegt_waarom(html), f"{url} {veld}={fout} zonder reden"
            assert NEDERLANDS.search(html), f"{url} {veld}={fout}: geen Nederlandse melding"
            assert not ENGELS.search(html), f"{url} {veld}={fout}: Engelse melding"
            assert tenant_stand(schema) == voor, f"{url} {veld}={fout} schreef toch iets"
    response = client.post(url, geldig)
    assert response.status_code == 302, f"{url} weigert ook de geldige post"
