"""Every URL of every tenant app (kern, mdo, activiteiten, rapportage) × every role: a table,
so a new page without a rule shows up here.

Volunteers and read-only users must not reach what their role forbids, members of another
foundation get 403 everywhere, anonymous visitors are sent to log in. The case is built once
for the module inside one transaction that is rolled back at the end (as Django's
setUpTestData does); each test runs in a savepoint inside it.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from activiteiten import services as activiteiten
from kern import services
from kern.models import Signaal, Taak
from mdo import services as mdo
from rapportage import services as rapportage
from rapportage.models import Rapportexport
from tenants.models import Lidmaatschap, User
from tenants.services import lidmaatschap_grant
from tests.kern import factories as f

pytestmark = pytest.mark.django_db

OK, NEE, OMLEIDING = 200, 403, 302


@pytest.fixture(scope="module")
def eenmaal(wereld, django_db_blocker):
    """One transaction for the whole module, rolled back afterwards."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def alleen_lezen(wereld, eenmaal):
    user = User.objects.create_user("lea@wedde.example", "geheim-wachtwoord-42")
    lidmaatschap_grant(user=user, organisatie=wereld.wedde, rol=Lidmaatschap.Rol.ALLEEN_LEZEN)
    return user


@pytest.fixture(scope="module")
def wedde_zaak(wereld, eenmaal, alleen_lezen):
    """One case of each kind in Wedde: Geesje helped by Bert (the volunteer's account), an MDO
    about her, a Samen aan tafel, a grant and the coordinator's finished export."""
    anne = wereld.coordinator_wedde
    with schema_context(wereld.wedde.schema_name):
        geesje = f.inwoner(door=anne, notities="Gebruikt bloedverdunners")
        klaas = f.inwoner(door=anne, voornaam="Klaas", achternaam="Ubbens", telefoon="06-00999888")
        bert = f.vrijwilliger(voornaam="Bert", achternaam="Smit", user=wereld.vrijwilliger_wedde)
        hv = f.hulpvraag(inwoner=geesje, door=anne)
        ander = f.hulpvraag(inwoner=klaas, door=anne, geschatte_uren=Decimal("1"))
        match = services.match_choose(hulpvraag=hv, vrijwilliger=bert, door=anne)
        services.kennismaking_record(match=match, datum=timezone.localdate(), klik=True, door=anne)
        services.afsprakendossier_create(
            match=match,
            wel="Heg snoeien",
            frequentie="maandelijks",
            startdatum=timezone.localdate(),
            door=anne,
        )
        signaal = services.signaal_report(
            inwoner=geesje, omschrijving="Ze lijkt vergeetachtig", door=anne
        )
        escalated = services.signaal_report(inwoner=klaas, omschrijving="Twijfel", door=anne)
        services.signaal_escalate(
            signaal=escalated, toelichting="Wat vindt het bestuur?", door=anne
        )
        aandacht = services.aandacht_add(
            inwoner=klaas, reden="Weduwnaar sinds kort", contact_elke_dagen=14, door=anne
        )
        verwijzing = services.verwijzing_create(
            inwoner=klaas, partner="Wmo", reden="Trapliftvraag", door=anne
        )
        taak = Taak.objects.create(
            soort=Taak.Soort.OVERIG,
            omschrijving="Tuinafval wegbrengen",
            vrijwilliger=bert,
            uitvoerder=Taak.Uitvoerder.VRIJWILLIGER,
            vervaldatum=timezone.localdate() + timedelta(days=2),
        )
        coord_taak = Taak.objects.create(
            soort=Taak.Soort.OVERIG,
            omschrijving="Klaas bellen",
            inwoner=klaas,
            vervaldatum=timezone.localdate(),
        )
        services.toestemming_record(
            inwoner=geesje, onderwerp="mdo", gegeven=True, datum=timezone.localdate(), door=anne
        )
        overleg = mdo.mdo_create(datum=timezone.now() + timedelta(days=7), door=anne)
        bespreking = mdo.mdo_bespreking_create(
            overleg=overleg, inwoner=geesje, aanleiding="ingebracht"
        )
        soort = activiteiten.activiteitsoort_create(
            naam="Samen aan tafel", slug="samen-aan-tafel", locatie="Eetcafé Veelerveen"
        )
        (activiteit,) = activiteiten.activiteit_plan(
            soort=soort, begint_op=timezone.now() + timedelta(days=10)
        )
        subsidie = rapportage.subsidie_create(
            financier=rapportage.financier_create(naam="Oranje Fonds", soort="fonds"),
            naam="Samen aan tafel 2027",
            bedrag=Decimal("5000"),
            begin=timezone.localdate(),
            einde=timezone.localdate() + timedelta(days=365),
        )
        export = Rapportexport.objects.create(
            soort="kwartaal",
            formaat="csv",
            status=Rapportexport.Status.KLAAR,
            bestandsnaam="kwartaaloverzicht.csv",
            inhoud=b"kwartaal;hulpvragen\n",
            aangevraagd_door=anne,
        )
    return {
        "mdo": overleg.pk,
        "bespreking": bespreking.pk,
        "activiteit": activiteit.pk,
        "subsidie": subsidie.pk,
        "export": export.pk,
        "geesje": geesje.pk,
        "klaas": klaas.pk,
        "bert": bert.pk,
        "hv": hv.pk,
        "ander": ander.pk,
        "match": match.pk,
        "signaal": signaal.pk,
        "escalated": escalated.pk,
        "aandacht": aandacht.pk,
        "verwijzing": verwijzing.pk,
        "taak": taak.pk,
        "coord_taak": coord_taak.pk,
    }


# (url name, kwargs key, coordinator, vrijwilliger, bestuur, alleen-lezen)
GET_TABEL = [
    ("kern:dashboard", None, OK, OK, OK, OK),
    ("kern:inwoners", None, OK, NEE, NEE, OK),
    ("kern:inwoner_nieuw", None, OK, NEE, NEE, NEE),
    ("kern:inwoner", "geesje", OK, NEE, NEE, OK),
    ("kern:inwoner", "klaas", OK, NEE, NEE, OK),
    ("kern:inwoner_bewerken", "geesje", OK, NEE, NEE, NEE),
    ("kern:toestemming_nieuw", "geesje", OK, NEE, NEE, NEE),
    ("kern:contact_nieuw", "geesje", OK, NEE, NEE, NEE),
    ("kern:aandacht_nieuw", "geesje", OK, NEE, NEE, NEE),
    ("kern:verwijzing_nieuw", "geesje", OK, NEE, NEE, NEE),
    ("kern:hulpvragen", None, OK, NEE, NEE, OK),
    ("kern:hulpvraag_nieuw", None, OK, NEE, NEE, NEE),
    ("kern:hulpvraag", "hv", OK, NEE, NEE, OK),
    ("kern:hulpvraag_status", "hv", OK, NEE, NEE, NEE),
    ("kern:hulpvraag_koppel", "hv", OK, NEE, NEE, NEE),
    ("kern:hulpvraag_bewerken", "hv", OK, NEE, NEE, NEE),
    ("kern:kandidaten", "ander", OK, NEE, NEE, NEE),
    ("kern:kennismaking", "match", OK, NEE, NEE, NEE),
    ("kern:afspraken", "match", OK, NEE, NEE, NEE),
    ("kern:taak_afronden", "taak", OK, OK, NEE, NEE),
    ("kern:taak_afronden", "coord_taak", OK, 404, NEE, NEE),
    ("kern:verwijzing_antwoord", "verwijzing", OK, NEE, NEE, NEE),
    ("kern:aandachtslijst", None, OK, NEE, NEE, OK),
    ("kern:signalen", None, OK, NEE, OK, NEE),
    ("kern:signaal_nieuw", None, OK, OK, NEE, NEE),
    ("kern:signaal", "signaal", OK, NEE, 404, NEE),
    ("kern:signaal", "escalated", OK, NEE, OK, NEE),
    ("kern:vrijwilligers", None, OK, NEE, NEE, OK),
    ("kern:vrijwilliger_nieuw", None, OK, NEE, NEE, NEE),
    ("kern:vrijwilliger_bewerken", "bert", OK, NEE, NEE, NEE),
    ("kern:mijn", None, OK, OK, NEE, NEE),
    ("kern:mijn_uren", None, OMLEIDING, OMLEIDING, NEE, NEE),  # moved to kern:uren
    ("kern:uren", None, OK, OK, NEE, NEE),
    ("kern:intake", None, OK, OK, OK, OK),
    ("kern:intake_bedankt", None, OK, OK, OK, OK),
    # the MDO is case work: coordinator only
    ("mdo:lijst", None, OK, NEE, NEE, NEE),
    ("mdo:detail", "mdo", OK, NEE, NEE, NEE),
    ("mdo:agenda_pdf", "mdo", OK, NEE, NEE, NEE),
    ("mdo:verslag_pdf", "mdo", OK, NEE, NEE, NEE),
    ("mdo:bespreking", "bespreking", OK, NEE, NEE, NEE),
    # activities: every member sees them, the coordinator plans (writes in POST_TABEL)
    ("activiteiten:lijst", None, OK, OK, OK, OK),
    ("activiteiten:detail", "activiteit", OK, OK, OK, OK),
    ("activiteiten:publiek", None, OK, OK, OK, OK),
    ("activiteiten:publiek_aanmelden", "activiteit", OK, OK, OK, OK),
    # reports are counts: coordinator, board and read-only; grants managed by coordinator/board
    ("rapportage:financiering", None, OK, NEE, OK, OK),
    ("rapportage:subsidie", "subsidie", OK, NEE, OK, OK),
    ("rapportage:kwartaal", None, OK, NEE, OK, OK),
    # an export belongs to the person who asked for it
    ("rapportage:export", "export", OK, NEE, 404, 404),
    ("rapportage:export_download", "export", OK, NEE, 404, 404),
]
ROLLEN = ["coordinator", "vrijwilliger", "bestuur", "alleen-lezen"]
PUBLIEK = {
    "kern:intake",
    "kern:intake_bedankt",
    "activiteiten:publiek",
    "activiteiten:publiek_aanmelden",
}


def _url(naam, sleutel, zaak):
    return reverse(naam, kwargs={"pk": zaak[sleutel]} if sleutel else None)


def _user(wereld, alleen_lezen, rol):
    return {
        "coordinator": wereld.coordinator_wedde,
        "vrijwilliger": wereld.vrijwilliger_wedde,
        "bestuur": wereld.bestuur_wedde,
        "alleen-lezen": alleen_lezen,
    }[rol]


GEVALLEN = [
    pytest.param(naam, sleutel, rol, verwacht, id=f"{naam}-{sleutel}-{rol}")
    for naam, sleutel, *verwachtingen in GET_TABEL
    for rol, verwacht in zip(ROLLEN, verwachtingen, strict=True)
]


@pytest.mark.parametrize(("naam", "sleutel", "rol", "verwacht"), GEVALLEN)
def test_elke_pagina_per_rol(
    wereld, wedde_zaak, alleen_lezen, client_for, naam, sleutel, rol, verwacht
):
    response = client_for(wereld.wedde, _user(wereld, alleen_lezen, rol)).get(
        _url(naam, sleutel, wedde_zaak)
    )
    assert response.status_code == verwacht
    if verwacht == OK and rol != "coordinator":
        assert b"bloedverdunners" not in response.content  # health notes: coordinator only
    if naam == "kern:dashboard" and rol == "alleen-lezen":
        assert "Signalen zonder reactie" not in response.content.decode()  # not for read-only


@pytest.mark.parametrize(("naam", "sleutel"), [(r[0], r[1]) for r in GET_TABEL])
def test_lid_van_ulrum_komt_nergens_in_wedde(wereld, wedde_zaak, client_for, naam, sleutel):
    response = client_for(wereld.wedde, wereld.coordinator_ulrum).get(
        _url(naam, sleutel, wedde_zaak)
    )
    assert response.status_code == (200 if naam in PUBLIEK else 403)
    assert b"Wedderveld" not in response.content


@pytest.mark.parametrize(("naam", "sleutel"), [(r[0], r[1]) for r in GET_TABEL])
def test_anoniem_moet_inloggen_behalve_bij_aanmelden(wereld, wedde_zaak, client_for, naam, sleutel):
    response = client_for(wereld.wedde).get(_url(naam, sleutel, wedde_zaak))
    if naam in PUBLIEK:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_coordinator_van_ulrum_ziet_zaak_van_wedde_niet_in_eigen_huis(
    wereld, wedde_zaak, client_for
):
    client = client_for(wereld.ulrum, wereld.coordinator_ulrum)
    assert (
        client.get(reverse("kern:inwoner", kwargs={"pk": wedde_zaak["geesje"]})).status_code == 404
    )
    assert client.get(reverse("kern:hulpvraag", kwargs={"pk": wedde_zaak["hv"]})).status_code == 404


POST_TABEL = [
    # (url name, key, data, allowed roles)
    ("kern:afspraken_teken", "match", {"partij": "inwoner"}, {"coordinator"}),
    ("kern:hulp_klaar", "hv", {}, {"coordinator"}),
    ("kern:aandacht_stop", "aandacht", {}, {"coordinator"}),
    ("kern:hulpvraag_status", "ander", {"naar": "geannuleerd"}, {"coordinator"}),
    ("kern:contact_nieuw", "klaas", {"soort": "telefoon", "samenvatting": "x"}, {"coordinator"}),
    (
        "kern:signaal",
        "escalated",
        {"formulier": "advies", "a-advies": "Bellen"},
        {"coordinator", "bestuur"},
    ),
    (
        "activiteiten:aanmelden",
        "activiteit",
        {"naam": "Aaltje", "ticket": "deelnemer"},
        {"coordinator"},
    ),
    ("activiteiten:ritten", "activiteit", {}, {"coordinator"}),
    ("activiteiten:aanwezig", "activiteit", {}, {"coordinator"}),
    (
        "rapportage:export_start",
        None,
        {"formaat": "csv"},
        {"coordinator", "bestuur", "alleen-lezen"},
    ),
    (
        "rapportage:financiering",
        None,
        {"financier": "1", "naam": "Rabo", "soort": "fonds"},
        {"coordinator", "bestuur"},
    ),
]


@pytest.mark.parametrize(("naam", "sleutel", "data", "mogen"), POST_TABEL)
@pytest.mark.parametrize("rol", ROLLEN)
def test_schrijven_alleen_met_de_juiste_rol(
    wereld, wedde_zaak, alleen_lezen, client_for, naam, sleutel, data, mogen, rol
):
    response = client_for(wereld.wedde, _user(wereld, alleen_lezen, rol)).post(
        _url(naam, sleutel, wedde_zaak), data
    )
    if rol in mogen:
        # 400: let in, and the page says why the post itself was refused (rides without a driver).
        assert response.status_code in (200, 302, 400)
    else:
        assert (
            response.status_code in (302, 403)
            if rol == "vrijwilliger" and naam == "kern:signaal"
            else response.status_code == 403
        )


def test_vrijwilliger_ziet_alleen_eigen_inwoner_en_geen_notities(wereld, wedde_zaak, client_for):
    client = client_for(wereld.wedde, wereld.vrijwilliger_wedde)
    mijn = client.get(reverse("kern:mijn"))
    assert mijn.status_code == 200
    assert b"Wedderveld" in mijn.content
    assert b"Ubbens" not in mijn.content
    assert b"bloedverdunners" not in mijn.content
    melden = client.get(reverse("kern:signaal_nieuw"))
    assert b"Wedderveld" in melden.content and b"Ubbens" not in melden.content
    # reporting about someone they do not help is refused
    response = client.post(
        reverse("kern:signaal_nieuw"), {"inwoner": wedde_zaak["klaas"], "omschrijving": "x"}
    )
    assert response.status_code == 400
    assert b"Kies een van de mogelijkheden" in response.content or b"errorlist" in response.content
    with schema_context(wereld.wedde.schema_name):
        assert not Signaal.objects.filter(
            inwoner_id=wedde_zaak["klaas"], gemeld_door=wereld.vrijwilliger_wedde
        ).exists()


def test_tabel_dekt_elke_url_van_elke_tenant_app():
    from importlib import import_module

    namen = {
        f"{app}:{p.name}"
        for app in ("kern", "mdo", "activiteiten", "rapportage")
        for p in import_module(f"{app}.urls").urlpatterns
    }
    gedekt = {row[0] for row in GET_TABEL} | {row[0] for row in POST_TABEL}
    assert namen == gedekt
