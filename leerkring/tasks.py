"""Mail from the Leerkring, sent through Celery (inline when there is no broker).

Mails carry only what members wrote in the Leerkring itself: titles, the
village initiative's name and a link. Never anything from a tenant's schema.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from leerkring.models import Bericht, Profiel, Reactie
from noaber.celery import app

logger = logging.getLogger(__name__)


def _public_url(name: str, *args) -> str:
    """Mail links point at the shared layer's host, whatever host sent the task."""
    scheme = "http" if settings.DEBUG else "https"
    path = reverse(name, args=args, urlconf="noaber.urls_public")
    return f"{scheme}://{settings.NOABER_DOMAIN}{path}"


def _mail(template: str, to: list[str], context: dict) -> int:
    if not to:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(f"leerkring/mail/{template}.txt", context)
    subject, _sep, text = body.partition("\n")
    sent = 0
    for address in to:  # one mail per person: addresses are never shown to each other
        sent += send_mail(subject.strip(), text.strip() + "\n", None, [address])
    return sent


@app.task(name="leerkring.reactie_notify")
def reactie_notify(reactie_id: int) -> int:
    reactie = (
        Reactie.objects.select_related("bericht__auteur", "organisatie")
        .filter(pk=reactie_id, verborgen=False)
        .first()
    )
    if reactie is None or reactie.auteur_id == reactie.bericht.auteur_id:
        return 0
    geen_mail = Profiel.objects.filter(user=reactie.bericht.auteur, mail_bij_reactie=False).exists()
    if geen_mail:
        return 0
    return _mail(
        "reactie",
        [reactie.bericht.auteur.email],
        {
            "reactie": reactie,
            "bericht": reactie.bericht,
            "url": _public_url("leerkring:bericht", reactie.bericht_id),
        },
    )


@app.task(name="leerkring.bericht_notify")
def bericht_notify(bericht_id: int) -> int:
    bericht = Bericht.objects.filter(pk=bericht_id, verborgen=False).first()
    if bericht is None:
        return 0
    ontvangers = (
        Profiel.objects.filter(
            gevolgde_themas__berichten=bericht, mail_bij_thema=True, user__is_active=True
        )
        .exclude(user_id=bericht.auteur_id)
        .values_list("user__email", flat=True)
        .distinct()
    )
    return _mail(
        "nieuw_bericht",
        sorted(ontvangers),
        {
            "bericht": bericht,
            "url": _public_url("leerkring:bericht", bericht.pk),
        },
    )


@app.task(name="leerkring.weekoverzicht_send")
def weekoverzicht_send() -> int:
    """Monday morning: the past week's posts in the themes each member follows."""
    since = timezone.now() - timedelta(days=7)
    recent = list(
        Bericht.objects.filter(aangemaakt_op__gte=since, verborgen=False)
        .prefetch_related("themas")
        .order_by("-aangemaakt_op")[:200]
    )
    if not recent:
        return 0
    sent = 0
    profielen = (
        Profiel.objects.filter(weekoverzicht=True, user__is_active=True)
        .select_related("user")
        .prefetch_related("gevolgde_themas")
    )
    for profiel in profielen:
        gevolgd = {t.pk for t in profiel.gevolgde_themas.all()}
        berichten = [
            b
            for b in recent
            if b.auteur_id != profiel.user_id
            and (not gevolgd or any(t.pk in gevolgd for t in b.themas.all()))
        ][:20]
        if berichten:
            sent += _mail(
                "weekoverzicht",
                [profiel.user.email],
                {
                    "berichten": [(b, _public_url("leerkring:bericht", b.pk)) for b in berichten],
                    "instellingen": _public_url("leerkring:profiel_bewerken"),
                },
            )
    logger.info("weekoverzicht verstuurd naar %s leden", sent)
    return sent


app.conf.beat_schedule = {
    **(app.conf.beat_schedule or {}),
    "leerkring-weekoverzicht": {
        "task": "leerkring.weekoverzicht_send",
        "schedule": timedelta(days=7),
    },
}
