"""Fictional case data for one demo tenant. Call inside the tenant's schema.

Everything goes through kern.services, so the demo shows what the product
really does (status log, nabellen tasks, flags). Idempotent: residents are
seeded once, the living part (volunteers, requests, watch list, signals) once.
All people are invented by Faker (nl_NL); phone numbers are 06-00…, a range
that is not handed out to subscribers.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from kern import services
from kern.models import Categorie, Hulpvraag, Inwoner, Match, Taak, Vrijwilliger
from kern.models.vrijwilligers import DAGDELEN
from tenants.models import Lidmaatschap


def fictional_phone(faker) -> str:
    # 06-00… is not handed out to subscribers: plainly not a real number.
    return f"06-00{faker.numerify('######')}"


def seed_tenant(*, organisatie, faker, residents: int, **kwargs) -> None:
    dorpen = list(organisatie.dorpen.all())
    if not Inwoner.objects.exists():
        Inwoner.objects.bulk_create(
            Inwoner(
                voornaam=faker.first_name(),
                achternaam=faker.last_name(),
                straat=f"{faker.street_name()} {faker.building_number()}",
                dorp=dorpen[i % len(dorpen)] if dorpen else None,
                telefoon=fictional_phone(faker),
                geboortedatum=faker.date_of_birth(minimum_age=60, maximum_age=95),
                huishouden="alleenstaand" if i % 3 == 0 else "partner",
                is_mantelzorger=i % 5 == 2,
            )
            for i in range(residents)
        )
    if Vrijwilliger.objects.exists() or residents < 8:
        return
    _seed_living_foundation(organisatie=organisatie, faker=faker, dorpen=dorpen)


def _user(rol: str, slug: str):
    from tenants.demo import demo_email
    from tenants.models import User

    return User.objects.filter(email=demo_email(rol, slug)).first()


def _dorpen_voor(i: int, dorpen: list) -> list:
    """One village each, every other volunteer also the next one: a realistic spread."""
    if not dorpen:
        return []
    eigen = [dorpen[i % len(dorpen)]]
    if i % 2 and len(dorpen) > 1:
        eigen.append(dorpen[(i + 1) % len(dorpen)])
    return eigen


def _vrijwilligers(faker, dorpen, *, account) -> list[Vrijwilliger]:
    cats = {c.slug: c for c in Categorie.objects.all()}
    vandaag = timezone.localdate()
    profielen = [
        # (categories, own car, VOG years ago, status)
        (["klusjes", "vervoer"], True, 1, "actief"),
        (["klusjes", "bezoek"], False, 2, "actief"),
        (["vervoer", "formulieren"], True, 0.5, "actief"),
        (["bezoek", "aandacht", "respijtzorg"], False, 2.9, "actief"),  # VOG expires soon
        (["formulieren", "taal"], False, None, "actief"),
        (["klusjes"], True, 4, "actief"),  # VOG expired
        (["bezoek", "vervoer"], True, 1, "gepauzeerd"),
        (["klusjes", "overig"], False, 1.5, "actief"),
    ]
    result = []
    for i, (soorten, auto, vog, status) in enumerate(profielen):
        result.append(
            services.vrijwilliger_create(
                door=None,
                voornaam=faker.first_name(),
                achternaam=faker.last_name(),
                telefoon=fictional_phone(faker),
                categorieen=[cats[s] for s in soorten if s in cats],
                dorpen=_dorpen_voor(i, dorpen),
                beschikbaarheid=[code for j, (code, _l) in enumerate(DAGDELEN) if (i + j) % 4 == 0],
                eigen_auto=auto,
                max_uren_per_maand=8 + 2 * (i % 3),
                vog_datum=vandaag - timedelta(days=int(365 * vog)) if vog is not None else None,
                status=status,
                user=account if i == 0 else None,
            )
        )
    return result


def _seed_living_foundation(*, organisatie, faker, dorpen) -> None:
    slug = organisatie.slug
    anne = _user(Lidmaatschap.Rol.COORDINATOR, slug)
    account = _user(Lidmaatschap.Rol.VRIJWILLIGER, slug)
    vandaag = timezone.localdate()
    cats = {c.slug: c for c in Categorie.objects.all()}
    inwoners = list(Inwoner.objects.order_by("pk"))
    vrijwilligers = _vrijwilligers(faker, dorpen, account=account)
    jan = vrijwilligers[0]  # the demo volunteer's own record

    def vraag(inwoner, categorie, tekst, **extra):
        return services.hulpvraag_create(
            door=anne,
            inwoner=inwoner,
            categorie=cats.get(categorie),
            kanaal=extra.pop("kanaal", Hulpvraag.Kanaal.TELEFOON),
            omschrijving=tekst,
            **extra,
        )

    def tot_lopend(hv, vrijwilliger, wel, frequentie):
        match = services.match_choose(hulpvraag=hv, vrijwilliger=vrijwilliger, door=anne)
        services.kennismaking_record(match=match, datum=vandaag, klik=True, door=anne)
        dossier = services.afsprakendossier_create(
            match=match,
            wel=wel,
            niet="Geen persoonlijke verzorging, geen geldzaken",
            frequentie=frequentie,
            startdatum=vandaag,
            door=anne,
        )
        for partij in ("inwoner", "vrijwilliger"):
            services.afsprakendossier_sign(dossier=dossier, partij=partij, door=anne)
        return match

    # New: from the public intake (no resident linked yet) and one over the two-hour rule.
    services.hulpvraag_create(
        door=None,
        bron=Hulpvraag.Bron.INTAKE,
        kanaal=Hulpvraag.Kanaal.WEBSITE,
        aanvrager=Hulpvraag.Aanvrager.FAMILIE,
        aanvrager_naam=faker.name(),
        aanvrager_contact=fictional_phone(faker),
        categorie=cats.get("vervoer"),
        omschrijving="Mijn vader moet elke week naar de fysiotherapeut en rijdt zelf niet meer.",
    )
    vraag(
        inwoners[1],
        "respijtzorg",
        "Mantelzorger wil een middag per week vrij; haar man kan niet alleen blijven.",
        aanvrager=Hulpvraag.Aanvrager.WMO,
        geschatte_uren=Decimal("4"),
        terugkerend=True,
    )
    # Kennismaking planned.
    hv = vraag(inwoners[2], "formulieren", "Hulp bij de aanvraag huurtoeslag.")
    services.match_choose(hulpvraag=hv, vrijwilliger=vrijwilligers[2], door=anne)
    # Running help by the demo volunteer, with hours.
    hv = vraag(
        inwoners[3],
        "klusjes",
        "De heg moet gesnoeid en het gras gemaaid.",
        aanvrager=Hulpvraag.Aanvrager.BUREN,
        terugkerend=True,
        geschatte_uren=Decimal("1.5"),
    )
    match = tot_lopend(hv, jan, "Heg snoeien en gras maaien", "eens per twee weken")
    services.uren_log(
        vrijwilliger=jan, match=match, datum=vandaag, uren="1.5", door=account, omschrijving="Heg"
    )
    # Help given: nabellen tasks for both.
    hv = vraag(inwoners[4], "vervoer", "Vervoer naar het ziekenhuis in Winschoten.")
    tot_lopend(hv, vrijwilligers[2], "Heen en terug naar het ziekenhuis", "eenmalig")
    services.hulp_finish(hulpvraag=hv, door=anne)
    # Done, well rated (counts as an earlier good match for this resident).
    hv = vraag(inwoners[5], "bezoek", "Wekelijks een kopje koffie en een wandeling.")
    tot_lopend(hv, vrijwilligers[3], "Koffie drinken en wandelen", "wekelijks")
    services.hulp_finish(hulpvraag=hv, door=anne)
    for taak in Taak.objects.filter(hulpvraag=hv):
        services.taak_complete(taak=taak, door=anne, uitkomst="Tevreden", beoordeling=5)
    # Referred to a professional partner, with the answer back.
    hv = vraag(
        inwoners[6],
        "aandacht",
        "Hulp bij wassen en aankleden.",
        aanvrager=Hulpvraag.Aanvrager.HUISARTS,
        professionele_zorg=True,
    )
    verwijzing = services.verwijzing_create(
        inwoner=inwoners[6],
        hulpvraag=hv,
        partner="Thuiszorg (wijkverpleging)",
        reden="Persoonlijke verzorging is geen vrijwilligerswerk",
        door=anne,
    )
    services.verwijzing_answer(verwijzing=verwijzing, antwoord="Indicatie gesteld", door=anne)

    # Watch list: two overdue, one on time.
    for inwoner, reden, dagen, volgend in (
        (inwoners[7], "Weduwnaar sinds kort, komt de deur weinig uit", 14, -3),
        (inwoners[8], "Vergeetachtig, woont alleen", 7, -1),
        (inwoners[9], "Mantelzorger, zwaar belast", 30, 12),
    ):
        services.aandacht_add(
            inwoner=inwoner,
            reden=reden,
            contact_elke_dagen=dagen,
            volgend_contact=vandaag + timedelta(days=volgend),
            door=anne,
        )
    services.contactmoment_create(
        inwoner=inwoners[9], soort="telefoon", samenvatting="Even gebeld, gaat redelijk", door=anne
    )

    # Signals: one new from the demo volunteer, one put to the board, one handled.
    services.signaal_report(
        inwoner=inwoners[3],
        omschrijving="De brievenbus puilt uit en de gordijnen bleven dicht.",
        door=account,
    )
    twijfel = services.signaal_report(
        inwoner=inwoners[8], omschrijving="Lijkt geld te geven aan een colporteur.", door=anne
    )
    services.signaal_escalate(
        signaal=twijfel, toelichting="Moeten we de familie inlichten?", door=anne
    )
    gezien = services.signaal_report(
        inwoner=inwoners[7], omschrijving="Valt vaak, had een blauwe plek.", door=anne
    )
    services.signaal_handle(
        signaal=gezien,
        actie="Met huisarts overlegd",
        uitkomst="Valpreventie via fysiotherapeut",
        afgehandeld=True,
        door=anne,
    )
    # Spread the requests over the past weeks, for a realistic dashboard and quarter.
    for n, pk in enumerate(Hulpvraag.objects.order_by("pk").values_list("pk", flat=True)):
        Hulpvraag.objects.filter(pk=pk).update(
            aangemaakt_op=timezone.now() - timedelta(days=2 * (8 - n), hours=n)
        )
    Match.objects.filter(vrijwilliger=jan).update(beoordeling=None)
