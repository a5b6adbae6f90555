"""Hostile posts for the form pages of the tenant apps (mdo, activiteiten, rapportage).

The same spirit as tests/kern/test_formulieren_vijandig.py, whose values and page reading this
borrows: random and hostile input never gives a 500, a refused post changes no table of the
apps that page can write to, and a 400 says why in the page. ``buiten_bereik`` is the
deterministic half: each number and date field of a form, given a value its column or the
domain cannot hold, is refused with a Dutch message and nothing is written.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.core.cache import cache
from django.test import Client
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.kern.test_formulieren_vijandig import _velden, waarde, zegt_waarom

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


def stand(schema: str) -> dict[str, int]:
    with schema_context(schema):
        return {
            f"{app}.{m.__name__}": m.objects.count()
            for app in APPS
            for m in apps.get_app_config(app).get_models()
        }


def velden_van(client: Client, url: str) -> list[str]:
    page = client.get(url)
    assert page.status_code == 200, url
    velden = _velden(page.content.decode())
    assert velden, f"{url} toont geen formulier"
    return velden


def vijandig_post(client: Client, url: str, schema: str, velden: list[str], knop: dict) -> None:
    """Hypothesis posts random subsets of ``velden`` with hostile values, plus ``knop``."""
    client.raise_request_exception = True

    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(
        data=st.dictionaries(
            st.sampled_from(velden),
            st.one_of(waarde, st.lists(waarde, min_size=2, max_size=3)),
            max_size=len(velden),
        )
    )
    def post(data):
        cache.clear()
        voor = stand(schema)
        response = client.post(url, {**data, **knop})
        assert response.status_code < 500
        if response.status_code != 302:
            assert stand(schema) == voor
        if response.status_code == 400:
            assert zegt_waarom(response.content.decode()), f"{url} weigert {data} zonder reden"

    post()


def buiten_bereik(
    client: Client, url: str, schema: str, geldig: dict, velden: dict[str, list[str]]
) -> None:
    """Each listed field, given each out-of-range value, is refused in Dutch; nothing written.

    ``geldig`` is a post the page accepts: it is sent last and must redirect, so a refusal
    above is the field's, not a form that could never pass.
    """
    client.raise_request_exception = True
    for veld, waarden in velden.items():
        for fout in waarden:
            voor = stand(schema)
            response = client.post(url, {**geldig, veld: fout})
            html = response.content.decode()
            assert response.status_code == 400, f"{url} {veld}={fout}: {response.status_code}"
            assert zegt_waarom(html), f"{url} {veld}={fout} zonder reden"
            assert NEDERLANDS.search(html), f"{url} {veld}={fout}: geen Nederlandse melding"
            assert not ENGELS.search(html), f"{url} {veld}={fout}: Engelse melding"
            assert stand(schema) == voor, f"{url} {veld}={fout} schreef toch iets"
    response = client.post(url, geldig)
    assert response.status_code == 302, f"{url} weigert ook de geldige post"
