"""Services ask for a publish of the quarters they touched; it runs once, after commit.

The overview reads only the published rows; the reconcile recounts everything.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from inventaris import publish
from inventaris.models import Kwartaalstand, Publicatie
from kern import aggregates
from tests.inventaris.conftest import maak_hulpvragen

pytestmark = pytest.mark.django_db

LENTE_2025 = date(2025, 4, 1)


@pytest.fixture
def publicaties():
    """Every after-commit publish as (schema, quarters); each still publishes for real."""
    gezien: list[tuple[str, frozenset[date]]] = []

    def opnemen(schema_name: str, kwartalen: frozenset[date]) -> None:
        gezien.append((schema_name, kwartalen))
        publish.publish_schema(schema_name, kwartalen)

    aggregates.publisher_register(opnemen)
    yield gezien
    aggregates.publisher_register(publish.publish_schema)


def _dit_kwartaal() -> date:
    return aggregates.kwartaal_start(timezone.now())


def test_hulpvragen_in_een_transactie_publiceren_eenmaal_na_commit(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
        transaction.atomic(),
    ):
        (eerste, *_rest) = maak_hulpvragen(3)
    kwartaal = aggregates.kwartaal_start(eerste.aangemaakt_op)
    assert publicaties == [(wereld.wedde.schema_name, frozenset({kwartaal}))]
    stand = Kwartaalstand.objects.get(organisatie=wereld.wedde)
    assert stand.hulpvragen == 3
    assert stand.hulpvragen_vervoer == 3 and stand.hulpvragen_overig == 0
    assert Publicatie.objects.get(organisatie=wereld.wedde).bijgewerkt_op is not None


def test_teruggedraaide_wijziging_publiceert_niets(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        try:
            with transaction.atomic():
                maak_hulpvragen(2)
                raise RuntimeError("afgebroken")
        except RuntimeError:
            pass
    assert publicaties == []
    assert not Kwartaalstand.objects.filter(organisatie=wereld.wedde).exists()


def test_na_een_teruggedraaide_transactie_publiceert_de_volgende_wel(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    # Pending quarters that outlived their rollback would make the next transaction think
    # its publish was already scheduled, and nothing would be published.
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        try:
            with transaction.atomic():
                maak_hulpvragen(2)
                raise RuntimeError("afgebroken")
        except RuntimeError:
            pass
        with transaction.atomic():
            maak_hulpvragen(1)
    assert len(publicaties) == 1
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 1


def test_teruggedraaid_savepoint_houdt_de_rest_van_de_transactie_niet_tegen(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
        transaction.atomic(),
    ):
        try:
            with transaction.atomic():  # the first publish request is made in here
                maak_hulpvragen(2)
                raise RuntimeError("afgebroken")
        except RuntimeError:
            pass
        maak_hulpvragen(1)
    assert len(publicaties) == 1
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 1


def test_eigen_categorie_van_een_organisatie_telt_als_overig(wereld):
    from kern.models import Categorie

    with schema_context(wereld.ulrum.schema_name):
        Categorie.objects.create(naam="Hulp aan familie Jansen", slug="familie-jansen")
        maak_hulpvragen(6, categorie="familie-jansen")
    publish.publish_tenant(wereld.ulrum)
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

    from inventaris import selectors

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
    from kern.models import Hulpvraag

    with schema_context(wereld.wedde.schema_name):
        maak_hulpvragen(6)
    publish.publish_tenant(wereld.wedde)
    with schema_context(wereld.wedde.schema_name):
        Hulpvraag.objects.filter(pk__in=Hulpvraag.objects.values("pk")[:2]).delete()
    publish.publish_tenant(wereld.wedde)
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde).hulpvragen == 4


def test_herstelopdracht_publiceert_ook_wat_buiten_de_services_is_ingevoerd(wereld):
    from django.core.management import call_command

    from kern.models import Categorie, Hulpvraag

    with schema_context(wereld.ulrum.schema_name):
        cat = Categorie.objects.get(slug="taal")
        Hulpvraag.objects.bulk_create(  # no service, so no publish asked
            Hulpvraag(kanaal="telefoon", categorie=cat, omschrijving="Brief lezen")
            for _ in range(8)
        )
    assert not Kwartaalstand.objects.filter(organisatie=wereld.ulrum).exists()
    call_command("inventaris_publiceer", slug=["ulrum"], stdout=io.StringIO())
    stand = Kwartaalstand.objects.get(organisatie=wereld.ulrum)
    assert (stand.hulpvragen, stand.hulpvragen_taal) == (8, 8)


def _verplaats(hulpvragen, naar: datetime) -> None:
    """Back-date help requests (aangemaakt_op is set on insert); asks for no publish."""
    from kern.models import Hulpvraag

    Hulpvraag.objects.filter(pk__in=[h.pk for h in hulpvragen]).update(aangemaakt_op=naar)


def test_een_wijziging_hertelt_alleen_de_kwartalen_die_zij_raakt(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    # Run the setup's own publish, so the change below is a transaction of its own.
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        _verplaats(maak_hulpvragen(2), timezone.make_aware(datetime(2025, 5, 10, 10)))
        maak_hulpvragen(1)
    publish.publish_tenant(wereld.wedde)
    publicaties.clear()
    # Mark the old quarter's row: only a recount of that quarter would overwrite it.
    Kwartaalstand.objects.filter(organisatie=wereld.wedde, kwartaal=LENTE_2025).update(
        hulpvragen=99
    )
    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        (nieuw,) = maak_hulpvragen(1)
    kwartaal = aggregates.kwartaal_start(nieuw.aangemaakt_op)
    assert publicaties == [(wereld.wedde.schema_name, frozenset({kwartaal}))]
    standen = dict(
        Kwartaalstand.objects.filter(organisatie=wereld.wedde).values_list("kwartaal", "hulpvragen")
    )
    assert standen == {LENTE_2025: 99, kwartaal: 2}
    publish.publish_tenant(wereld.wedde)  # the reconcile recounts every quarter
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde, kwartaal=LENTE_2025).hulpvragen == 2


def test_een_kwartaal_zonder_gegevens_verdwijnt_bij_het_hertellen(wereld):
    from kern.models import Hulpvraag

    with schema_context(wereld.wedde.schema_name):
        oud = maak_hulpvragen(2)
        _verplaats(oud, timezone.make_aware(datetime(2025, 5, 10, 10)))
        maak_hulpvragen(1)
    publish.publish_tenant(wereld.wedde)
    assert Kwartaalstand.objects.filter(organisatie=wereld.wedde).count() == 2
    with schema_context(wereld.wedde.schema_name):
        Hulpvraag.objects.filter(pk=oud[0].pk).delete()
    publish.publish_tenant(wereld.wedde, kwartalen={LENTE_2025})  # touched, still 1
    assert Kwartaalstand.objects.get(organisatie=wereld.wedde, kwartaal=LENTE_2025).hulpvragen == 1
    with schema_context(wereld.wedde.schema_name):
        Hulpvraag.objects.filter(pk=oud[1].pk).delete()
    publish.publish_tenant(wereld.wedde, kwartalen={LENTE_2025})  # touched and now empty
    assert not Kwartaalstand.objects.filter(organisatie=wereld.wedde, kwartaal=LENTE_2025).exists()
    with schema_context(wereld.wedde.schema_name):
        Hulpvraag.objects.all().delete()
    publish.publish_tenant(wereld.wedde)  # the reconcile removes what no longer has data
    assert not Kwartaalstand.objects.filter(organisatie=wereld.wedde).exists()


def test_actieve_vrijwilligers_worden_per_kwartaal_geteld_naar_hun_gewerkte_uren(
    wereld, django_capture_on_commit_callbacks
):
    from kern.services import uren_log, vrijwilliger_create

    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        jan, gerda, klaas = (
            vrijwilliger_create(door=None, voornaam=naam, achternaam="Wedder")
            for naam in ("Jan", "Gerda", "Klaas")  # Klaas is actief but gave no hours
        )
        for wie, dag in (
            (jan, date(2025, 2, 10)),
            (gerda, date(2025, 3, 3)),
            (jan, date(2025, 3, 4)),
        ):
            uren_log(vrijwilliger=wie, datum=dag, uren=Decimal("2"), door=None)
        uren_log(vrijwilliger=gerda, datum=date(2025, 5, 12), uren=Decimal("1.5"), door=None)
    actief = dict(
        Kwartaalstand.objects.filter(organisatie=wereld.wedde).values_list(
            "kwartaal", "vrijwilligers_actief"
        )
    )
    assert actief == {date(2025, 1, 1): 2, LENTE_2025: 1}
    publish.publish_tenant(wereld.wedde)  # the reconcile counts the same
    assert (
        Kwartaalstand.objects.get(
            organisatie=wereld.wedde, kwartaal=LENTE_2025
        ).vrijwilligers_actief
        == 1
    )


def test_een_reeks_activiteiten_publiceert_elk_kwartaal_dat_zij_raakt(
    wereld, publicaties, django_capture_on_commit_callbacks
):
    from activiteiten.models import Activiteitsoort
    from activiteiten.services import activiteit_plan, activiteitsoort_create

    with (
        django_capture_on_commit_callbacks(execute=True),
        schema_context(wereld.wedde.schema_name),
    ):
        soort = activiteitsoort_create(
            naam="Samen aan tafel",
            slug="samen-aan-tafel",
            locatie="Dorpshuis Wedde",
            herhaling=Activiteitsoort.Herhaling.MAANDELIJKS,
        )
        activiteit_plan(
            soort=soort, begint_op=timezone.make_aware(datetime(2027, 2, 19, 18)), aantal=3
        )
    assert publicaties == [
        (wereld.wedde.schema_name, frozenset({date(2027, 1, 1), date(2027, 4, 1)}))
    ]
    activiteiten = dict(
        Kwartaalstand.objects.filter(organisatie=wereld.wedde).values_list(
            "kwartaal", "activiteiten"
        )
    )
    assert activiteiten == {date(2027, 1, 1): 2, date(2027, 4, 1): 1}
