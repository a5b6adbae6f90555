"""The reconcile command: one failing tenant does not keep the others' figures stale."""

from __future__ import annotations

import io
import logging

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django_tenants.utils import schema_context

from inventaris.models import Kwartaalstand
from kern import aggregates
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db


@pytest.fixture
def ulrum_faalt(wereld, monkeypatch):
    """Ulrum's counts cannot be read (a broken schema, say); Wedde's can."""
    echte = aggregates.kwartaalcijfers

    def kwartaalcijfers(**kwargs):
        if connection.schema_name == wereld.ulrum.schema_name:
            raise RuntimeError("relation kern_hulpvraag does not exist")
        return echte(**kwargs)

    monkeypatch.setattr(aggregates, "kwartaalcijfers", kwartaalcijfers)


def test_herstelopdracht_publiceert_de_anderen_en_faalt_met_de_naam_van_de_mislukte(
    wereld, ulrum_faalt, caplog
):
    with schema_context(wereld.wedde.schema_name):
        maak_hulpvragen(3)
    stdout = io.StringIO()
    # Ulrum comes first (by slug), so Wedde publishing proves the command went on.
    with caplog.at_level(logging.ERROR), pytest.raises(CommandError) as fout:
        call_command("inventaris_publiceer", stdout=stdout)
    assert wereld.ulrum.schema_name in str(fout.value)
    assert wereld.wedde.schema_name not in str(fout.value)
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 3
    assert "1 organisaties gepubliceerd" in stdout.getvalue()
    assert any(wereld.ulrum.schema_name in r.getMessage() for r in caplog.records)


def test_herstelopdracht_zonder_fouten_eindigt_gewoon(wereld):
    with schema_context(wereld.ulrum.schema_name):
        maak_hulpvragen(2)
    stdout = io.StringIO()
    call_command("inventaris_publiceer", stdout=stdout)
    assert "2 organisaties gepubliceerd" in stdout.getvalue()
    assert Kwartaalstand.objects.get(organisatie=wereld.ulrum).hulpvragen == 2
