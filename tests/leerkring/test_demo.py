"""The demo seeder can run twice without adding anything the second time."""

from __future__ import annotations

import pytest

from leerkring import demo
from leerkring.models import Bericht, Bijeenkomst, Verslag

pytestmark = pytest.mark.django_db


def _tellingen():
    return [m.objects.count() for m in (Bericht, Bijeenkomst, Verslag)]


def test_demo_van_de_leerkring_is_idempotent(wereld):
    from tenants.demo import STAFF_EMAIL
    from tenants.models import User

    User.objects.create_user(STAFF_EMAIL, "x", is_platformstaf=True)
    demo.seed(accounts=None)
    eerste = _tellingen()
    demo.seed(accounts=None)
    assert _tellingen() == eerste
    verslag = Verslag.objects.get()
    assert "acht dorpen" in verslag.tekst
