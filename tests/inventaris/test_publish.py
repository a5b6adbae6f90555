"""Tenants publish their anonymous counts after commit; the overview reads only those."""

from __future__ import annotations

import io

import pytest
from django.db import connection, transaction
from django_tenants.utils import schema_context

from inventaris.models import Kwartaalstand, Publicatie
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db


def _inventaris_callbacks(callbacks) -> list:
    return [c for c in callbacks if getattr(c, "inventaris_schema", None)]


def test_hulpvragen_in_een_transactie_publiceren_eenmaal_na_commit(
    wereld, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        schema_context(wereld.wedde.schema_name),
        transaction.atomic(),
    ):
        maak_hulpvragen(3)
    assert len(_inventaris_callbacks(callbacks)) == 1
    stand = Kwartaalstand.objects.get(organisatie=wereld.wedde)
    assert stand.hulpvragen == 3
    assert stand.hulpvragen_vervoer == 3 and stand.hulpvragen_overig == 0
    assert Publicatie.objects.get(organisatie=wereld.wedde).bijgewerkt_op is not None


def test_teruggedraaide_wijziging_publiceert_niets(wereld, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        schema_context(wereld.wedde.schema_name),
    ):
        try:
            with transaction.atomic():
                maak_hulpvragen(2)
                raise RuntimeError("afgebroken")
        except RuntimeError:
            pass
    assert _inventaris_callbacks(callbacks) == []
    assert not Kwartaalstand.objects.filter(organisatie=wereld.wedde).exists()


def test_eigen_categorie_van_een_organisatie_telt_als_overig(wereld):
    from inventaris.publish import publish_tenant
    from kern.models import Categorie

    with schema_context(wereld.ulrum.schema_name):
        Categorie.objects.create(naam="Hulp aan familie Jansen", slug="familie-jansen")
        maak_hulpvragen(6, categorie="familie-jansen")
    publish_tenant(wereld.ulrum)
    stand = Kwartaalstand.objects.get(organisatie=wereld.ulrum)
    assert (stand.hulpvragen, stand.hulpvragen_overig) == (6, 6)


def test_publiceren_gebeurt_in_het_schema_van_de_wijziging_ook_na_terugschakelen(
    wereld, django_capture_on_commit_callbacks
):
    # The demo seeds inside tenant_context within an outer atomic: the callback
    # runs after the schema was switched back to public and must still find Wedde.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with schema_context(wereld.wedde.schema_name):
            maak_hulpvragen(5)
        assert connection.schema_name == "public"
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 5


def _selects(ctx) -> list[str]:
    # django-tenants sends "SET search_path" before each cursor; count the reads.
    return [q["sql"] for q in ctx.captured_queries if not q["sql"].startswith("SET ")]


def test_overzicht_leest_alleen_het_publieke_schema_met_vast_aantal_queries(wereld):
    from django.test.utils import CaptureQueriesContext

    from inventaris import publish, selectors

    with schema_context(wereld.wedde.schema_name):
        maak_hulpvragen(7)
    publish.publish_all()
    with CaptureQueriesContext(connection) as ctx:
        o = selectors.overzicht()
    assert len(_selects(ctx)) == 6
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "t_wedde" not in sql and "t_ulrum" not in sql and "kern_" not in sql
    assert {q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SET ")} == {
        'SET search_path = "public"'
    }
    assert o.provincie["hulpvragen"].waarden[-1].tekst == "7"


def test_herpubliceren_vervangt_de_oude_cijfers(wereld):
    from inventaris.publish import publish_tenant
    from kern.models import Hulpvraag

    with schema_context(wereld.wedde.schema_name):
        maak_hulpvragen(6)
    publish_tenant(wereld.wedde)
    with schema_context(wereld.wedde.schema_name):
        Hulpvraag.objects.filter(pk__in=Hulpvraag.objects.values("pk")[:2]).delete()
    publish_tenant(wereld.wedde)
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 4


def test_herstelopdracht_publiceert_ook_wat_zonder_signaal_is_ingevoerd(wereld):
    from django.core.management import call_command

    from kern.models import Categorie, Hulpvraag

    with schema_context(wereld.ulrum.schema_name):
        cat = Categorie.objects.get(slug="taal")
        Hulpvraag.objects.bulk_create(  # bulk_create sends no post_save
            Hulpvraag(kanaal="telefoon", categorie=cat, omschrijving="Brief lezen")
            for _ in range(8)
        )
    assert not Kwartaalstand.objects.filter(organisatie=wereld.ulrum).exists()
    call_command("inventaris_publiceer", slug=["ulrum"], stdout=io.StringIO())
    stand = Kwartaalstand.objects.get(organisatie=wereld.ulrum)
    assert (stand.hulpvragen, stand.hulpvragen_taal) == (8, 8)
