"""Every grant and export form takes hostile and out-of-range input without a 500 or a half save."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_tenants.utils import schema_context

from rapportage import services
from rapportage.models import Financier, Rapportexport, Subsidie
from tests.vijandig import (
    DATUMS_BUITEN_BEREIK,
    buiten_bereik_geweigerd,
    velden_van,
    vijandig_post,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def fonds(wereld):
    with schema_context(wereld.wedde.schema_name):
        return services.financier_create(naam="Oranje Fonds", soort="fonds").pk


# (url name, the button that names the form, fields of a POST-only page)
FORMULIEREN = [
    ("rapportage:financiering", {"financier": "1"}, None),
    ("rapportage:financiering", {"subsidie": "1"}, None),
    ("rapportage:financiering", {}, None),
    ("rapportage:export_start", {}, ["formaat"]),
]


@pytest.mark.parametrize(("naam", "knop", "velden"), FORMULIEREN)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(
    wereld, fonds, client_for, naam, knop, velden
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    url = reverse(naam)
    vijandig_post(client, url, wereld.wedde.schema_name, velden or velden_van(client, url), knop)


def test_subsidie_buiten_bereik_wordt_in_het_nederlands_geweigerd(wereld, fonds, client_for):
    buiten_bereik_geweigerd(
        client_for(wereld.wedde, wereld.coordinator_wedde),
        reverse("rapportage:financiering"),
        wereld.wedde.schema_name,
        {
            "subsidie": "1",
            "financier": fonds,
            "naam": "Samen tegen eenzaamheid",
            "bedrag": "25000.00",
            "begin": "2027-01-01",
            "einde": "2027-12-31",
        },
        {
            # numeric(10, 2): 100000 is a fine grant, eleven digits are not.
            "bedrag": ["99999999999", "-1", "1e309", "0"],
            "begin": DATUMS_BUITEN_BEREIK,
            "einde": DATUMS_BUITEN_BEREIK,
        },
    )


def test_export_met_onbekend_formaat_maakt_niets_en_zegt_waarom(wereld, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.post(reverse("rapportage:export_start"), {"formaat": "exe"}, follow=True)
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    with schema_context(wereld.wedde.schema_name):
        assert not Rapportexport.objects.exists()


def test_subsidie_create_weigert_buiten_bereik(wedde_db, fonds):
    financier = Financier.objects.get(pk=fonds)
    geldig = {
        "financier": financier,
        "naam": "Samen tegen eenzaamheid",
        "bedrag": Decimal("25000"),
        "begin": date(2027, 1, 1),
        "einde": date(2027, 12, 31),
    }
    for velden in (
        {"bedrag": Decimal("-1")},
        {"bedrag": Decimal("0")},
        {"bedrag": Decimal("100000000")},
        {"bedrag": Decimal("1e309")},
        {"begin": date(1, 1, 1)},
        {"einde": date(9999, 12, 31)},
    ):
        with pytest.raises(ValidationError) as fout:
            services.subsidie_create(**{**geldig, **velden})
        assert set(fout.value.message_dict) == set(velden)
    assert not Subsidie.objects.exists()


def test_rapportexport_request_weigert_onbekend_formaat(wedde_db, wereld):
    with pytest.raises(ValidationError) as fout:
        services.rapportexport_request(
            soort="kwartaal",
            formaat="exe",
            parameters={"jaren": [2027]},
            door=wereld.coordinator_wedde,
        )
    assert set(fout.value.message_dict) == {"formaat"}
    assert not Rapportexport.objects.exists()
