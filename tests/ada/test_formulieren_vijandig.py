"""Every ADA toolbox form takes random and hostile input without a 500 and without half-saving.

The toolbox's forms: sharing a project from a foundation's own site (the Leerkring's tenant
side, /leerkring/project-delen/), staff's review on the moderation desk, and the public search.
"""

from __future__ import annotations

import pytest
from django import forms
from django.urls import reverse

from ada.forms import ProjectForm, ReviewForm
from ada.models import Voorbeeldproject
from tests.vijandig import VIJANDIG, post_vijandig, stand, velden

pytestmark = pytest.mark.django_db

APPS = ("ada", "leerkring")


@pytest.fixture
def ingediend(wereld, toolbox):
    from ada import services
    from tenants.models import Lidmaatschap

    lid = Lidmaatschap.objects.get(user=wereld.coordinator_wedde, organisatie=wereld.wedde)
    return services.project_submit(
        lidmaatschap=lid,
        titel="Buurtbus",
        samenvatting="Vrijwilligers rijden.",
        beschrijving="Op dinsdag.",
        dorp="Wedde",
        thema_slugs=["vervoer"],
        contact="www.weddedathetlukt.nl",
    )


def test_project_delen_vanaf_de_eigen_site(wereld, toolbox, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    url = reverse("leerkring_tenant:project_delen")
    page = client.get(url)
    assert page.status_code == 200
    post_vijandig(client, url, velden(page.content.decode()), lambda: stand(APPS), naam=url)


def test_beoordelen_op_de_moderatietafel(staf, ingediend, client_for):
    url = reverse(
        "leerkring:project_beoordelen", args=[ingediend.slug], urlconf="noaber.urls_public"
    )
    post_vijandig(client_for(None, staf), url, ["besluit", "reden"], lambda: stand(APPS))


@pytest.mark.parametrize("q", VIJANDIG)
def test_zoeken_in_de_toolbox_met_vijandige_tekst(toolbox, client_for, q):
    client = client_for(None, None)
    client.raise_request_exception = True
    assert client.get("/ada/zoeken/", {"q": q}).status_code == 200


def test_geen_toolboxformulier_heeft_een_getal_of_datum_zonder_bereiktest():
    # The forms have no number or date field; one added here needs its out-of-range test.
    for form in (ProjectForm(dorpen=["Wedde"]), ReviewForm()):
        for naam, veld in form.fields.items():
            assert not isinstance(
                veld, forms.IntegerField | forms.DecimalField | forms.DateField
            ), naam
            assert not isinstance(veld, forms.DateTimeField), naam


def test_te_lange_tekst_geeft_400_met_nederlandse_reden(wereld, toolbox, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    voor = stand(APPS)
    response = client.post(
        reverse("leerkring_tenant:project_delen"),
        {
            "titel": "Buurtbus",
            "samenvatting": "s" * 301,
            "beschrijving": "b" * 8001,
            "dorp": "Wedde",
            "themas": ["vervoer"],
            "contact": "www.weddedathetlukt.nl",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "niet meer dan 300 tekens" in html and "niet meer dan 8000 tekens" in html
    assert stand(APPS) == voor
    assert not Voorbeeldproject.objects.filter(titel="Buurtbus").exists()


def test_afwijzen_zonder_reden_zegt_waarom_en_laat_het_project_staan(staf, ingediend, client_for):
    response = client_for(None, staf).post(
        reverse(
            "leerkring:project_beoordelen", args=[ingediend.slug], urlconf="noaber.urls_public"
        ),
        {"besluit": "afwijzen", "reden": " "},
        follow=True,
    )
    assert "Schrijf kort waarom het project (nog) niet geplaatst wordt." in (
        response.content.decode()
    )
    ingediend.refresh_from_db()
    assert ingediend.status == Voorbeeldproject.Status.INGEDIEND
