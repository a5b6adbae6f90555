"""Activities against loneliness: Samen aan tafel, themadagen, the vrijwilligersdag.

Prices live on the activity type and are copied to each activity when it is planned, so a
price change never rewrites what past guests paid.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import BEDRAG, datum_in_bereik, tussen

# What the planning page allows: a dinner for a village, not a stadium.
PLAATSEN = tussen(1, 500)
# A series is planned at most two years of months ahead at once.
REEKS_MAX = 24


class Ticket(models.TextChoices):
    DEELNEMER = "deelnemer", _("deelnemer")
    VRIEND = "vriend", _("vriend aan tafel")
    GRATIS = "gratis", _("gratis")


class Activiteitsoort(models.Model):
    class Herhaling(models.TextChoices):
        EENMALIG = "eenmalig", _("eenmalig")
        WEKELIJKS = "wekelijks", _("elke week")
        MAANDELIJKS = "maandelijks", _("elke maand (zelfde weekdag)")
        JAARLIJKS = "jaarlijks", _("elk jaar")

    naam = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    locatie = models.CharField(_("vaste locatie"), max_length=200, blank=True)
    capaciteit = models.PositiveSmallIntegerField(
        _("aantal plaatsen"), default=50, validators=PLAATSEN
    )
    # numeric(6, 2): full_clean's max_digits check bounds the top at € 9999.99.
    prijs_deelnemer = models.DecimalField(
        _("prijs deelnemer"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("0"),
        validators=BEDRAG,
    )
    prijs_vriend = models.DecimalField(
        _("prijs vriend aan tafel"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("0"),
        validators=BEDRAG,
    )
    herhaling = models.CharField(
        _("herhaling"), max_length=20, choices=Herhaling.choices, default=Herhaling.EENMALIG
    )
    publiek = models.BooleanField(_("aanmelden via de openbare pagina"), default=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("soort activiteit")
        verbose_name_plural = _("soorten activiteiten")

    def __str__(self) -> str:
        return self.naam


class Activiteit(models.Model):
    soort = models.ForeignKey(
        Activiteitsoort, on_delete=models.PROTECT, related_name="activiteiten"
    )
    titel = models.CharField(_("titel"), max_length=200)
    begint_op = models.DateTimeField(_("begint op"), db_index=True, validators=[datum_in_bereik])
    eindigt_op = models.DateTimeField(
        _("eindigt op"), null=True, blank=True, validators=[datum_in_bereik]
    )
    locatie = models.CharField(_("locatie"), max_length=200)
    capaciteit = models.PositiveSmallIntegerField(_("aantal plaatsen"), validators=PLAATSEN)
    prijs_deelnemer = models.DecimalField(max_digits=6, decimal_places=2, validators=BEDRAG)
    prijs_vriend = models.DecimalField(max_digits=6, decimal_places=2, validators=BEDRAG)
    publiek = models.BooleanField(_("openbaar aanmelden"), default=True)
    geannuleerd = models.BooleanField(_("geannuleerd"), default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["begint_op"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def __str__(self) -> str:
        return f"{self.titel} {self.begint_op:%d-%m-%Y}"

    def prijs(self, ticket: str) -> Decimal:
        return {
            Ticket.DEELNEMER: self.prijs_deelnemer,
            Ticket.VRIEND: self.prijs_vriend,
        }.get(ticket, Decimal("0"))


class Rit(models.Model):
    """A volunteer driver who picks up guests and brings them home again."""

    activiteit = models.ForeignKey(Activiteit, on_delete=models.CASCADE, related_name="ritten")
    chauffeur = models.ForeignKey(
        "kern.Vrijwilliger", on_delete=models.PROTECT, related_name="ritten"
    )
    # A car, not a bus: the rides page offers 1 to 8 seats.
    plaatsen = models.PositiveSmallIntegerField(
        _("plaatsen in de auto"), default=3, validators=tussen(1, 8)
    )
    bericht_verstuurd_op = models.DateTimeField(null=True, blank=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["id"]
        verbose_name = _("rit")
        verbose_name_plural = _("ritten")
        constraints = [
            models.UniqueConstraint(
                fields=["activiteit", "chauffeur"], name="rit_chauffeur_eenmaal"
            )
        ]

    def __str__(self) -> str:
        return f"rit {self.pk}"


class Inschrijving(models.Model):
    """One guest signed up for an activity.

    Phone sign-ups are entered by the coordinator; others come from the web.
    """

    class Kanaal(models.TextChoices):
        TELEFOON = "telefoon", _("telefoon")
        WEBSITE = "website", _("openbare pagina")
        ANDERS = "anders", _("anders")

    activiteit = models.ForeignKey(
        Activiteit, on_delete=models.CASCADE, related_name="inschrijvingen"
    )
    inwoner = models.ForeignKey(
        "kern.Inwoner", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    naam = models.CharField(_("naam"), max_length=200)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    ticket = models.CharField(
        _("soort kaartje"), max_length=10, choices=Ticket.choices, default=Ticket.DEELNEMER
    )
    kanaal = models.CharField(max_length=10, choices=Kanaal.choices, default=Kanaal.TELEFOON)
    vervoer_nodig = models.BooleanField(_("heeft vervoer nodig"), default=False)
    ophaaladres = models.CharField(_("ophaaladres"), max_length=200, blank=True)
    rit = models.ForeignKey(
        Rit, on_delete=models.SET_NULL, null=True, blank=True, related_name="passagiers"
    )
    aanwezig = models.BooleanField(_("aanwezig"), null=True, blank=True)  # None: not taken yet
    aangemeld_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    aangemeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["aangemeld_op", "id"]
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")

    def __str__(self) -> str:
        return f"inschrijving {self.pk}"
