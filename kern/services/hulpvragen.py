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
    Categorie,
    Hulpvraag,
    Inwoner,
    Match,
    StatusWijziging,
    Taak,
)
from kern.services._gedeeld import (
    AFGESLOTEN,
    OVERGANGEN,
    S,
    _dagdelen,
    _keuze,
    _tekst,
    _uren,
    instellingen,
    log,
)
from noaber.errors import ValidatieFout

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


def _hulpvraag_velden(data: dict) -> dict:
    schoon: dict = {}
    if "omschrijving" in data:
        schoon["omschrijving"] = _tekst(data["omschrijving"], "omschrijving")
    if "aanvrager" in data:
        schoon["aanvrager"] = _keuze(data["aanvrager"], Hulpvraag.Aanvrager.choices, "aanvrager")
    if "kanaal" in data:
        schoon["kanaal"] = _keuze(data["kanaal"], Hulpvraag.Kanaal.choices, "kanaal")
    if "urgentie" in data:
        schoon["urgentie"] = _keuze(data["urgentie"], Hulpvraag.Urgentie.choices, "urgentie")
    for veld in ("aanvrager_naam", "aanvrager_contact"):
        if veld in data:
            schoon[veld] = _tekst(data[veld], veld, verplicht=False, max_len=200)
    if "geschatte_uren" in data:
        schoon["geschatte_uren"] = _uren(data["geschatte_uren"], "geschatte_uren", verplicht=False)
    if "dagdelen" in data:
        schoon["dagdelen"] = _dagdelen(data["dagdelen"], "dagdelen")
    for veld in ("terugkerend", "professionele_zorg"):
        if veld in data:
            schoon[veld] = bool(data[veld])
    for veld, model in (("inwoner", Inwoner), ("categorie", Categorie)):
        if veld in data:
            if data[veld] is not None and not isinstance(data[veld], model):
                raise ValidatieFout(_("Kies een van de mogelijkheden."), field=veld)
            schoon[veld] = data[veld]
    return schoon


def _apply_grenzen(hulpvraag: Hulpvraag) -> None:
    hulpvraag.buiten_grenzen, hulpvraag.verwijsadvies = grenzen_check(
        geschatte_uren=hulpvraag.geschatte_uren, professionele_zorg=hulpvraag.professionele_zorg
    )


@transaction.atomic
def hulpvraag_create(*, door, bron: str = Hulpvraag.Bron.INTERN, **data) -> Hulpvraag:
    """A new help request lands as ``nieuw``; over the limits it carries a referral advice."""
    velden = _hulpvraag_velden(data)
    if "omschrijving" not in velden:
        _tekst(None, "omschrijving")
    if "kanaal" not in velden:
        _keuze(None, Hulpvraag.Kanaal.choices, "kanaal")
    hulpvraag = Hulpvraag(
        **velden, bron=_keuze(bron, Hulpvraag.Bron.choices, "bron"), aangemaakt_door=door
    )
    _apply_grenzen(hulpvraag)
    hulpvraag.full_clean()
    hulpvraag.save()
    StatusWijziging.objects.create(hulpvraag=hulpvraag, van="", naar=S.NIEUW, door=door)
    publicatie_schedule(moment=hulpvraag.aangemaakt_op)
    return hulpvraag


@transaction.atomic
def hulpvraag_update(*, hulpvraag: Hulpvraag, door, **data) -> Hulpvraag:
    """Complete a request (e.g. link the resident to an intake); re-checks the limits."""
    velden = _hulpvraag_velden(data)
    for veld, waarde in velden.items():
        setattr(hulpvraag, veld, waarde)
    _apply_grenzen(hulpvraag)
    hulpvraag.full_clean()
    hulpvraag.save(update_fields=[*velden, "buiten_grenzen", "verwijsadvies"])
    publicatie_schedule(moment=hulpvraag.aangemaakt_op)
    return hulpvraag


@transaction.atomic
def hulpvraag_transition(
    *, hulpvraag: Hulpvraag, naar: str, door, toelichting: str = ""
) -> Hulpvraag:
    """Move a request along its status flow; refuses jumps the flow does not allow."""
    hulpvraag = Hulpvraag.objects.select_for_update().get(pk=hulpvraag.pk)
    _keuze(naar, Hulpvraag.Status.choices, "naar")
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
    StatusWijziging.objects.create(
        hulpvraag=hulpvraag,
        van=van,
        naar=naar,
        door=door,
        toelichting=_tekst(toelichting, "toelichting", verplicht=False, max_len=300),
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
    Taak.objects.bulk_create(nieuw)


@transaction.atomic
def hulp_finish(*, hulpvraag: Hulpvraag, door, toelichting: str = "") -> Hulpvraag:
    """The help is given: the request goes to ``nabellen`` with call-back tasks for both."""
    return hulpvraag_transition(
        hulpvraag=hulpvraag, naar=S.NABELLEN, door=door, toelichting=toelichting
    )
