"""The demo shows a living foundation, is plainly fictional, and can run twice."""

import pytest
from faker import Faker

from kern import demo
from kern.models import Aandachtslijst, Hulpvraag, Inwoner, Signaal, Taak, Vrijwilliger

pytestmark = pytest.mark.django_db


def _seed(wereld):
    faker = Faker("nl_NL")
    faker.seed_instance("test-wedde")
    demo.seed_tenant(organisatie=wereld.wedde, faker=faker, residents=12)


def test_demo_toont_een_levende_stichting_en_is_herhaalbaar(wedde_db, wereld):
    _seed(wereld)
    aantallen = (Inwoner.objects.count(), Hulpvraag.objects.count(), Vrijwilliger.objects.count())
    _seed(wereld)
    assert (
        Inwoner.objects.count(),
        Hulpvraag.objects.count(),
        Vrijwilliger.objects.count(),
    ) == aantallen
    assert Inwoner.objects.count() == 12
    statussen = set(Hulpvraag.objects.values_list("status", flat=True))
    assert {"nieuw", "kennismaking", "lopend", "nabellen", "afgerond", "doorverwezen"} <= statussen
    assert Hulpvraag.objects.filter(bron="intake").exists()
    assert Hulpvraag.objects.filter(buiten_grenzen=True).exists()
    assert Taak.objects.filter(soort="nabellen-inwoner", afgerond_op__isnull=True).exists()
    assert Aandachtslijst.objects.filter(actief=True).count() == 3
    assert set(Signaal.objects.values_list("status", flat=True)) == {
        "nieuw",
        "bestuur",
        "afgehandeld",
    }
    telefoons = list(Inwoner.objects.values_list("telefoon", flat=True))
    telefoons += list(Vrijwilliger.objects.values_list("telefoon", flat=True))
    assert all(t.startswith("06-00") for t in telefoons)
