"""Fictional case data for one demo tenant. Call inside the tenant's schema."""

from __future__ import annotations

from kern.models import Inwoner


def fictional_phone(faker) -> str:
    # 06-00… is not handed out to subscribers: plainly not a real number.
    return f"06-00{faker.numerify('######')}"


def seed_tenant(*, organisatie, faker, residents: int, **kwargs) -> None:
    if Inwoner.objects.exists():
        return
    dorpen = list(organisatie.dorpen.all())
    Inwoner.objects.bulk_create(
        Inwoner(
            voornaam=faker.first_name(),
            achternaam=faker.last_name(),
            straat=f"{faker.street_name()} {faker.building_number()}",
            dorp=dorpen[i % len(dorpen)] if dorpen else None,
            telefoon=fictional_phone(faker),
            geboortedatum=faker.date_of_birth(minimum_age=60, maximum_age=95),
        )
        for i in range(residents)
    )
