"""Praktijk: questions, replies, the helpful answer, following a theme, mail."""

from __future__ import annotations

import pytest
from django.core import mail

from leerkring import services
from leerkring.models import Bericht, Reactie
from noaber.errors import GeenToegang, ValidatieFout

pytestmark = pytest.mark.django_db


def test_lid_stelt_vraag_en_ziet_zijn_dorpsinitiatief_erbij(wereld, client_for):
    client = client_for(None, wereld.coordinator_ulrum)
    response = client.post(
        "/leerkring/praktijk/nieuw/",
        {
            "soort": "vraag",
            "titel": "Vrijwilligers vinden",
            "tekst": "Tips?",
            "themas": ["vrijwilligers-werven"],
        },
    )
    bericht = Bericht.objects.get(titel="Vrijwilligers vinden")
    assert response.status_code == 302
    assert bericht.organisatie == wereld.ulrum
    page = client.get(f"/leerkring/praktijk/{bericht.pk}/")
    assert "DörpsZörg Ulrum" in page.content.decode()


def test_bericht_zonder_thema_wordt_geweigerd_met_nederlandse_fout(wereld, client_for):
    client = client_for(None, wereld.coordinator_ulrum)
    response = client.post(
        "/leerkring/praktijk/nieuw/", {"soort": "vraag", "titel": "Iets", "tekst": "Tekst"}
    )
    assert response.status_code == 400
    assert "Kies minstens één thema." in response.content.decode()
    assert not Bericht.objects.exists()


def test_alleen_de_vraagsteller_markeert_het_nuttige_antwoord(wereld, client_for, maak_bericht):
    vraag = maak_bericht(wereld.coordinator_ulrum)
    antwoord = services.reactie_create(
        auteur=wereld.coordinator_wedde, bericht=vraag, tekst="Wij hebben een vervoerspoule."
    )
    with pytest.raises(GeenToegang):
        services.bericht_mark_helpful(
            user=wereld.coordinator_wedde, bericht=vraag, reactie=antwoord
        )

    client = client_for(None, wereld.coordinator_ulrum)
    client.post(f"/leerkring/praktijk/{vraag.pk}/nuttig/{antwoord.pk}/")
    vraag.refresh_from_db()
    assert vraag.nuttig_antwoord == antwoord
    assert vraag.aantal_reacties == 1


def test_nuttig_markeren_kan_niet_met_reactie_van_ander_bericht(wereld, maak_bericht):
    vraag = maak_bericht(wereld.coordinator_ulrum)
    ander = maak_bericht(wereld.coordinator_ulrum, titel="Ander")
    reactie = services.reactie_create(auteur=wereld.coordinator_wedde, bericht=ander, tekst="Ja")
    with pytest.raises(ValidatieFout):
        services.bericht_mark_helpful(user=wereld.coordinator_ulrum, bericht=vraag, reactie=reactie)


def test_vraagsteller_krijgt_mail_bij_reactie(
    wereld, maak_bericht, django_capture_on_commit_callbacks
):
    vraag = maak_bericht(wereld.coordinator_ulrum)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst="Probeer X")
    assert [m.to for m in mail.outbox] == [[wereld.coordinator_ulrum.email]]
    assert "Wedde dat 't lukt" in mail.outbox[0].body
    assert f"/leerkring/praktijk/{vraag.pk}/" in mail.outbox[0].body


def test_geen_mail_bij_reactie_als_lid_dat_uitzette(
    wereld, maak_bericht, django_capture_on_commit_callbacks
):
    services.profiel_update(
        user=wereld.coordinator_ulrum,
        over_mij="",
        mail_bij_reactie=False,
        mail_bij_thema=True,
        weekoverzicht=True,
    )
    vraag = maak_bericht(wereld.coordinator_ulrum)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst="Probeer X")
    assert mail.outbox == []


def test_wie_een_thema_volgt_krijgt_mail_bij_nieuw_bericht(
    wereld, client_for, maak_bericht, django_capture_on_commit_callbacks
):
    client = client_for(None, wereld.coordinator_wedde)
    assert client.post("/leerkring/thema/vervoer/volgen/", {"volgen": "1"}).status_code == 302
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        maak_bericht(wereld.coordinator_ulrum, themas=("vervoer",))
        maak_bericht(wereld.coordinator_ulrum, titel="Privacyvraag", themas=("privacy",))
    assert [m.to for m in mail.outbox] == [[wereld.coordinator_wedde.email]]
    assert "Vervoer naar het ziekenhuis" in mail.outbox[0].subject


def test_weekoverzicht_gaat_naar_leden_met_de_instelling_aan(wereld, maak_bericht):
    from leerkring.tasks import weekoverzicht_send

    maak_bericht(wereld.coordinator_ulrum, titel="Deze week gevraagd")
    services.profiel_ensure(user=wereld.coordinator_wedde)
    services.profiel_update(
        user=wereld.bestuur_wedde,
        over_mij="",
        mail_bij_reactie=True,
        mail_bij_thema=True,
        weekoverzicht=False,
    )
    mail.outbox.clear()
    assert weekoverzicht_send.delay().get() == 1
    assert [m.to for m in mail.outbox] == [[wereld.coordinator_wedde.email]]
    assert "Deze week gevraagd" in mail.outbox[0].body


def test_te_veel_berichten_per_uur_worden_geweigerd(wereld, client_for, maak_bericht):
    for i in range(services.BERICHTEN_PER_UUR):
        maak_bericht(wereld.coordinator_ulrum, titel=f"Bericht {i}")
    client = client_for(None, wereld.coordinator_ulrum)
    response = client.post(
        "/leerkring/praktijk/nieuw/",
        {"soort": "vraag", "titel": "Nog een", "tekst": "Tekst", "themas": ["vervoer"]},
    )
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert Bericht.objects.count() == services.BERICHTEN_PER_UUR


def test_te_veel_reacties_per_uur_worden_geweigerd(wereld, maak_bericht):
    vraag = maak_bericht(wereld.coordinator_ulrum)
    for i in range(services.REACTIES_PER_UUR):
        services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst=f"r{i}")
    with pytest.raises(services.TeSnel):
        services.reactie_create(auteur=wereld.coordinator_wedde, bericht=vraag, tekst="nog een")
    assert Reactie.objects.count() == services.REACTIES_PER_UUR


def test_profiel_toont_dorpsinitiatief_en_geen_inwoners(wereld, client_for):
    client = client_for(None, wereld.coordinator_ulrum)
    page = client.get(f"/leerkring/leden/{wereld.coordinator_wedde.pk}/").content.decode()
    assert "Wedde dat &#x27;t lukt" in page or "Wedde dat 't lukt" in page
    assert "Westerwolde" in page


def test_wie_geen_lid_is_komt_niet_in_de_leerkring(buitenstaander, client_for):
    assert client_for(None, None).get("/leerkring/").status_code == 302
    assert client_for(None, buitenstaander).get("/leerkring/praktijk/").status_code == 403


def test_staf_is_lid_zonder_lidmaatschap(staf, client_for):
    assert client_for(None, staf).get("/leerkring/").status_code == 200
