"""Who pays for the work (funders, grants), and the report files made for them."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Financier(models.Model):
    class Soort(models.TextChoices):
        PROVINCIE = "provincie", _("provincie")
        GEMEENTE = "gemeente", _("gemeente")
        ZORGVERZEKERAAR = "zorgverzekeraar", _("zorgverzekeraar")
        FONDS = "fonds", _("fonds")
        BANK = "bank", _("bank")
        ANDERS = "anders", _("anders")

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("financier")
        verbose_name_plural = _("financiers")

    def __str__(self) -> str:
        return self.naam


class Subsidie(models.Model):
    """A grant: who, how much, for which period and purpose, and what must be reported."""

    financier = models.ForeignKey(Financier, on_delete=models.PROTECT, related_name="subsidies")
    naam = models.CharField(_("naam"), max_length=200)
    bedrag = models.DecimalField(_("bedrag (€)"), max_digits=10, decimal_places=2)
    begin = models.DateField(_("begin"))
    einde = models.DateField(_("einde"))
    doel = models.TextField(_("doel"), blank=True)
    rapportage_eisen = models.TextField(_("wat moet worden gerapporteerd"), blank=True)
    # Empty means: all help requests / all activities count for this grant.
    categorieen = models.ManyToManyField(
        "kern.Categorie", blank=True, related_name="+", verbose_name=_("categorieën")
    )
    activiteitsoorten = models.ManyToManyField(
        "activiteiten.Activiteitsoort", blank=True, related_name="+", verbose_name=_("activiteiten")
    )

    class Meta:
        ordering = ["-begin"]
        verbose_name = _("subsidie")
        verbose_name_plural = _("subsidies")

    def __str__(self) -> str:
        return f"{self.financier}: {self.naam}"


class Rapportexport(models.Model):
    """A report file built in the background; kept in the tenant's own schema."""

    class Status(models.TextChoices):
        WACHT = "wacht", _("wacht")
        BEZIG = "bezig", _("bezig")
        KLAAR = "klaar", _("klaar")
        MISLUKT = "mislukt", _("mislukt")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    soort = models.CharField(max_length=20)  # "kwartaal" or "subsidie"
    formaat = models.CharField(max_length=5)  # csv, xlsx, pdf
    parameters = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WACHT)
    voortgang = models.PositiveSmallIntegerField(default=0)
    bestandsnaam = models.CharField(max_length=200, blank=True)
    inhoud = models.BinaryField(null=True, blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"export {self.id}"
