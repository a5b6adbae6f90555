"""Publishing under real concurrency: threads, each with its own connection, that commit.

Why not ``django_db(transaction=True)``: its teardown flushes the public schema, which
fails on the tenant schemas' foreign keys into it (and would wipe the session's world).
Instead the test keeps its rolled-back transaction, the threads commit for real (the
test's connection sees that under READ COMMITTED), and `gecommit` removes afterwards
exactly the rows the threads added.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from django.db import connections, transaction
from django.db.models import Max, Sum
from django_tenants.utils import schema_context

from inventaris import publish
from inventaris.models import Kwartaalstand, Publicatie
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db

DRADEN = 8


def _in_draden(aantal: int, werk: Callable[[int], None]) -> list[BaseException]:
    """Run werk(0…aantal-1) in threads that start together; returns what they raised."""
    start = threading.Barrier(aantal)
    fouten: list[BaseException] = []

    def draad(i: int) -> None:
        try:
            start.wait(timeout=30)
            werk(i)
        except BaseException as exc:
            fouten.append(exc)
        finally:
            connections.close_all()  # this thread's own connection

    draden = [threading.Thread(target=draad, args=(i,)) for i in range(aantal)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=120)
    assert not any(d.is_alive() for d in draden), "a thread hangs"
    return fouten


def _hoogste_ids(schema_name: str) -> dict[str, int]:
    from kern.models import Hulpvraag

    with schema_context(schema_name):
        hulpvraag = Hulpvraag.objects.aggregate(m=Max("pk"))["m"] or 0
    return {
        "hulpvraag": hulpvraag,
        "stand": Kwartaalstand.objects.aggregate(m=Max("pk"))["m"] or 0,
        "publicatie": Publicatie.objects.aggregate(m=Max("pk"))["m"] or 0,
    }


def _opruimen(schema_name: str, grens: dict[str, int]) -> None:
    from kern.models import Hulpvraag

    with schema_context(schema_name):
        Hulpvraag.objects.filter(pk__gt=grens["hulpvraag"]).delete()
    Kwartaalstand.objects.filter(pk__gt=grens["stand"]).delete()
    Publicatie.objects.filter(pk__gt=grens["publicatie"]).delete()


@pytest.fixture
def gecommit(wereld):
    """Wedde's committed rows from before the test come back as they were afterwards."""
    schema_name = wereld.wedde.schema_name
    grens: dict[str, int] = {}
    assert not _in_draden(1, lambda _i: grens.update(_hoogste_ids(schema_name)))
    yield
    assert not _in_draden(1, lambda _i: _opruimen(schema_name, grens))


def _publiceerfouten(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == publish.logger.name]


def test_acht_draden_die_tegelijk_hulpvragen_maken_geven_geen_fout_en_de_juiste_telling(
    wereld, gecommit, caplog
):
    def werk(_i: int) -> None:
        with schema_context(wereld.wedde.schema_name):
            maak_hulpvragen(3)  # three transactions, each publishing after its commit

    with caplog.at_level(logging.ERROR):
        fouten = _in_draden(DRADEN, werk)
    assert fouten == []
    assert _publiceerfouten(caplog) == []
    standen = Kwartaalstand.objects.filter(organisatie=wereld.wedde)
    assert standen.aggregate(n=Sum("hulpvragen"))["n"] == DRADEN * 3
    assert Publicatie.objects.filter(organisatie=wereld.wedde).count() == 1


def test_twee_keer_tegelijk_publiceren_geeft_geen_integrityerror(wereld, gecommit, caplog):
    def klaarzetten(_i: int) -> None:
        with schema_context(wereld.wedde.schema_name):
            maak_hulpvragen(5)

    assert _in_draden(1, klaarzetten) == []
    kwartaal = Kwartaalstand.objects.get(organisatie=wereld.wedde).kwartaal

    def werk(i: int) -> None:
        # Full recounts and one-quarter recounts, all for the same tenant at once.
        publish.publish_tenant(wereld.wedde, kwartalen=None if i % 2 else {kwartaal})

    with caplog.at_level(logging.ERROR):
        for _ronde in range(3):
            assert _in_draden(4, werk) == []
    assert _publiceerfouten(caplog) == []
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 5


def test_na_een_echte_rollback_publiceert_de_volgende_transactie_wel(wereld, gecommit):
    def werk(_i: int) -> None:
        with schema_context(wereld.wedde.schema_name):
            try:
                with transaction.atomic():
                    maak_hulpvragen(2)
                    raise RuntimeError("afgebroken")
            except RuntimeError:
                pass
            maak_hulpvragen(1)

    assert _in_draden(1, werk) == []
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 1
