"""A foundation's case data. Lives only in the tenant's own schema."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Inwoner(models.Model):
    """A resident the foundation supports (personal data: AVG applies)."""

    voornaam = models.CharField(_("voornaam"), max_length=100)
    achternaam = models.CharField(_("achternaam"), max_length=100)
    straat = models.CharField(_("straat en huisnummer"), max_length=200, blank=True)
    dorp = models.ForeignKey(
        "tenants.Dorp", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    geboortedatum = models.DateField(_("geboortedatum"), null=True, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["achternaam", "voornaam"]
        verbose_name = _("inwoner")
        verbose_name_plural = _("inwoners")

    def __str__(self) -> str:
        return f"{self.voornaam} {self.achternaam}"
