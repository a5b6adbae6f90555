"""Writes of the Leerkring.

Every service opens its own transaction, checks the rule it guards, and sends
mail only after commit (leerkring.tasks, through Celery). A field's range lives on the
model field (noaber.bereik, max_length, Model.clean): services call ``full_clean()``
before they save and write no per-field checks of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leerkring import policy
from leerkring.models import (
    Antwoord,
    Bericht,
    Bijeenkomst,
    Deelname,
    Melding,
    Profiel,
    Reactie,
    Thema,
    Verslag,
    VerslagReactie,
    Voorvraag,
    zoekvector,
)
from noaber.errors import BestaatAl, GeenToegang, NoaberError, ValidatieFout
from tenants.models import User

# Rate limits on writing, per person (a spam account or a runaway script).
BERICHTEN_PER_UUR = 5
REACTIES_PER_UUR = 20


class TeSnel(NoaberError):
    status = 429
    code = "te-snel"


# --- search vectors ----------------------------------------------------------------


def berichten_index(ids: Iterable[int] | None = None) -> None:
    qs = Bericht.objects.all() if ids is None else Bericht.objects.filter(pk__in=list(ids))
    qs.update(zoekvector=zoekvector(("titel", "A"), ("tekst", "B")))


def reacties_index(ids: Iterable[int] | None = None) -> None:
    qs = Reactie.objects.all() if ids is None else Reactie.objects.filter(pk__in=list(ids))
    qs.update(zoekvector=zoekvector(("tekst", "B")))


def verslag_index(verslag_id: int) -> None:
    Verslag.objects.filter(pk=verslag_id).update(
        zoekvector=zoekvector(("lessen", "A"), ("tekst", "B"))
    )


# --- helpers --------------------------------------------------------------------------


def _require_lid(user: User) -> None:
    if not policy.is_lid(user):
        raise GeenToegang(_("Alleen leden van de Leerkring kunnen dit doen."))


def _rate_limit(model, user: User, per_uur: int) -> None:
    since = timezone.now() - timedelta(hours=1)
    if model.objects.filter(auteur=user, aangemaakt_op__gte=since).count() >= per_uur:
        raise TeSnel(
            _("Je plaatst veel berichten kort na elkaar. Probeer het over een uur opnieuw.")
        )


def _saved(obj):
    """Check every field's own rule (noaber.bereik, max_length, choices, Model.clean), then save.

    A refusal is Django's ValidationError, which run_service puts next to the field.
    """
    obj.full_clean()
    obj.save()
    return obj


def themas_resolve(*, slugs: Iterable[str]) -> list[Thema]:
    """The themes a post or project is tagged with: at least one, all of them existing."""
    slugs = {s for s in slugs if s}
    themas = list(Thema.objects.filter(slug__in=slugs))
    if not themas or len(themas) != len(slugs):
        raise ValidatieFout(_("Kies minstens één bestaand thema."), field="themas")
    return themas


# --- members --------------------------------------------------------------------------


def profiel_ensure(*, user: User) -> Profiel:
    _require_lid(user)
    profiel, _created = Profiel.objects.get_or_create(user=user)
    return profiel


@transaction.atomic
def profiel_update(
    *, user: User, over_mij: str, mail_bij_reactie: bool, mail_bij_thema: bool, weekoverzicht: bool
) -> Profiel:
    profiel = profiel_ensure(user=user)
    profiel.over_mij = (over_mij or "").strip()
    profiel.mail_bij_reactie = mail_bij_reactie
    profiel.mail_bij_thema = mail_bij_thema
    profiel.weekoverzicht = weekoverzicht
    profiel.full_clean()
    profiel.save(update_fields=["over_mij", "mail_bij_reactie", "mail_bij_thema", "weekoverzicht"])
    return profiel


@transaction.atomic
def thema_follow(*, user: User, thema: Thema, volgen: bool) -> None:
    profiel = profiel_ensure(user=user)
    if volgen:
        profiel.gevolgde_themas.add(thema)
    else:
        profiel.gevolgde_themas.remove(thema)


# --- Praktijk ---------------------------------------------------------------------------


def bericht_create(
    *, auteur: User, soort: str, titel: str, tekst: str, thema_slugs: Iterable[str]
) -> Bericht:
    _require_lid(auteur)
    bericht = Bericht(
        soort=soort,
        titel=(titel or "").strip(),
        tekst=(tekst or "").strip(),
        auteur=auteur,
        organisatie=policy.eigen_organisatie(auteur),
    )
    bericht.full_clean()
    themas = themas_resolve(slugs=thema_slugs)
    with transaction.atomic():
        _rate_limit(Bericht, auteur, BERICHTEN_PER_UUR)
        bericht.save()
        bericht.themas.set(themas)
        berichten_index([bericht.pk])
        transaction.on_commit(lambda: _send("bericht_notify", bericht.pk))
    return bericht


def reactie_create(*, auteur: User, bericht: Bericht, tekst: str) -> Reactie:
    _require_lid(auteur)
    reactie = Reactie(
        bericht=bericht,
        tekst=(tekst or "").strip(),
        auteur=auteur,
        organisatie=policy.eigen_organisatie(auteur),
    )
    reactie.full_clean()
    if bericht.verborgen:
        raise ValidatieFout(_("Op dit bericht kun je niet meer reageren."))
    with transaction.atomic():
        _rate_limit(Reactie, auteur, REACTIES_PER_UUR)
        reactie.save()
        Bericht.objects.filter(pk=bericht.pk).update(aantal_reacties=F("aantal_reacties") + 1)
        reacties_index([reactie.pk])
        transaction.on_commit(lambda: _send("reactie_notify", reactie.pk))
    return reactie


@transaction.atomic
def bericht_mark_helpful(*, user: User, bericht: Bericht, reactie: Reactie) -> Bericht:
    """Only the one who asked decides which answer helped."""
    if bericht.auteur_id != user.pk:
        raise GeenToegang(_("Alleen wie de vraag stelde kan een antwoord als nuttig markeren."))
    if bericht.soort != Bericht.Soort.VRAAG:
        raise ValidatieFout(_("Alleen bij een vraag kun je een antwoord als nuttig markeren."))
    if reactie.bericht_id != bericht.pk or reactie.verborgen:
        raise ValidatieFout(_("Deze reactie hoort niet bij deze vraag."))
    bericht.nuttig_antwoord = reactie
    bericht.save(update_fields=["nuttig_antwoord"])
    return bericht


@transaction.atomic
def melding_create(
    *, melder: User, reden: str, bericht: Bericht | None = None, reactie: Reactie | None = None
) -> Melding:
    """A report on one post or one reply (Melding.clean refuses both or neither)."""
    _require_lid(melder)
    melding = Melding(melder=melder, reden=(reden or "").strip(), bericht=bericht, reactie=reactie)
    return _saved(melding)


@transaction.atomic
def melding_resolve(*, staf: User, melding: Melding, verbergen: bool) -> None:
    """Staff hide the reported text (or keep it); every report on it is then closed."""
    if not policy.is_staf(staf):
        raise GeenToegang(_("Alleen medewerkers van Groninger Dorpen beoordelen meldingen."))
    if melding.bericht_id is not None:
        if verbergen:
            Bericht.objects.filter(pk=melding.bericht_id).update(verborgen=True)
        Melding.objects.filter(bericht_id=melding.bericht_id).update(afgehandeld=True)
    elif melding.reactie_id is not None:  # Melding.clean: one of the two is set
        if verbergen:
            reactie = Reactie.objects.select_for_update().get(pk=melding.reactie_id)
            if not reactie.verborgen:
                reactie.verborgen = True
                reactie.save(update_fields=["verborgen"])
                Bericht.objects.filter(pk=reactie.bericht_id).update(
                    aantal_reacties=F("aantal_reacties") - 1
                )
                Bericht.objects.filter(pk=reactie.bericht_id, nuttig_antwoord=reactie).update(
                    nuttig_antwoord=None
                )
        Melding.objects.filter(reactie_id=melding.reactie_id).update(afgehandeld=True)


# --- Bijeenkomsten ----------------------------------------------------------------------


def bijeenkomst_create(
    *,
    organisator: User,
    titel: str,
    begint_op: datetime,
    plaats: str,
    online_link: str,
    agenda: str,
    max_deelnemers: int,
    vragen: Iterable[str],
) -> Bijeenkomst:
    """A new meeting in the agenda, with its questions for the participants beforehand."""
    if not policy.may_organise(organisator):
        raise GeenToegang(_("Alleen leden van de Leerkring organiseren bijeenkomsten."))
    bijeenkomst = Bijeenkomst(
        titel=(titel or "").strip(),
        begint_op=begint_op,
        plaats=(plaats or "").strip(),
        online_link=(online_link or "").strip(),
        agenda=(agenda or "").strip(),
        max_deelnemers=max_deelnemers,
        organisator=organisator,
    )
    bijeenkomst.full_clean()
    # Not a range of the field: a meeting that already happened can be stored (the demo's
    # 2019 one), but nobody plans one in the past.
    if begint_op <= timezone.now():
        raise ValidatieFout(_("Kies een datum in de toekomst."), field="begint_op")
    voorvragen = [
        Voorvraag(tekst=tekst.strip(), volgorde=i)
        for i, tekst in enumerate(vragen)
        if tekst and tekst.strip()
    ]
    for vraag in voorvragen:
        try:
            vraag.full_clean(exclude=["bijeenkomst"])
        except ValidationError as error:
            raise ValidationError({"vragen": error.messages}) from error
    with transaction.atomic():
        bijeenkomst.save()
        for vraag in voorvragen:
            vraag.bijeenkomst = bijeenkomst
        Voorvraag.objects.bulk_create(voorvragen)
    return bijeenkomst


def deelname_create(*, user: User, bijeenkomst: Bijeenkomst) -> Deelname:
    _require_lid(user)
    with transaction.atomic():
        # Lock the meeting row: two people taking the last seat must not both get it.
        bijeenkomst = Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        if bijeenkomst.begint_op <= timezone.now():
            raise ValidatieFout(_("Deze bijeenkomst is al geweest."))
        if Deelname.objects.filter(bijeenkomst=bijeenkomst, user=user).exists():
            raise BestaatAl(_("Je bent al aangemeld voor deze bijeenkomst."))
        if bijeenkomst.vol:
            raise ValidatieFout(_("Deze bijeenkomst is vol."))
        deelname = Deelname(
            bijeenkomst=bijeenkomst, user=user, organisatie=policy.eigen_organisatie(user)
        )
        deelname.full_clean()
        try:
            with transaction.atomic():
                deelname.save()
        except IntegrityError as exc:
            raise BestaatAl(_("Je bent al aangemeld voor deze bijeenkomst.")) from exc
        Bijeenkomst.objects.filter(pk=bijeenkomst.pk).update(
            aantal_deelnames=F("aantal_deelnames") + 1
        )
    return deelname


@transaction.atomic
def deelname_cancel(*, user: User, bijeenkomst: Bijeenkomst) -> None:
    deleted, _detail = Deelname.objects.filter(bijeenkomst=bijeenkomst, user=user).delete()
    if deleted:
        Bijeenkomst.objects.filter(pk=bijeenkomst.pk).update(
            aantal_deelnames=F("aantal_deelnames") - 1
        )


@transaction.atomic
def antwoorden_save(*, deelname: Deelname, antwoorden: dict[int, str]) -> None:
    """A participant's answers to the questions beforehand; an emptied answer is removed."""
    vragen = {v.pk: v for v in deelname.bijeenkomst.vragen.all()}
    if set(antwoorden) - set(vragen):
        raise ValidatieFout(_("Deze vraag hoort niet bij deze bijeenkomst."))
    bestaand = {a.vraag_id: a for a in Antwoord.objects.filter(deelname=deelname)}
    for vraag_id, tekst in antwoorden.items():
        tekst = (tekst or "").strip()
        antwoord = bestaand.get(vraag_id)
        if not tekst:
            if antwoord is not None:
                antwoord.delete()
            continue
        if antwoord is None:
            antwoord = Antwoord(deelname=deelname, vraag=vragen[vraag_id])
        antwoord.tekst = tekst
        _saved(antwoord)


def _require_organisator(user: User, bijeenkomst: Bijeenkomst) -> None:
    if bijeenkomst.organisator_id != user.pk and not policy.is_staf(user):
        raise GeenToegang(_("Alleen de organisator kan dit doen."))


@transaction.atomic
def aanwezigheid_save(*, user: User, bijeenkomst: Bijeenkomst, aanwezig_ids: set[int]) -> None:
    _require_organisator(user, bijeenkomst)
    deelnames = Deelname.objects.filter(bijeenkomst=bijeenkomst)
    deelnames.filter(pk__in=aanwezig_ids).update(aanwezig=True)
    deelnames.exclude(pk__in=aanwezig_ids).update(aanwezig=False)


@transaction.atomic
def verslag_save(*, user: User, bijeenkomst: Bijeenkomst, tekst: str, lessen: str) -> Verslag:
    _require_organisator(user, bijeenkomst)
    verslag = Verslag.objects.filter(bijeenkomst=bijeenkomst).first() or Verslag(
        bijeenkomst=bijeenkomst
    )
    verslag.tekst = (tekst or "").strip()
    verslag.lessen = (lessen or "").strip()
    verslag.auteur = user
    _saved(verslag)
    verslag_index(verslag.pk)
    return verslag


def verslag_reactie_create(*, auteur: User, verslag: Verslag, tekst: str) -> VerslagReactie:
    _require_lid(auteur)
    reactie = VerslagReactie(
        verslag=verslag,
        auteur=auteur,
        tekst=(tekst or "").strip(),
        organisatie=policy.eigen_organisatie(auteur),
    )
    reactie.full_clean()
    with transaction.atomic():
        _rate_limit(VerslagReactie, auteur, REACTIES_PER_UUR)
        reactie.save()
    return reactie


def _send(task_name: str, *args) -> None:
    from leerkring import tasks

    getattr(tasks, task_name).delay(*args)
