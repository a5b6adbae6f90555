"""Writes for matches, the kennismaking and the afsprakendossier.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kern.aggregates import publicatie_schedule
from kern.matching import kandidaten
from kern.models import (
    Afsprakendossier,
    Contactmoment,
    Hulpvraag,
    Kennismaking,
    Match,
    Vrijwilliger,
)
from kern.services._gedeeld import S
from kern.services.hulpvragen import hulpvraag_transition
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- match, kennismaking, afsprakendossier -----------------------------------------------


@transaction.atomic
def match_choose(*, hulpvraag: Hulpvraag, vrijwilliger: Vrijwilliger, door: User | None) -> Match:
    """The coordinator picks a volunteer; the reasons shown at that moment are kept."""
    hulpvraag = (
        Hulpvraag.objects.select_for_update(of=("self",))
        .select_related("inwoner", "categorie")
        .get(pk=hulpvraag.pk)
    )
    if hulpvraag.status != S.NIEUW:
        raise ValidatieFout(
            _("Een vrijwilliger kies je bij een nieuwe hulpvraag."), field="vrijwilliger"
        )
    if vrijwilliger.status != Vrijwilliger.Status.ACTIEF:
        raise ValidatieFout(_("Deze vrijwilliger is niet actief."), field="vrijwilliger")
    kandidaat = next(
        (k for k in kandidaten(hulpvraag) if k.vrijwilliger.pk == vrijwilliger.pk), None
    )
    if kandidaat is None:
        raise ValidatieFout(_("Deze vrijwilliger kan deze hulp niet bieden."), field="vrijwilliger")
    if not kandidaat.geschikt:
        bezwaar = next(r.tekst for r in kandidaat.redenen if not r.positief)
        raise ValidatieFout(
            format_lazy(_("Deze vrijwilliger past niet: {}"), bezwaar), field="vrijwilliger"
        )
    match = clean_save(
        Match(
            hulpvraag=hulpvraag,
            vrijwilliger=vrijwilliger,
            redenen=kandidaat.as_json(),
            gekozen_door=door,
        )
    )
    hulpvraag_transition(hulpvraag=hulpvraag, naar=S.KENNISMAKING, door=door)
    return match


@transaction.atomic
def kennismaking_record(
    *, match: Match, datum: date, klik: bool, door: User | None, notitie: str = ""
) -> Kennismaking:
    """The intro visit. No klik: the match ends and the request is open for another volunteer."""
    match = (
        Match.objects.select_for_update(of=("self",)).select_related("hulpvraag").get(pk=match.pk)
    )
    if match.status != Match.Status.GEKOZEN or hulpvraag_status(match) != S.KENNISMAKING:
        raise ValidatieFout(_("Deze kennismaking is al vastgelegd."), field="klik")
    if not isinstance(klik, bool):
        raise ValidatieFout(_("Geef aan of er een klik was."), field="klik")
    kennismaking = clean_save(Kennismaking(match=match, datum=datum, klik=klik, notitie=notitie))
    match.status = Match.Status.ACTIEF if klik else Match.Status.GEEN_KLIK
    match.save(update_fields=["status"])
    publicatie_schedule(moment=kennismaking.datum)
    if not klik:
        hulpvraag_transition(
            hulpvraag=match.hulpvraag,
            naar=S.NIEUW,
            door=door,
            toelichting=str(_("Geen klik bij de kennismaking")),
        )
    if match.hulpvraag.inwoner_id:
        clean_save(
            Contactmoment(
                inwoner_id=match.hulpvraag.inwoner_id,
                soort=Contactmoment.Soort.BEZOEK,
                op=timezone.now(),
                door=door,
                samenvatting=str(
                    format_lazy(
                        _("Kennismaking met {}: {}"),
                        match.vrijwilliger,
                        _("klik") if klik else _("geen klik"),
                    )
                ),
            )
        )
    return kennismaking


def hulpvraag_status(match: Match) -> str:
    return Hulpvraag.objects.filter(pk=match.hulpvraag_id).values_list("status", flat=True)[0]


@transaction.atomic
def afsprakendossier_create(
    *,
    match: Match,
    wel: str,
    frequentie: str,
    startdatum: date,
    door: User | None,
    niet: str = "",
    einddatum: date | None = None,
) -> Afsprakendossier:
    """Write down what the volunteer will and won't do; the request moves to ``afspraak``."""
    match = Match.objects.select_for_update().get(pk=match.pk)
    if match.status != Match.Status.ACTIEF:
        raise ValidatieFout(_("Maak afspraken na een kennismaking met klik."), field="wel")
    if Afsprakendossier.objects.filter(match=match).exists():
        raise ValidatieFout(_("Voor deze match bestaat al een afsprakendossier."), field="wel")
    dossier = clean_save(
        Afsprakendossier(
            match=match,
            wel=wel,
            niet=niet,
            frequentie=frequentie,
            startdatum=startdatum,
            einddatum=einddatum,
        )
    )
    hulpvraag_transition(hulpvraag=match.hulpvraag, naar=S.AFSPRAAK, door=door)
    return dossier


@transaction.atomic
def afsprakendossier_sign(
    *, dossier: Afsprakendossier, partij: str, door: User | None
) -> Afsprakendossier:
    """One party signs. When both have, the help may start (status ``lopend``)."""
    dossier = (
        Afsprakendossier.objects.select_for_update(of=("self",))
        .select_related("match")
        .get(pk=dossier.pk)
    )
    veld = {"inwoner": "akkoord_inwoner_op", "vrijwilliger": "akkoord_vrijwilliger_op"}.get(partij)
    if veld is None:
        raise ValidatieFout(_("Kies wie tekent: inwoner of vrijwilliger."), field="partij")
    if getattr(dossier, veld) is None:
        setattr(dossier, veld, timezone.now())
        dossier.save(update_fields=[veld])
    hulpvraag = dossier.match.hulpvraag
    if dossier.is_getekend and hulpvraag.status == S.AFSPRAAK:
        hulpvraag_transition(
            hulpvraag=hulpvraag,
            naar=S.LOPEND,
            door=door,
            toelichting=str(_("Afsprakendossier door beiden getekend")),
        )
    return dossier
