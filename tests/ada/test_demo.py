"""The toolbox's seeder can run twice without adding anything the second time."""

from __future__ import annotations

import pytest

from ada import demo
from ada.models import Stap, Voorbeeldproject

pytestmark = pytest.mark.django_db


def _tellingen():
    return [m.objects.count() for m in (Stap, Voorbeeldproject)]


def test_demo_van_de_toolbox_is_idempotent(wereld):
    demo.seed(accounts=None)
    eerste = _tellingen()
    demo.seed(accounts=None)
    assert _tellingen() == eerste
    assert eerste == [12, 8]
    assert all(p.bron for p in Voorbeeldproject.objects.all())
