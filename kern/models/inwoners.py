"""Residents, their consent, the watch list, signals and contact moments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import LANGE_TEKST, UREN, datum_in_bereik, niet_in_de_toekomst, tussen


class Instellingen(models.Model):
    """The foundation's own limits (one row per tenant)."""

    max_uren_per_keer = models.DecimalField(
        _("maximaal aantal uren per keer"),
        max_digits=3,
        decimal_places=1,
        default=2,
        validators=UREN,
    )
    naam_op_intake = models.CharField(_("naam op het intakeformulier"), max_length=200, blank=True)
    vog_geldig_jaren = models.PositiveSmallIntegerField(
        _("VOG geldig (jaren)"), default=3, validators=tussen(1, 10)
    )
    nabellen_na_dagen = models.PositiveSmallIntegerField(
        _("nabellen na … dagen"), default=3, validators=tussen(1, 60)
    )

    class Meta:
        verbose_name = _("instellingen")
        verbose_name_plural = _("instellingen")

    def __str__(self) -> str:
        return "instellingen"


class Inwoner(models.Model):
    """A resident the foundation supports (personal data: AVG applies)."""

    class Huishouden(models.TextChoices):
        ALLEENSTAAND = "alleenstaand", _("alleenstaand")
        PARTNER = "partner", _("met partner")
        GEZIN = "gezin", _("gezin met kinderen")
        ANDERS = "anders", _("anders")

    voornaam = models.CharField(_("voornaam"), max_length=100)
    achternaam = models.CharField(_("achternaam"), max_length=100)
    straat = models.CharField(_("straat en huisnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    dorp = models.ForeignKey(
        "tenants.Dorp", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    geboortedatum = models.DateField(
        _("geboortedatum"),
        null=True,
        blank=True,
        validators=[datum_in_bereik, niet_in_de_toekomst],
    )
    huishouden = models.CharField(
        _("huishouden"), max_length=20, choices=Huishouden.choices, blank=True
    )
    is_mantelzorger = models.BooleanField(_("is mantelzorger"), default=False)
    zorgt_voor = models.CharField(_("zorgt voor"), max_length=200, blank=True)
    huisartspraktijk = models.CharField(_("huisartspraktijk"), max_length=200, blank=True)
    # Health and personal notes: never shown to volunteers (kern.policy).
    notities = models.TextField(_("notities"), blank=True, validators=LANGE_TEKST)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["achternaam", "voornaam"]
        verbose_name = _("inwoner")
        verbose_name_plural = _("inwoners")
        indexes = [models.Index(fields=["achternaam", "voornaam"])]

    def __str__(self) -> str:
        return f"{self.voornaam} {self.achternaam}"


class Toestemming(models.Model):
    """Consent a resident gave (or withdrew): what, when, recorded by whom."""

    class Onderwerp(models.TextChoices):
        VASTLEGGEN = "vastleggen", _("gegevens vastleggen")
        VRIJWILLIGER = "vrijwilliger", _("gegevens delen met vrijwilliger")
        MDO = "mdo", _("bespreken in het MDO")
        HUISARTS = "huisarts", _("contact met huisarts")

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="toestemmingen")
    onderwerp = models.CharField(_("onderwerp"), max_length=20, choices=Onderwerp.choices)
    gegeven = models.BooleanField(_("gegeven"), default=True)
    datum = models.DateField(_("datum"), validators=[datum_in_bereik, niet_in_de_toekomst])
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-datum", "-aangemaakt_op"]
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")

    def __str__(self) -> str:
        return f"{self.get_onderwerp_display()} ({self.datum})"


class Aandachtslijst(models.Model):
    """A resident who does not ask but needs attention, with a contact rhythm."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="aandacht")
    reden = models.CharField(_("reden"), max_length=300)
    contact_elke_dagen = models.PositiveSmallIntegerField(
        _("contact elke … dagen"), default=30, validators=tussen(1, 365)
    )
    volgend_contact = models.DateField(_("volgend contact"), validators=[datum_in_bereik])
    actief = models.BooleanField(_("actief"), default=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["volgend_contact"]
        indexes = [models.Index(fields=["actief", "volgend_contact"])]
        verbose_name = _("aandachtslijst")
        verbose_name_plural = _("aandachtslijst")

    def __str__(self) -> str:
        return f"aandacht: {self.reden[:40]}"


class Signaal(models.Model):
    """A worry a volunteer reports about a resident."""

    class Status(models.TextChoices):
        NIEUW = "nieuw", _("nieuw")
        GEZIEN = "gezien", _("gezien")
        BESTUUR = "bestuur", _("voorgelegd aan bestuur")
        AFGEHANDELD = "afgehandeld", _("afgehandeld")

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="signalen")
    gemeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    omschrijving = models.TextField(_("wat viel je op?"), validators=LANGE_TEKST)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NIEUW
    )
    actie = models.TextField(_("actie"), blank=True, validators=LANGE_TEKST)
    uitkomst = models.TextField(_("uitkomst"), blank=True, validators=LANGE_TEKST)
    bestuur_advies = models.TextField(
        _("advies van het bestuur"), blank=True, validators=LANGE_TEKST
    )
    gemeld_op = models.DateTimeField(auto_now_add=True)
    afgehandeld_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-gemeld_op"]
        indexes = [models.Index(fields=["status"])]
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")

    def __str__(self) -> str:
        return f"signaal van {self.gemeld_op:%d-%m-%Y}"


class Contactmoment(models.Model):
    """Any contact with a resident, for the timeline."""

    class Soort(models.TextChoices):
        TELEFOON = "telefoon", _("telefoon")
        BEZOEK = "bezoek", _("huisbezoek")
        SPREEKUUR = "spreekuur", _("spreekuur")
        NABELLEN = "nabellen", _("nabellen")
        MDO = "mdo", _("MDO")
        ANDERS = "anders", _("anders")

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="contactmomenten")
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    op = models.DateTimeField(_("wanneer"), validators=[datum_in_bereik])
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    samenvatting = models.TextField(_("samenvatting"), validators=LANGE_TEKST)

    class Meta:
        ordering = ["-op"]
        verbose_name = _("contactmoment")
        verbose_name_plural = _("contactmomenten")

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.op:%d-%m-%Y}"
