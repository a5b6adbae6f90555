"""The ADA toolbox (public schema): the three routes of steps and the example projects.

Everyone may read what is published; a foundation submits a project from its own site and
Groninger Dorpen staff review it (leerkring's moderation desk). Like the Leerkring, nothing
here points into a tenant's schema: a project names its foundation (the tenant registry),
never a resident.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from leerkring.models import tekstveld
from noaber.bereik import datum_in_bereik


class Rol(models.TextChoices):
    """The three routes of the Actieve Dorpen Aanpak."""

    BEWONER = "bewoner", _("bewoner")
    BESTUURDER = "bestuurder", _("bestuurder")
    GEMEENTE = "gemeente", _("gemeente")


class Voorbeeldproject(models.Model):
    """A village project others can learn from; published only after staff review."""

    class Status(models.TextChoices):
        INGEDIEND = "ingediend", _("wacht op beoordeling")
        GEPUBLICEERD = "gepubliceerd", _("gepubliceerd")
        AFGEWEZEN = "afgewezen", _("afgewezen")

    slug = models.SlugField(unique=True, max_length=80)
    titel = models.CharField(_("titel"), max_length=160)
    samenvatting = models.CharField(_("samenvatting"), max_length=300)
    beschrijving = tekstveld(_("beschrijving"), max_length=8000)
    dorp = models.CharField(_("dorp"), max_length=100)
    gemeente = models.ForeignKey(
        "tenants.Gemeente", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    themas = models.ManyToManyField(
        "leerkring.Thema", related_name="voorbeeldprojecten", blank=True
    )
    contact = models.CharField(
        _("contact"),
        max_length=300,
        help_text=_("Hoe anderen de organisatie bereiken: website of algemeen adres."),
    )
    bron = models.CharField(_("bron"), max_length=300, blank=True)
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.INGEDIEND)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    beoordeeld_op = models.DateTimeField(null=True, blank=True, validators=[datum_in_bereik])
    reden_afwijzing = models.CharField(max_length=500, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    zoekvector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["titel"]
        verbose_name = _("voorbeeldproject")
        verbose_name_plural = _("voorbeeldprojecten")
        indexes = [GinIndex(fields=["zoekvector"], name="ada_project_zoek")]

    def __str__(self) -> str:
        return self.titel

    def clean(self) -> None:
        if self.status == self.Status.AFGEWEZEN and not self.reden_afwijzing.strip():
            raise ValidationError(
                _("Schrijf kort waarom het project (nog) niet geplaatst wordt."),
                code="reden",
            )


class Foto(models.Model):
    """A re-encoded image (ada.images): never the uploaded bytes themselves."""

    project = models.ForeignKey(Voorbeeldproject, on_delete=models.CASCADE, related_name="fotos")
    bestand = models.CharField(max_length=200, unique=True)  # path under MEDIA_ROOT
    content_type = models.CharField(max_length=20)
    breedte = models.PositiveIntegerField()
    hoogte = models.PositiveIntegerField()
    alt = models.CharField(_("beschrijving van de foto"), max_length=200)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["id"]
        verbose_name = _("foto")
        verbose_name_plural = _("foto's")

    def __str__(self) -> str:
        return self.alt


class Stap(models.Model):
    rol = models.CharField(_("rol"), max_length=12, choices=Rol.choices)
    volgorde = models.PositiveSmallIntegerField()
    titel = models.CharField(_("titel"), max_length=160)
    vraag = tekstveld(_("vraag"), max_length=1000)
    advies = tekstveld(_("advies"), max_length=4000)
    voorbeelden = models.ManyToManyField(Voorbeeldproject, blank=True, related_name="stappen")
    zoekvector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["rol", "volgorde"]
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")
        constraints = [
            models.UniqueConstraint(fields=["rol", "volgorde"], name="stap_volgorde_per_rol")
        ]
        indexes = [GinIndex(fields=["zoekvector"], name="ada_stap_zoek")]

    def __str__(self) -> str:
        return f"{self.get_rol_display()} {self.volgorde}: {self.titel}"
