"""Writes for help requests: intake, limits, the status flow, call-backs.

Call inside the tenant's schema.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kern.aggregates import publicatie_schedule
from kern.models import (
    Afsprakendossier,
    Hulpvraag,
    Match,
    StatusWijziging,
    Taak,
)
from kern.services._gedeeld import AFGESLOTEN, OVERGANGEN, S, instellingen, log, velden_check
from noaber.bereik import clean_save
from noaber.errors import ValidatieFout
from tenants.models import User

# --- hulpvragen ------------------------------------------------------------------------


def grenzen_check(*, geschatte_uren: Decimal | None, professionele_zorg: bool) -> tuple[bool, str]:
    """The two-hour rule and the professional-care boundary: (outside limits?, advice)."""
    maximum = instellingen().max_uren_per_keer
    if professionele_zorg:
        return True, str(
            _(
                "Dit vraagt om professionele zorg: verwijs naar de huisarts, de thuiszorg "
                "of de Wmo-consulent."
            )
        )
    if geschatte_uren is not None and geschatte_uren > maximum:
        return True, str(
            format_lazy(
                _(
                    "Meer dan {} uur per keer past niet bij vrijwilligershulp: "
                    "overweeg een verwijzing naar de Wmo-consulent of de thuiszorg."
                ),
                f"{maximum.normalize():f}",
            )
        )
    return False, ""


# What intake, a coordinator or the API may set on a help request; the model's fields say
# what each may hold. Status, source and the limits flags are the services' own.
HULPVRAAG_VELDEN = frozenset(
    {
        "inwoner",
        "aanvrager",
        "aanvrager_naam",
        "aanvrager_contact",
        "kanaal",
        "categorie",
        "omschrijving",
        "terugkerend",
        "urgentie",
        "geschatte_uren",
        "professionele_zorg",
        "dagdelen",
    }
)


def _clean_with_grenzen(hulpvraag: Hulpvraag, *, update_fields: list[str] | None = None) -> None:
    """Check the fields first (hours in range), then flag the limits on the clean values."""
    hulpvraag.full_clean(exclude=["buiten_grenzen", "verwijsadvies"])
    hulpvraag.buiten_grenzen, hulpvraag.verwijsadvies = grenzen_check(
        geschatte_uren=hulpvraag.geschatte_uren, professionele_zorg=hulpvraag.professionele_zorg
    )
    clean_save(hulpvraag, update_fields=update_fields)


@transaction.atomic
def hulpvraag_create(*, door: User | None, bron: str = Hulpvraag.Bron.INTERN, **data) -> Hulpvraag:
    """A new help request lands as ``nieuw``; over the limits it carries a referral advice."""
    hulpvraag = Hulpvraag(
        **velden_check(data, HULPVRAAG_VELDEN, wat="hulpvraag"), bron=bron, aangemaakt_door=door
    )
    _clean_with_grenzen(hulpvraag)
    StatusWijziging.objects.create(hulpvraag=hulpvraag, van="", naar=S.NIEUW, door=door)
    publicatie_schedule(moment=hulpvraag.aangemaakt_op)
    return hulpvraag


@transaction.atomic
def hulpvraag_update(*, hulpvraag: Hulpvraag, door: User | None, **data) -> Hulpvraag:
    """Complete a request (e.g. link the resident to an intake); re-checks the limits."""
    velden = velden_check(data, HULPVRAAG_VELDEN, wat="hulpvraag")
    for veld, waarde in velden.items():
        setattr(hulpvraag, veld, waarde)
    _clean_with_grenzen(hulpvraag, update_fields=[*velden, "buiten_grenzen", "verwijsadvies"])
    publicatie_schedule(moment=hulpvraag.aangemaakt_op)
    return hulpvraag


@transaction.atomic
def hulpvraag_transition(
    *, hulpvraag: Hulpvraag, naar: str, door: User | None, toelichting: str = ""
) -> Hulpvraag:
    """Move a request along its status flow; refuses jumps the flow does not allow."""
    hulpvraag = Hulpvraag.objects.select_for_update().get(pk=hulpvraag.pk)
    if naar not in Hulpvraag.Status.values:
        raise ValidatieFout(_("Kies een van de mogelijkheden."), field="naar")
    van = hulpvraag.status
    if naar not in OVERGANGEN[van]:
        raise ValidatieFout(
            format_lazy(
                _("Van ‘{}’ kan een hulpvraag niet naar ‘{}’."),
                Hulpvraag.Status(van).label,
                Hulpvraag.Status(naar).label,
            ),
            field="naar",
        )
    _check_voorwaarden(hulpvraag, naar)
    hulpvraag.status = naar
    velden = ["status"]
    if naar in AFGESLOTEN:
        hulpvraag.afgesloten_op = timezone.now()
        velden.append("afgesloten_op")
    elif hulpvraag.afgesloten_op:
        hulpvraag.afgesloten_op = None
        velden.append("afgesloten_op")
    hulpvraag.save(update_fields=velden)
    clean_save(
        StatusWijziging(hulpvraag=hulpvraag, van=van, naar=naar, door=door, toelichting=toelichting)
    )
    if naar == S.NABELLEN:
        _nabellen_plan(hulpvraag)
    if naar in AFGESLOTEN:
        hulpvraag.matches.filter(status__in=[Match.Status.GEKOZEN, Match.Status.ACTIEF]).update(
            status=Match.Status.BEEINDIGD
        )
    publicatie_schedule(moment=timezone.now())
    log.info("hulpvraag %s: %s -> %s", hulpvraag.pk, van, naar)
    return hulpvraag


def _actieve_match(hulpvraag: Hulpvraag) -> Match | None:
    return (
        hulpvraag.matches.filter(status__in=[Match.Status.GEKOZEN, Match.Status.ACTIEF])
        .select_related("vrijwilliger")
        .first()
    )


def _check_voorwaarden(hulpvraag: Hulpvraag, naar: str) -> None:
    match = _actieve_match(hulpvraag)
    if naar == S.KENNISMAKING and match is None:
        raise ValidatieFout(_("Kies eerst een vrijwilliger."), field="naar")
    if naar == S.AFSPRAAK and (match is None or match.status != Match.Status.ACTIEF):
        raise ValidatieFout(_("Leg eerst een kennismaking met klik vast."), field="naar")
    if naar == S.LOPEND and hulpvraag.status == S.AFSPRAAK:
        dossier = Afsprakendossier.objects.filter(match=match).first() if match else None
        if dossier is None or not dossier.is_getekend:
            raise ValidatieFout(
                _("Het afsprakendossier moet eerst door beide partijen getekend zijn."),
                field="naar",
            )


def _nabellen_plan(hulpvraag: Hulpvraag) -> None:
    """After the help, call back both the resident and the volunteer (generated, not typed)."""
    match = (
        hulpvraag.matches.filter(status=Match.Status.ACTIEF).select_related("vrijwilliger").first()
        or hulpvraag.matches.select_related("vrijwilliger").first()
    )
    vervaldatum = timezone.localdate() + timedelta(days=instellingen().nabellen_na_dagen)
    open_taken = set(
        hulpvraag.taken.filter(afgerond_op__isnull=True).values_list("soort", flat=True)
    )
    nieuw = []
    if Taak.Soort.NABELLEN_INWONER not in open_taken:
        nieuw.append(
            Taak(
                soort=Taak.Soort.NABELLEN_INWONER,
                hulpvraag=hulpvraag,
                inwoner=hulpvraag.inwoner,
                omschrijving=str(
                    format_lazy(
                        _("Bel {} na: hoe ging de hulp?"),
                        hulpvraag.inwoner or hulpvraag.aanvrager_naam or _("de inwoner"),
                    )
                ),
                vervaldatum=vervaldatum,
            )
        )
    if match is not None and Taak.Soort.NABELLEN_VRIJWILLIGER not in open_taken:
        nieuw.append(
            Taak(
                soort=Taak.Soort.NABELLEN_VRIJWILLIGER,
                hulpvraag=hulpvraag,
                inwoner=hulpvraag.inwoner,
                vrijwilliger=match.vrijwilliger,
                omschrijving=str(
                    format_lazy(_("Bel vrijwilliger {} na: hoe ging het?"), match.vrijwilliger)
                ),
                vervaldatum=vervaldatum,
            )
        )
    for taak in nieuw:
        taak.full_clean()
    Taak.objects.bulk_create(nieuw)


@transaction.atomic
def hulp_finish(*, hulpvraag: Hulpvraag, door: User | None, toelichting: str = "") -> Hulpvraag:
    """The help is given: the request goes to ``nabellen`` with call-back tasks for both."""
    return hulpvraag_transition(
        hulpvraag=hulpvraag, naar=S.NABELLEN, door=door, toelichting=toelichting
    )
