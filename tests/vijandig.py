"""Hostile form input for the shared layer's tests: values, field discovery, the refusal check.

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
    "2024-02-30",
    "31-12-2024",
    "9999-12-31",
    "0001-01-01",
    "0001-01-01T00:00",
    "9999-12-31T23:59",
    "on",
    "1",
    "999999999999",
    "vervoer",
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
    client, url: str, kandidaten: list[str], tellen: Callable[[], dict], *, naam: str = ""
) -> None:
    """Post ~10 hostile dictionaries over ``kandidaten`` to ``url`` and check each answer."""
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
        response = client.post(url, data)
        assert response.status_code < 500, (naam, data)
        if response.status_code != 302:
            assert tellen() == voor, (naam, data)
        if response.status_code == 400:
            assert zegt_waarom(response.content.decode()), f"{naam} weigert {data} zonder reden"

    post()


def buiten_bereik(veld_soort: str) -> list[str]:
    """Values that no number or date field of ours may store."""
    return ["100000", "-1"] if veld_soort == "getal" else ["0001-01-01", "9999-12-31"]
