"""Writes of a foundation's daily work. Call inside the tenant's schema.

Each service opens its transaction, checks the domain rules and raises a
``NoaberError`` (Dutch message) before anything is saved, so a refused write
leaves nothing half-done. The help request's status follows
``nieuw → kennismaking → afspraak → lopend → nabellen → afgerond`` (or
``doorverwezen`` / ``geannuleerd``); every change is logged with who and when.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, overload

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteit
from kern.aggregates import publicatie_schedule
from kern.matching import kandidaten
from kern.models import (
    Aandachtslijst,
    Afsprakendossier,
    Categorie,
    Contactmoment,
    Hulpvraag,
    Instellingen,
    Inwoner,
    Kennismaking,
    Match,
    Signaal,
    StatusWijziging,
    Taak,
    Toestemming,
    Urenregistratie,
    Verwijzing,
    Vrijwilliger,
)
from kern.models.vrijwilligers import DAGDELEN
from noaber.errors import ValidatieFout

log = logging.getLogger(__name__)
S = Hulpvraag.Status

OVERGANGEN: dict[str, frozenset[str]] = {
    S.NIEUW: frozenset({S.KENNISMAKING, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.KENNISMAKING: frozenset({S.NIEUW, S.AFSPRAAK, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.AFSPRAAK: frozenset({S.LOPEND, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.LOPEND: frozenset({S.NABELLEN, S.DOORVERWEZEN, S.GEANNULEERD}),
    S.NABELLEN: frozenset({S.AFGEROND, S.LOPEND}),
    S.DOORVERWEZEN: frozenset({S.AFGEROND, S.NIEUW}),
    S.AFGEROND: frozenset(),
    S.GEANNULEERD: frozenset({S.NIEUW}),
}
AFGESLOTEN = frozenset({S.AFGEROND, S.GEANNULEERD, S.DOORVERWEZEN})
MAX_TEKST = 5000
DAGDEEL_CODES = frozenset(code for code, _label in DAGDELEN)


def instellingen() -> Instellingen:
    obj = Instellingen.objects.first()
    return obj if obj is not None else Instellingen.objects.create()


# --- small validators shared by the services -------------------------------------------


def _tekst(waarde, veld: str, *, verplicht: bool = True, max_len: int = MAX_TEKST) -> str:
    if waarde is None:
        waarde = ""
    if not isinstance(waarde, str):
        raise ValidatieFout(_("Vul hier tekst in."), field=veld)
    waarde = waarde.replace("\x00", "").strip()
    if verplicht and not waarde:
        raise ValidatieFout(_("Dit veld is vereist."), field=veld)
    if len(waarde) > max_len:
        raise ValidatieFout(
            format_lazy(_("Maximaal {} tekens, het zijn er {}."), max_len, len(waarde)), field=veld
        )
    return waarde


def _keuze(waarde, choices, veld: str) -> str:
    if waarde not in {c for c, _l in choices}:
        raise ValidatieFout(_("Kies een van de mogelijkheden."), field=veld)
    return waarde


@overload
def _datum(waarde, veld: str, *, verplicht: Literal[True] = ...) -> date: ...
@overload
def _datum(waarde, veld: str, *, verplicht: bool) -> date | None: ...
def _datum(waarde, veld: str, *, verplicht: bool = True) -> date | None:
    if waarde is None and not verplicht:
        return None
    if isinstance(waarde, datetime):
        return waarde.date()
    if not isinstance(waarde, date):
        raise ValidatieFout(_("Vul een geldige datum in."), field=veld)
    return waarde


@overload
def _uren(waarde, veld: str, *, verplicht: Literal[True] = ...) -> Decimal: ...
@overload
def _uren(waarde, veld: str, *, verplicht: bool) -> Decimal | None: ...
def _uren(waarde, veld: str, *, verplicht: bool = True) -> Decimal | None:
    if waarde in (None, "") and not verplicht:
        return None
    try:
        uren = Decimal(str(waarde))
    except (InvalidOperation, ValueError):
        raise ValidatieFout(_("Vul een aantal uren in, bijvoorbeeld 1,5."), field=veld) from None
    if not uren.is_finite() or uren <= 0 or uren > 24:
        raise ValidatieFout(_("Vul een aantal uren tussen 0 en 24 in."), field=veld)
    return uren.quantize(Decimal("0.1"))


def _dagdelen(waarde, veld: str) -> list[str]:
    waarde = list(waarde or [])
    if not set(waarde) <= DAGDEEL_CODES:
        raise ValidatieFout(_("Kies dagdelen uit de lijst."), field=veld)
    return sorted(set(waarde))


# --- inwoners and consent --------------------------------------------------------------

INWONER_TEKSTVELDEN = {
    "voornaam": 100,
    "achternaam": 100,
    "straat": 200,
    "postcode": 10,
    "telefoon": 30,
    "email": 254,
    "zorgt_voor": 200,
    "huisartspraktijk": 200,
    "notities": MAX_TEKST,
}


def _inwoner_velden(data: dict) -> dict:
    schoon: dict[str, Any] = {}
    for veld, max_len in INWONER_TEKSTVELDEN.items():
        if veld in data:
            verplicht = veld in ("voornaam", "achternaam")
            schoon[veld] = _tekst(data[veld], veld, verplicht=verplicht, max_len=max_len)
    if "huishouden" in data and data["huishouden"]:
        schoon["huishouden"] = _keuze(data["huishouden"], Inwoner.Huishouden.choices, "huishouden")
    for veld in ("dorp", "geboortedatum", "is_mantelzorger"):
        if veld in data:
            schoon[veld] = data[veld]
    if schoon.get("geboortedatum") and schoon["geboortedatum"] > timezone.localdate():
        raise ValidatieFout(_("Een geboortedatum ligt niet in de toekomst."), field="geboortedatum")
    return schoon


@transaction.atomic
def inwoner_create(*, door, toestemming_vastleggen: bool, **data) -> Inwoner:
    """Record a resident. AVG: only with their consent to record data, which is logged too."""
    if not toestemming_vastleggen:
        raise ValidatieFout(
            _("Vraag eerst toestemming om de gegevens vast te leggen."),
            field="toestemming_vastleggen",
        )
    velden = _inwoner_velden(data)
    for verplicht in ("voornaam", "achternaam"):
        if verplicht not in velden:
            _tekst(None, verplicht)
    inwoner = Inwoner(**velden)
    inwoner.full_clean()
    inwoner.save()
    toestemming_record(
        inwoner=inwoner,
        onderwerp=Toestemming.Onderwerp.VASTLEGGEN,
        gegeven=True,
        datum=timezone.localdate(),
        door=door,
    )
    return inwoner


@transaction.atomic
def inwoner_update(*, inwoner: Inwoner, door, **data) -> Inwoner:
    velden = _inwoner_velden(data)
    for veld, waarde in velden.items():
        setattr(inwoner, veld, waarde)
    inwoner.full_clean()
    inwoner.save(update_fields=[*velden, "bijgewerkt_op"])
    return inwoner


@transaction.atomic
def toestemming_record(
    *, inwoner: Inwoner, onderwerp: str, gegeven: bool, datum: date, door, toelichting: str = ""
) -> Toestemming:
    """Consent given or withdrawn: what, when and recorded by whom."""
    _keuze(onderwerp, Toestemming.Onderwerp.choices, "onderwerp")
    datum = _datum(datum, "datum")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Een toestemming ligt niet in de toekomst."), field="datum")
    return Toestemming.objects.create(
        inwoner=inwoner,
        onderwerp=onderwerp,
        gegeven=bool(gegeven),
        datum=datum,
        vastgelegd_door=door,
        toelichting=_tekst(toelichting, "toelichting", verplicht=False, max_len=300),
    )


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


# --- match, kennismaking, afsprakendossier -----------------------------------------------


@transaction.atomic
def match_choose(*, hulpvraag: Hulpvraag, vrijwilliger: Vrijwilliger, door) -> Match:
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
    match = Match.objects.create(
        hulpvraag=hulpvraag,
        vrijwilliger=vrijwilliger,
        redenen=kandidaat.as_json(),
        gekozen_door=door,
    )
    hulpvraag_transition(hulpvraag=hulpvraag, naar=S.KENNISMAKING, door=door)
    return match


@transaction.atomic
def kennismaking_record(
    *, match: Match, datum: date, klik: bool, door, notitie: str = ""
) -> Kennismaking:
    """The intro visit. No klik: the match ends and the request is open for another volunteer."""
    match = (
        Match.objects.select_for_update(of=("self",)).select_related("hulpvraag").get(pk=match.pk)
    )
    if match.status != Match.Status.GEKOZEN or hulpvraag_status(match) != S.KENNISMAKING:
        raise ValidatieFout(_("Deze kennismaking is al vastgelegd."), field="klik")
    if not isinstance(klik, bool):
        raise ValidatieFout(_("Geef aan of er een klik was."), field="klik")
    datum = _datum(datum, "datum")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Leg een kennismaking vast als die geweest is."), field="datum")
    kennismaking = Kennismaking.objects.create(
        match=match, datum=datum, klik=klik, notitie=_tekst(notitie, "notitie", verplicht=False)
    )
    match.status = Match.Status.ACTIEF if klik else Match.Status.GEEN_KLIK
    match.save(update_fields=["status"])
    publicatie_schedule(moment=datum)
    if not klik:
        hulpvraag_transition(
            hulpvraag=match.hulpvraag,
            naar=S.NIEUW,
            door=door,
            toelichting=str(_("Geen klik bij de kennismaking")),
        )
    if match.hulpvraag.inwoner_id:
        Contactmoment.objects.create(
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
    door,
    niet: str = "",
    einddatum: date | None = None,
) -> Afsprakendossier:
    """Write down what the volunteer will and won't do; the request moves to ``afspraak``."""
    match = Match.objects.select_for_update().get(pk=match.pk)
    if match.status != Match.Status.ACTIEF:
        raise ValidatieFout(_("Maak afspraken na een kennismaking met klik."), field="wel")
    if Afsprakendossier.objects.filter(match=match).exists():
        raise ValidatieFout(_("Voor deze match bestaat al een afsprakendossier."), field="wel")
    startdatum = _datum(startdatum, "startdatum")
    einddatum = _datum(einddatum, "einddatum", verplicht=False)
    if einddatum and einddatum < startdatum:
        raise ValidatieFout(_("Het einde ligt na de start."), field="einddatum")
    dossier = Afsprakendossier(
        match=match,
        wel=_tekst(wel, "wel"),
        niet=_tekst(niet, "niet", verplicht=False),
        frequentie=_tekst(frequentie, "frequentie", max_len=100),
        startdatum=startdatum,
        einddatum=einddatum,
    )
    dossier.full_clean()
    dossier.save()
    hulpvraag_transition(hulpvraag=match.hulpvraag, naar=S.AFSPRAAK, door=door)
    return dossier


@transaction.atomic
def afsprakendossier_sign(*, dossier: Afsprakendossier, partij: str, door) -> Afsprakendossier:
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


# --- tasks, referrals ----------------------------------------------------------------------


@transaction.atomic
def taak_complete(*, taak: Taak, door, uitkomst: str = "", beoordeling: int | None = None) -> Taak:
    """Done. A call-back is a contact moment; the last call-back closes the request."""
    taak = Taak.objects.select_for_update().get(pk=taak.pk)
    if taak.afgerond_op is not None:
        raise ValidatieFout(_("Deze taak is al afgerond."), field="uitkomst")
    if beoordeling is not None and (not isinstance(beoordeling, int) or not 1 <= beoordeling <= 5):
        raise ValidatieFout(_("Geef een cijfer van 1 tot 5."), field="beoordeling")
    taak.uitkomst = _tekst(uitkomst, "uitkomst", verplicht=False)
    taak.afgerond_op = timezone.now()
    taak.save(update_fields=["uitkomst", "afgerond_op"])
    if taak.inwoner_id and taak.soort in (Taak.Soort.NABELLEN_INWONER, Taak.Soort.CONTACT_AANDACHT):
        Contactmoment.objects.create(
            inwoner_id=taak.inwoner_id,
            soort=Contactmoment.Soort.NABELLEN,
            op=taak.afgerond_op,
            door=door,
            samenvatting=taak.uitkomst or taak.omschrijving,
        )
    if taak.hulpvraag_id:
        hulpvraag = Hulpvraag.objects.get(pk=taak.hulpvraag_id)
        if beoordeling is not None:
            hulpvraag.matches.exclude(status=Match.Status.GEEN_KLIK).update(beoordeling=beoordeling)
        nog_open = hulpvraag.taken.filter(
            afgerond_op__isnull=True,
            soort__in=[Taak.Soort.NABELLEN_INWONER, Taak.Soort.NABELLEN_VRIJWILLIGER],
        ).exists()
        if hulpvraag.status == S.NABELLEN and not nog_open:
            hulpvraag_transition(
                hulpvraag=hulpvraag,
                naar=S.AFGEROND,
                door=door,
                toelichting=str(_("Beide partijen nagebeld")),
            )
    return taak


@transaction.atomic
def verwijzing_create(
    *, inwoner: Inwoner, partner: str, reden: str, door, hulpvraag: Hulpvraag | None = None
) -> Verwijzing:
    """Refer to a professional partner; the request (if any) becomes ``doorverwezen``."""
    if hulpvraag is not None and hulpvraag.inwoner_id not in (None, inwoner.pk):
        raise ValidatieFout(_("Deze hulpvraag hoort bij een andere inwoner."), field="hulpvraag")
    verwijzing = Verwijzing.objects.create(
        inwoner=inwoner,
        hulpvraag=hulpvraag,
        partner=_tekst(partner, "partner", max_len=200),
        reden=_tekst(reden, "reden"),
        verwezen_door=door,
    )
    if hulpvraag is not None and S.DOORVERWEZEN in OVERGANGEN[hulpvraag.status]:
        hulpvraag_transition(
            hulpvraag=hulpvraag,
            naar=S.DOORVERWEZEN,
            door=door,
            toelichting=str(format_lazy(_("Verwezen naar {}"), verwijzing.partner))[:300],
        )
    return verwijzing


@transaction.atomic
def verwijzing_answer(*, verwijzing: Verwijzing, antwoord: str, door) -> Verwijzing:
    verwijzing.antwoord = _tekst(antwoord, "antwoord")
    verwijzing.antwoord_op = timezone.now()
    verwijzing.save(update_fields=["antwoord", "antwoord_op"])
    return verwijzing


# --- watch list, contact moments -------------------------------------------------------------


@transaction.atomic
def aandacht_add(
    *,
    inwoner: Inwoner,
    reden: str,
    contact_elke_dagen: int,
    door,
    volgend_contact: date | None = None,
) -> Aandachtslijst:
    if not isinstance(contact_elke_dagen, int) or not 1 <= contact_elke_dagen <= 365:
        raise ValidatieFout(_("Kies tussen 1 en 365 dagen."), field="contact_elke_dagen")
    if Aandachtslijst.objects.filter(inwoner=inwoner, actief=True).exists():
        raise ValidatieFout(_("Deze inwoner staat al op de aandachtslijst."), field="reden")
    volgend = _datum(volgend_contact, "volgend_contact", verplicht=False)
    return Aandachtslijst.objects.create(
        inwoner=inwoner,
        reden=_tekst(reden, "reden", max_len=300),
        contact_elke_dagen=contact_elke_dagen,
        volgend_contact=volgend or timezone.localdate() + timedelta(days=contact_elke_dagen),
    )


@transaction.atomic
def aandacht_stop(*, aandacht: Aandachtslijst, door) -> Aandachtslijst:
    aandacht.actief = False
    aandacht.save(update_fields=["actief"])
    return aandacht


@transaction.atomic
def contactmoment_create(
    *, inwoner: Inwoner, soort: str, samenvatting: str, door, op: datetime | None = None
) -> Contactmoment:
    """A contact with a resident; it also moves their watch-list date forward."""
    op = op or timezone.now()
    if not isinstance(op, datetime):
        raise ValidatieFout(_("Vul een geldig moment in."), field="op")
    if op > timezone.now() + timedelta(minutes=5):
        raise ValidatieFout(_("Een contact ligt niet in de toekomst."), field="op")
    contact = Contactmoment.objects.create(
        inwoner=inwoner,
        soort=_keuze(soort, Contactmoment.Soort.choices, "soort"),
        samenvatting=_tekst(samenvatting, "samenvatting"),
        op=op,
        door=door,
    )
    for aandacht in Aandachtslijst.objects.select_for_update().filter(inwoner=inwoner, actief=True):
        volgend = timezone.localdate(op) + timedelta(days=aandacht.contact_elke_dagen)
        if volgend > aandacht.volgend_contact:
            aandacht.volgend_contact = volgend
            aandacht.save(update_fields=["volgend_contact"])
    return contact


# --- signals -------------------------------------------------------------------------------------


@transaction.atomic
def signaal_report(*, inwoner: Inwoner, omschrijving: str, door) -> Signaal:
    """A volunteer's worry; it lands on the coordinator's dashboard the same day."""
    return Signaal.objects.create(
        inwoner=inwoner, omschrijving=_tekst(omschrijving, "omschrijving"), gemeld_door=door
    )


@transaction.atomic
def signaal_handle(
    *, signaal: Signaal, actie: str, door, uitkomst: str = "", afgehandeld: bool = False
) -> Signaal:
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    signaal.actie = _tekst(actie, "actie")
    signaal.uitkomst = _tekst(uitkomst, "uitkomst", verplicht=afgehandeld)
    signaal.status = Signaal.Status.AFGEHANDELD if afgehandeld else Signaal.Status.GEZIEN
    signaal.afgehandeld_op = timezone.now() if afgehandeld else None
    signaal.save(update_fields=["actie", "uitkomst", "status", "afgehandeld_op"])
    return signaal


@transaction.atomic
def signaal_escalate(*, signaal: Signaal, toelichting: str, door) -> Signaal:
    """A doubtful case goes to the bestuur, with the coordinator's question."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status == Signaal.Status.AFGEHANDELD:
        raise ValidatieFout(_("Dit signaal is al afgehandeld."), field="actie")
    signaal.actie = _tekst(toelichting, "actie")
    signaal.status = Signaal.Status.BESTUUR
    signaal.save(update_fields=["actie", "status"])
    return signaal


@transaction.atomic
def signaal_advise(*, signaal: Signaal, advies: str, door) -> Signaal:
    """The bestuur answers; the signal goes back to the coordinator to act on."""
    signaal = Signaal.objects.select_for_update().get(pk=signaal.pk)
    if signaal.status != Signaal.Status.BESTUUR:
        raise ValidatieFout(_("Dit signaal ligt niet bij het bestuur."), field="advies")
    signaal.bestuur_advies = _tekst(advies, "advies")
    signaal.status = Signaal.Status.GEZIEN
    signaal.save(update_fields=["bestuur_advies", "status"])
    return signaal


# --- volunteers and hours ----------------------------------------------------------------------


def _vrijwilliger_velden(data: dict) -> dict:
    schoon: dict[str, Any] = {}
    for veld, max_len in (("voornaam", 100), ("achternaam", 100), ("telefoon", 30), ("email", 254)):
        if veld in data:
            schoon[veld] = _tekst(
                data[veld], veld, verplicht=veld != "telefoon" and veld != "email", max_len=max_len
            )
    if "beschikbaarheid" in data:
        schoon["beschikbaarheid"] = _dagdelen(data["beschikbaarheid"], "beschikbaarheid")
    if "status" in data:
        schoon["status"] = _keuze(data["status"], Vrijwilliger.Status.choices, "status")
    if "max_uren_per_maand" in data:
        uren = data["max_uren_per_maand"]
        if not isinstance(uren, int) or not 0 <= uren <= 200:
            raise ValidatieFout(_("Kies tussen 0 en 200 uur."), field="max_uren_per_maand")
        schoon["max_uren_per_maand"] = uren
    if "vog_datum" in data:
        vog = _datum(data["vog_datum"], "vog_datum", verplicht=False)
        if vog and vog > timezone.localdate():
            raise ValidatieFout(_("De VOG-datum ligt niet in de toekomst."), field="vog_datum")
        schoon["vog_datum"] = vog
    for veld in ("eigen_auto", "user", "inwoner"):
        if veld in data:
            schoon[veld] = data[veld]
    return schoon


def account_voor(*, organisatie, email: str | None):
    """The login of a member of this foundation, to link to a volunteer record."""
    from tenants.models import Lidmaatschap

    if not email:
        return None
    lid = (
        Lidmaatschap.objects.filter(organisatie=organisatie, user__email__iexact=email, actief=True)
        .select_related("user")
        .first()
    )
    if lid is None:
        raise ValidatieFout(
            _("Er is geen account met dit e-mailadres bij deze organisatie."),
            field="account_email",
        )
    return lid.user


@transaction.atomic
def vrijwilliger_create(*, door, categorieen=(), dorpen=(), **data) -> Vrijwilliger:
    velden = _vrijwilliger_velden(data)
    for verplicht in ("voornaam", "achternaam"):
        if verplicht not in velden:
            _tekst(None, verplicht)
    vrijwilliger = Vrijwilliger(**velden)
    vrijwilliger.full_clean()
    vrijwilliger.save()
    vrijwilliger.categorieen.set(categorieen)
    vrijwilliger.dorpen.set(dorpen)
    return vrijwilliger


@transaction.atomic
def vrijwilliger_update(
    *, vrijwilliger: Vrijwilliger, door, categorieen=None, dorpen=None, **data
) -> Vrijwilliger:
    velden = _vrijwilliger_velden(data)
    for veld, waarde in velden.items():
        setattr(vrijwilliger, veld, waarde)
    vrijwilliger.full_clean()
    vrijwilliger.save(update_fields=list(velden) or None)
    if categorieen is not None:
        vrijwilliger.categorieen.set(categorieen)
    if dorpen is not None:
        vrijwilliger.dorpen.set(dorpen)
    return vrijwilliger


@transaction.atomic
def uren_log(
    *,
    vrijwilliger: Vrijwilliger,
    datum: date,
    uren,
    door,
    match: Match | None = None,
    activiteit: Activiteit | None = None,
    omschrijving: str = "",
) -> Urenregistratie:
    """Hours a volunteer gave: on one of their own matches, at an activity, or otherwise.

    Who may log for whom is the access layer's (kern.policy.uren_vrijwilligers)."""
    if match is not None and activiteit is not None:
        raise ValidatieFout(_("Kies een hulpvraag of een activiteit, niet allebei."), field="match")
    if match is not None and match.vrijwilliger_id != vrijwilliger.pk:
        raise ValidatieFout(_("Dit is niet jouw hulp."), field="match")
    datum = _datum(datum, "datum")
    if datum > timezone.localdate():
        raise ValidatieFout(_("Uren schrijf je achteraf."), field="datum")
    publicatie_schedule(moment=datum)
    return Urenregistratie.objects.create(
        vrijwilliger=vrijwilliger,
        match=match,
        activiteit=activiteit,
        datum=datum,
        uren=_uren(uren, "uren"),
        omschrijving=_tekst(omschrijving, "omschrijving", verplicht=False, max_len=200),
        ingevoerd_door=door,
    )
