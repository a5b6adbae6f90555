"""This app's part of the demo (public schema). Idempotent.

The Leerkring gets the real May 2019 meeting and a few posts that are marked as
examples: the conversations themselves are illustrative. (The ADA toolbox's real
content is ada.demo's.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone

from leerkring import services
from leerkring.models import Bericht, Bijeenkomst, Verslag
from tenants.models import User


def _user(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def _leerkring_2019(staf: User) -> None:
    """The first Leerkring (May 2019), as the Wedde report describes it."""
    if Bijeenkomst.objects.filter(
        titel__startswith="Leerkring dorpsondersteuner, mei 2019"
    ).exists():
        return
    bijeenkomst = Bijeenkomst.objects.create(
        titel="Leerkring dorpsondersteuner, mei 2019",
        begint_op=timezone.make_aware(datetime(2019, 5, 15, 14, 0)),  # day and hour: voorbeeld
        plaats="Groningen (voorbeeld: de plaats staat niet in de bron)",
        agenda=(
            "Ervaringen uitwisselen tussen dorpen met en zonder dorpsondersteuner.\n"
            "Mogelijkheden en belemmeringen die dorpen tegenkomen."
        ),
        max_deelnemers=20,
        organisator=staf,
    )
    verslag = Verslag.objects.create(
        bijeenkomst=bijeenkomst,
        auteur=staf,
        tekst=(
            "In mei 2019 namen acht dorpen deel aan de eerste Leerkring dorpsondersteuner: dorpen "
            "met een dorpsondersteuner, maar ook dorpen die er nog geen hebben. Deelnemers vulden "
            "vooraf een vragenlijst in. De mogelijkheden en belemmeringen die dorpen gaandeweg "
            "tegenkomen kwamen uitgebreid aan de orde.\n\n"
            "Aanleiding: de positie van de dorpsondersteuner wordt soms als eenzaam ervaren, omdat "
            "het op allerlei vlakken pionieren is. Vrijwilligers blijken onmisbaar, met name bij "
            "kleine informele hulpvragen."
        ),
        lessen=(
            "Versterk samen het netwerk van dorpen die met een dorpsondersteuner aan de slag "
            "gaan.\n"
            "Maak samen een ontwikkelingsslag.\n"
            "Geef zichtbaarheid aan de rol van de dorpsondersteuner als drager en eigenaar van "
            "dorpsinitiatieven."
        ),
    )
    services.verslag_index(verslag.pk)


def _komende_bijeenkomst(staf: User) -> None:
    if Bijeenkomst.objects.filter(begint_op__gte=timezone.now()).exists():
        return
    begint = (timezone.now() + timedelta(days=30)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    services.bijeenkomst_create(
        organisator=staf,
        titel="Leerkring: vrijwilligers werven en vasthouden (voorbeeld)",
        begint_op=begint,
        plaats="Dorpshuis, plaats volgt (voorbeeld)",
        online_link="",
        agenda=(
            "Voorbeeldagenda:\n1. Welkom en voorstelronde\n2. Wat werkt bij het werven van "
            "vrijwilligers?\n3. Afspraken over wat vrijwilligers wel en niet doen\n4. Afsluiting"
        ),
        max_deelnemers=16,
        vragen=[
            "Hoeveel vrijwilligers heeft jullie initiatief ongeveer?",
            "Waar lopen jullie tegenaan bij het werven of vasthouden van vrijwilligers?",
            "Wat wil je de andere dorpen vragen?",
        ],
    )


def _voorbeeldberichten() -> None:
    if Bericht.objects.exists():
        return
    ulrum = _user("coordinator@ulrum.example")
    wedde = _user("coordinator@wedde.example")
    noordbroek = _user("coordinator@noordbroek.example")
    if not (ulrum and wedde):
        return
    vraag = services.bericht_create(
        auteur=wedde,
        soort=Bericht.Soort.VRAAG,
        titel="Hoe maken jullie afspraken met vrijwilligers? (voorbeeldbericht)",
        tekst=(
            "Voorbeeldbericht in de demo. Wij twijfelen soms of een klus nog bij vrijwilligers "
            "past of bij een vakman. Hoe trekken jullie die grens?"
        ),
        thema_slugs=["vrijwilligers-werven"],
    )
    services.reactie_create(
        auteur=ulrum,
        bericht=vraag,
        tekst=(
            "Voorbeeldreactie. In het rapport over Wedde staat de vuistregel: wat je normaal als "
            "burendienst zou doen, en een klus duurt maximaal 2 uur."
        ),
    )
    if noordbroek:
        services.bericht_create(
            auteur=noordbroek,
            soort=Bericht.Soort.ERVARING,
            titel="Vervoer regelen voor een maaltijd in het dorp (voorbeeldbericht)",
            tekst=(
                "Voorbeeldbericht in de demo. Bij Samen aan tafel in Veelerveen halen "
                "vrijwilligers mensen zonder vervoer op en brengen ze weer thuis. Dat verlaagt de "
                "drempel."
            ),
            thema_slugs=["vervoer", "eenzaamheid"],
        )


def seed(*, accounts) -> None:
    from tenants.demo import STAFF_EMAIL

    staf = _user(STAFF_EMAIL)
    if staf is None:
        return
    _leerkring_2019(staf)
    _komende_bijeenkomst(staf)
    _voorbeeldberichten()
