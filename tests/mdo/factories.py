"""Small builders with Dutch names for the MDO, activity and report tests."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from kern.models import Inwoner, Toestemming, Vrijwilliger


def inwoner(voornaam="Grietje", achternaam="Boelens", *, mdo: bool | None = True, dorp=None):
    i = Inwoner.objects.create(
        voornaam=voornaam,
        achternaam=achternaam,
        dorp=dorp,
        telefoon="06-00123456",
        notities="Heeft hartfalen; zoon woont in Zwolle.",
        geboortedatum=date(1938, 4, 2),
    )
    if mdo is not None:
        Toestemming.objects.create(
            inwoner=i, onderwerp=Toestemming.Onderwerp.MDO, gegeven=mdo, datum=timezone.localdate()
        )
    return i


def chauffeur(voornaam="Harm", achternaam="Smit", **extra):
    return Vrijwilliger.objects.create(
        voornaam=voornaam,
        achternaam=achternaam,
        email=f"{voornaam.lower()}@wedde.example",
        eigen_auto=True,
        **extra,
    )
