"""Volunteers and the hours they give."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import UREN, datum_in_bereik, niet_in_de_toekomst, tussen

DAGDELEN = [
    (f"{dag}-{deel}", f"{dag} {deel}")
    for dag in ("ma", "di", "wo", "do", "vr", "za", "zo")
    for deel in ("ochtend", "middag", "avond")
]
DAGDEEL_CODES = [code for code, _label in DAGDELEN]


def dagdelen_geldig(waarde) -> None:
    """A list of day parts from DAGDELEN (availability, when help is wanted)."""
    if not isinstance(waarde, list) or not set(waarde) <= set(DAGDEEL_CODES):
        raise ValidationError(_("Kies dagdelen uit de lijst."), code="dagdelen")


def dagdelen_ordenen(waarde):
    """Each day part once, in the week's order; anything else is left for the validator."""
    if isinstance(waarde, list) and set(waarde) <= set(DAGDEEL_CODES):
        return sorted(set(waarde), key=DAGDEEL_CODES.index)
    return waarde


class Vrijwilliger(models.Model):
    class Status(models.TextChoices):
        ACTIEF = "actief", _("actief")
        GEPAUZEERD = "gepauzeerd", _("gepauzeerd")
        GESTOPT = "gestopt", _("gestopt")

    # A volunteer may have an account (to log in) and may also be a resident who is helped.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    inwoner = models.OneToOneField(
        "kern.Inwoner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="als_vrijwilliger",
    )
    voornaam = models.CharField(_("voornaam"), max_length=100)
    achternaam = models.CharField(_("achternaam"), max_length=100)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    categorieen = models.ManyToManyField("kern.Categorie", related_name="vrijwilligers", blank=True)
    dorpen = models.ManyToManyField("tenants.Dorp", related_name="+", blank=True)
    beschikbaarheid = models.JSONField(
        _("beschikbaar (dagdelen)"), default=list, blank=True, validators=[dagdelen_geldig]
    )
    eigen_auto = models.BooleanField(_("eigen auto"), default=False)
    max_uren_per_maand = models.PositiveSmallIntegerField(
        _("maximaal uren per maand"), default=8, validators=tussen(0, 200)
    )
    vog_datum = models.DateField(
        _("VOG afgegeven op"),
        null=True,
        blank=True,
        validators=[datum_in_bereik, niet_in_de_toekomst],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIEF
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["achternaam", "voornaam"]
        verbose_name = _("vrijwilliger")
        verbose_name_plural = _("vrijwilligers")

    def __str__(self) -> str:
        return f"{self.voornaam} {self.achternaam}"

    def clean(self) -> None:
        self.beschikbaarheid = dagdelen_ordenen(self.beschikbaarheid)


class Urenregistratie(models.Model):
    """Hours a volunteer gave, for a match (or, later, an activity)."""

    vrijwilliger = models.ForeignKey(Vrijwilliger, on_delete=models.CASCADE, related_name="uren")
    match = models.ForeignKey(
        "kern.Match", on_delete=models.SET_NULL, null=True, blank=True, related_name="uren"
    )
    activiteit = models.ForeignKey(
        "activiteiten.Activiteit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uren",
    )
    datum = models.DateField(_("datum"), validators=[datum_in_bereik, niet_in_de_toekomst])
    uren = models.DecimalField(_("uren"), max_digits=3, decimal_places=1, validators=UREN)
    omschrijving = models.CharField(_("omschrijving"), max_length=200, blank=True)
    ingevoerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-datum"]
        verbose_name = _("urenregistratie")
        verbose_name_plural = _("urenregistraties")

    def __str__(self) -> str:
        return f"{self.uren} uur op {self.datum}"
