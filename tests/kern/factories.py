"""Dutch-named, plainly fictional people of Wedde for kern tests. Call inside Wedde's schema."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from kern import services
from kern.models import Categorie, Hulpvraag
from tenants.models import Dorp


def dorp(naam: str = "Wedde") -> Dorp:
    return Dorp.objects.get(naam=naam, gemeente__naam="Westerwolde")


def categorie(slug: str) -> Categorie:
    return Categorie.objects.get(slug=slug)


def inwoner(*, door=None, voornaam="Geesje", achternaam="Wedderveld", **extra):
    extra.setdefault("straat", "Hoofdweg 12")
    extra.setdefault("telefoon", "06-00123456")
    extra.setdefault("dorp", dorp())
    return services.inwoner_create(
        door=door, toestemming_vastleggen=True, voornaam=voornaam, achternaam=achternaam, **extra
    )


def vrijwilliger(
    *,
    voornaam="Jan",
    achternaam="Boelens",
    categorieen=("klusjes",),
    dorpen=("Wedde",),
    vog_jaren_geleden: float | None = 1,
    **extra,
):
    vog = (
        timezone.localdate() - timedelta(days=int(365 * vog_jaren_geleden))
        if vog_jaren_geleden is not None
        else None
    )
    return services.vrijwilliger_create(
        door=None,
        voornaam=voornaam,
        achternaam=achternaam,
        categorieen=[categorie(c) for c in categorieen],
        dorpen=[dorp(d) for d in dorpen],
        vog_datum=vog,
        **extra,
    )


def hulpvraag(*, inwoner=None, categorie_slug="klusjes", door=None, **extra) -> Hulpvraag:
    extra.setdefault("kanaal", Hulpvraag.Kanaal.TELEFOON)
    extra.setdefault("omschrijving", "De heg moet gesnoeid worden.")
    return services.hulpvraag_create(
        door=door, inwoner=inwoner, categorie=categorie(categorie_slug), **extra
    )


def vandaag() -> date:
    return timezone.localdate()
