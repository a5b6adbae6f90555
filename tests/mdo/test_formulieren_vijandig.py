"""Every MDO form page takes hostile and out-of-range input without a 500 or a half save."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from kern import services as kern_services
from mdo import services
from mdo.models import MdoActie, MdoBespreking, MdoDeelnemer, MdoOverleg
from tests.mdo.factories import inwoner
from tests.vijandig import (
    DATUMS_BUITEN_BEREIK,
    DATUMTIJDEN_BUITEN_BEREIK,
    buiten_bereik_geweigerd,
    velden_van,
    vijandig_post,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def overleg(wereld):
    anne = wereld.coordinator_wedde
    with schema_context(wereld.wedde.schema_name):
        grietje = inwoner("Grietje", "Boelens")
        kern_services.toestemming_record(
            inwoner=grietje, onderwerp="mdo", gegeven=True, datum=timezone.localdate(), door=anne
        )
        overleg = services.mdo_create(datum=timezone.now() + timedelta(days=7), door=anne)
        huisarts = services.mdo_deelnemer_add(
            overleg=overleg, naam="Dr. Jan Huizinga", organisatie="Praktijk Wedde", rol="huisarts"
        )
        bespreking = services.mdo_bespreking_create(
            overleg=overleg, inwoner=grietje, aanleiding="ingebracht"
        )
        actie = services.mdo_actie_add(
            bespreking=bespreking,
            omschrijving="Wmo-aanvraag indienen",
            eigenaar=huisarts,
            uiterlijk=(overleg.datum + timedelta(days=14)).date(),
        )
    return {
        "mdo": overleg.pk,
        "bespreking": bespreking.pk,
        "huisarts": huisarts.pk,
        "grietje": grietje.pk,
        "actie": actie.pk,
    }


# (url name, key for pk, the button that names the form)
FORMULIEREN = [
    ("mdo:lijst", None, {}),
    ("mdo:detail", "mdo", {"deelnemer": "1"}),
    ("mdo:detail", "mdo", {"agendeer": "1"}),
    ("mdo:detail", "mdo", {"afsluiten": "1"}),
    ("mdo:bespreking", "bespreking", {"bespreking_opslaan": "1"}),
    ("mdo:bespreking", "bespreking", {"besluit": "1"}),
    ("mdo:bespreking", "bespreking", {"actie": "1"}),
    ("mdo:bespreking", "bespreking", {"afronden": "1"}),
    ("mdo:bespreking", "bespreking", {}),
]


@pytest.mark.parametrize(("naam", "sleutel", "knop"), FORMULIEREN)
def test_vijandige_invoer_geeft_geen_500_en_slaat_niets_half_op(
    wereld, overleg, client_for, naam, sleutel, knop
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    url = reverse(naam, kwargs={"pk": overleg[sleutel]} if sleutel else None)
    vijandig_post(client, url, wereld.wedde.schema_name, velden_van(client, url), knop)


def test_mdo_plannen_buiten_bereik_wordt_in_het_nederlands_geweigerd(wereld, overleg, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    buiten_bereik_geweigerd(
        client,
        reverse("mdo:lijst"),
        wereld.wedde.schema_name,
        {"datum": "2027-03-01T10:00", "locatie": "Dorpshuis Wedde"},
        {"datum": DATUMTIJDEN_BUITEN_BEREIK},
    )


def test_actie_met_datum_buiten_bereik_wordt_in_het_nederlands_geweigerd(
    wereld, overleg, client_for
):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    uiterlijk = (timezone.localdate() + timedelta(days=30)).isoformat()
    buiten_bereik_geweigerd(
        client,
        reverse("mdo:bespreking", kwargs={"pk": overleg["bespreking"]}),
        wereld.wedde.schema_name,
        {
            "actie": "1",
            "omschrijving": "Huisarts belt de zoon",
            "eigenaar": overleg["huisarts"],
            "uiterlijk": uiterlijk,
        },
        {"uiterlijk": DATUMS_BUITEN_BEREIK},
    )


JAREN_BUITEN_BEREIK = [1, 1899, 2101, 9999]


@pytest.mark.parametrize("jaar", JAREN_BUITEN_BEREIK)
def test_mdo_create_weigert_een_datum_buiten_bereik(wedde_db, wereld, jaar):
    with pytest.raises(ValidationError) as fout:
        services.mdo_create(
            datum=timezone.make_aware(datetime(jaar, 3, 1, 10)), door=wereld.coordinator_wedde
        )
    assert "datum" in fout.value.message_dict
    assert not MdoOverleg.objects.exists()


@pytest.mark.parametrize("jaar", JAREN_BUITEN_BEREIK)
def test_mdo_actie_add_weigert_een_datum_buiten_bereik(wedde_db, overleg, jaar):
    bespreking = MdoBespreking.objects.get(pk=overleg["bespreking"])
    huisarts = MdoDeelnemer.objects.get(pk=overleg["huisarts"])
    with pytest.raises(ValidationError) as fout:
        services.mdo_actie_add(
            bespreking=bespreking,
            omschrijving="Nabellen",
            eigenaar=huisarts,
            uiterlijk=date(jaar, 1, 1),
        )
    assert "uiterlijk" in fout.value.message_dict
    assert MdoActie.objects.count() == 1


def test_mdo_deelnemer_add_weigert_te_lange_naam_en_onbekende_rol(wedde_db, overleg):
    mdo = MdoOverleg.objects.get(pk=overleg["mdo"])
    with pytest.raises(ValidationError) as fout:
        services.mdo_deelnemer_add(overleg=mdo, naam="x" * 201, rol="tovenaar")
    assert set(fout.value.message_dict) == {"naam", "rol"}
    assert mdo.deelnemers.count() == 2
