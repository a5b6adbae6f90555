"""Every activity form page takes hostile and out-of-range input without a 500 or a half save."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from activiteiten import services
from activiteiten.models import Activiteit, Activiteitsoort, Inschrijving, Rit
from kern.models import Vrijwilliger
from tests.mdo.factories import chauffeur
from tests.vijandig import (
    DATUMTIJDEN_BUITEN_BEREIK,
    GETALLEN_BUITEN_BEREIK,
    buiten_bereik_geweigerd,
    velden_van,
    vijandig_post,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def samen(wereld):
    with schema_context(wereld.wedde.schema_name):
        soort = services.activiteitsoort_create(
            naam="Samen aan tafel",
            slug="samen-aan-tafel",
            locatie="Eetcafé Veelerveen",
            herhaling=Activiteitsoort.Herhaling.MAANDELIJKS,
        )
        (activiteit,) = services.activiteit_plan(
            soort=soort, begint_op=timezone.now() + timedelta(days=10)
        )
        gast = services.inschrijving_create(
            activiteit=activiteit,
            naam="Aaltje Bos",
            vervoer_nodig=True,
            ophaaladres="Hoofdstraat 1, Wedde",
            door=wereld.coordinator_wedde,
        )
        harm = chauffeur("Harm")
    return {"soort": soort.pk, "activiteit": activiteit.pk, "gast": gast.pk, "harm": harm.pk}


# (url name, key for pk, who posts, the button that names the form, fields of a POST-only page)
FORMULIEREN = [
    ("activiteiten:lijst", None, "coordinator", {"plannen": "1"}, None),
    ("activiteiten:lijst", None, "coordinator", {"soort": "1"}, None),
    ("activiteiten:lijst", None, "coordinator", {}, None),
    (
        "activiteiten:aanmelden",
        "activiteit",
        "coordinator",
        {"aanmelden": "1"},
        ["naam", "telefoon", "ticket", "vervoer_nodig", "ophaaladres"],
    ),
    ("activiteiten:ritten", "activiteit", "coordinator", {}, ["chauffeurs", "plaatsen"]),
    ("activiteiten:aanwezig", "activiteit", "coordinator", {}, ["aanwezig"]),
    ("activiteiten:publiek_aanmelden", "activiteit", None, {}, None),
]


@pytest.mark.parametrize(("naam", "sleutel", "wie", "knop", "velden"), FORMULIEREN)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(
    wereld, samen, client_for, naam, sleutel, wie, knop, velden
):
    user = wereld.coordinator_wedde if wie == "coordinator" else None
    client = client_for(wereld.wedde, user)
    url = reverse(naam, kwargs={"pk": samen[sleutel]} if sleutel else None)
    vijandig_post(client, url, wereld.wedde.schema_name, velden or velden_van(client, url), knop)


@pytest.fixture
def anne(wereld, client_for):
    return client_for(wereld.wedde, wereld.coordinator_wedde)


def test_plannen_buiten_bereik_wordt_in_het_nederlands_geweigerd(wereld, samen, anne):
    begint_op = (timezone.localtime() + timedelta(days=30)).strftime("%Y-%m-%dT18:00")
    buiten_bereik_geweigerd(
        anne,
        reverse("activiteiten:lijst"),
        wereld.wedde.schema_name,
        {"plannen": "1", "soort": samen["soort"], "begint_op": begint_op, "aantal": "2"},
        {
            "begint_op": DATUMTIJDEN_BUITEN_BEREIK,
            "aantal": GETALLEN_BUITEN_BEREIK,
            "capaciteit": GETALLEN_BUITEN_BEREIK,
        },
    )


def test_soort_buiten_bereik_wordt_in_het_nederlands_geweigerd(wereld, samen, anne):
    buiten_bereik_geweigerd(
        anne,
        reverse("activiteiten:lijst"),
        wereld.wedde.schema_name,
        {
            "soort": "1",
            "naam": "Themadag",
            "locatie": "Dorpshuis Wedde",
            "capaciteit": "80",
            "prijs_deelnemer": "2.50",
            "prijs_vriend": "7.50",
            "herhaling": "eenmalig",
        },
        {
            "capaciteit": GETALLEN_BUITEN_BEREIK,
            "prijs_deelnemer": GETALLEN_BUITEN_BEREIK,
            "prijs_vriend": GETALLEN_BUITEN_BEREIK,
        },
    )


def test_ritten_buiten_bereik_worden_in_het_nederlands_geweigerd(wereld, samen, anne):
    buiten_bereik_geweigerd(
        anne,
        reverse("activiteiten:ritten", kwargs={"pk": samen["activiteit"]}),
        wereld.wedde.schema_name,
        {"chauffeurs": [samen["harm"]], "plaatsen": "3"},
        {"plaatsen": GETALLEN_BUITEN_BEREIK},
    )


def test_activiteit_plan_weigert_buiten_bereik(wedde_db, samen):
    soort = Activiteitsoort.objects.get(pk=samen["soort"])
    morgen = timezone.now() + timedelta(days=1)
    for capaciteit in (100000, 501, -1):
        with pytest.raises(ValidationError) as fout:
            services.activiteit_plan(soort=soort, begint_op=morgen, capaciteit=capaciteit)
        assert "capaciteit" in fout.value.message_dict
    for jaar in (1, 1899, 2101, 9999):
        with pytest.raises(ValidationError) as fout:
            services.activiteit_plan(
                soort=soort, begint_op=timezone.make_aware(datetime(jaar, 12, 31, 23)), aantal=3
            )
        assert "begint_op" in fout.value.message_dict
    assert Activiteit.objects.count() == 1


def test_activiteitsoort_create_weigert_buiten_bereik(wedde_db):
    for velden in (
        {"capaciteit": 100000},
        {"capaciteit": 0},
        {"prijs_deelnemer": Decimal("-1")},
        {"prijs_deelnemer": Decimal("100000")},
        {"prijs_vriend": Decimal("1e309")},
    ):
        with pytest.raises(ValidationError) as fout:
            services.activiteitsoort_create(naam="Themadag", slug="themadag", **velden)
        assert set(fout.value.message_dict) == set(velden)
    assert not Activiteitsoort.objects.exists()


def test_ritten_assign_weigert_plaatsen_buiten_bereik(wedde_db, samen):
    activiteit = Activiteit.objects.get(pk=samen["activiteit"])
    harm = Vrijwilliger.objects.get(pk=samen["harm"])
    for plaatsen in (100000, 9, 0, -1):
        with pytest.raises(ValidationError) as fout:
            services.ritten_assign(activiteit=activiteit, chauffeurs=[harm], plaatsen=plaatsen)
        assert "plaatsen" in fout.value.message_dict
    assert not Rit.objects.exists()


def test_inschrijving_create_weigert_te_lange_velden_en_onbekend_kaartje(wedde_db, samen):
    activiteit = Activiteit.objects.get(pk=samen["activiteit"])
    with pytest.raises(ValidationError) as fout:
        services.inschrijving_create(
            activiteit=activiteit, naam="x" * 201, telefoon="0" * 31, ticket="vip"
        )
    assert set(fout.value.message_dict) == {"naam", "telefoon", "ticket"}
    assert Inschrijving.objects.count() == 1
