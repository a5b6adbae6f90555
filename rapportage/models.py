"""Who pays for the work (funders, grants), and the report files made for them."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import datum_in_bereik, tussen


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
    # numeric(10, 2): full_clean's max_digits check bounds the top. A grant of nothing is no
    # grant, so the floor is a cent rather than BEDRAG's zero.
    bedrag = models.DecimalField(
        _("bedrag (€)"),
        max_digits=10,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal("0.01"), message=_("Het bedrag moet groter dan nul zijn."))
        ],
    )
    begin = models.DateField(_("begin"), validators=[datum_in_bereik])
    einde = models.DateField(_("einde"), validators=[datum_in_bereik])
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

    class Soort(models.TextChoices):
        KWARTAAL = "kwartaal", _("kwartaaloverzicht")
        SUBSIDIE = "subsidie", _("subsidieverantwoording")

    class Formaat(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (XLSX)"
        PDF = "pdf", "PDF"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    soort = models.CharField(max_length=20, choices=Soort.choices)
    formaat = models.CharField(_("formaat"), max_length=5, choices=Formaat.choices)
    parameters = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WACHT)
    voortgang = models.PositiveSmallIntegerField(default=0, validators=tussen(0, 100))  # percent
    bestandsnaam = models.CharField(max_length=200, blank=True)
    inhoud = models.BinaryField(null=True, blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"export {self.id}"
