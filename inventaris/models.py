"""The shared layer's own tables (public schema).

Nothing here may identify a resident or a volunteer. The inventory describes
initiatives (public facts about foundations); the published figures are
counts per quarter that a tenant pushes up (inventaris.publish).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from noaber.bereik import LAATSTE_JAAR, datum_in_bereik, tussen


class Soort(models.TextChoices):
    """Kind of support, as the inventory names it; also the map's legend.

    The values are tenants.Organisatie.Soort's (without the umbrella's "koepel"), so an
    approved application passes its kind to tenant_provision unchanged.
    """

    BETAALD = "betaald", _("betaalde dorpsondersteuner")
    VRIJWILLIG = "vrijwillig", _("vrijwilligerscollectief")
    DORPSLOKET = "dorpsloket", _("dorpsloket")
    ZORGCOOPERATIE = "zorgcooperatie", _("zorgcoöperatie")
    DORPSTELEFOON = "dorpstelefoon", _("24-uurs dorpstelefoon")


class Kaartsoort(models.TextChoices):
    """What a village's marker shows: a kind, or that a pilot ended, or nothing known."""

    BETAALD = "betaald", _("betaalde dorpsondersteuner")
    VRIJWILLIG = "vrijwillig", _("vrijwilligerscollectief")
    DORPSLOKET = "dorpsloket", _("dorpsloket")
    ZORGCOOPERATIE = "zorgcooperatie", _("zorgcoöperatie")
    DORPSTELEFOON = "dorpstelefoon", _("24-uurs dorpstelefoon")
    GESTOPT = "gestopt", _("pilot afgerond")
    ONBEKEND = "onbekend", _("niets bekend")


class Financier(models.TextChoices):
    GEMEENTE = "gemeente", _("gemeente (Wmo)")
    PROVINCIE = "provincie", _("provincie")
    FONDS = "fonds", _("fonds of subsidie")
    ZORGVERZEKERAAR = "zorgverzekeraar", _("zorgverzekeraar")
    DORP = "dorp", _("dorp zelf (donaties, contributie)")


def niet_na_dit_jaar(jaar: int | None) -> None:
    """An initiative cannot have started in a year still to come."""
    if jaar is not None and jaar > timezone.localdate().year:
        raise ValidationError(_("Vul een jaartal in, zoals 2019."), code="toekomst")


def financiers_bekend(waarde) -> None:
    """A list of Financier values, nothing else (the column is JSON and would take anything)."""
    if not isinstance(waarde, list) or any(f not in Financier.values for f in waarde):
        raise ValidationError(_("Onbekende financier."), code="financier")


def korte_naam_vrij(slug: str) -> None:
    """A slug that can become a tenant's schema and host name (tenants.services' rule).

    Checked in lower case: the form takes "Dorpshulp-Bierum", the service stores it lowered.
    """
    from tenants.services import RESERVED_SLUGS, SLUG_RE

    slug = slug.strip().lower()
    if not SLUG_RE.match(slug) or slug in RESERVED_SLUGS:
        raise ValidationError(
            _("Kies een korte naam van 3 tot 40 kleine letters, cijfers of streepjes."),
            code="korte_naam",
        )


class Initiatief(models.Model):
    """One entry of the Groninger Dorpen inventory; may or may not be on Noaber."""

    class Status(models.TextChoices):
        ACTIEF = "actief", _("actief")
        PILOT = "pilot", _("pilot")
        GESTOPT = "gestopt", _("pilot afgerond")

    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"), max_length=40, unique=True)
    gemeente = models.ForeignKey(
        "tenants.Gemeente", on_delete=models.PROTECT, related_name="initiatieven"
    )
    dorpen = models.ManyToManyField("tenants.Dorp", related_name="initiatieven")
    soort = models.CharField(_("soort ondersteuning"), max_length=20, choices=Soort.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIEF
    )
    toelichting = models.TextField(_("toelichting"), blank=True)
    # The initiative's public contact (website, general e-mail or phone of the
    # foundation) – never a resident's.
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    sinds = models.PositiveSmallIntegerField(
        _("actief sinds (jaar)"),
        null=True,
        blank=True,
        validators=[*tussen(1950, LAATSTE_JAAR), niet_na_dit_jaar],
    )
    financiers = models.JSONField(
        _("financiers"), default=list, blank=True, validators=[financiers_bekend]
    )
    organisatie = models.OneToOneField(
        "tenants.Organisatie",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="initiatief",
        verbose_name=_("organisatie op Noaber"),
    )
    bijgewerkt_op = models.DateTimeField(auto_now=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["gemeente__naam", "naam"]
        verbose_name = _("initiatief")
        verbose_name_plural = _("initiatieven")

    def __str__(self) -> str:
        return self.naam

    @property
    def kaartsoort(self) -> str:
        return Kaartsoort.GESTOPT if self.status == self.Status.GESTOPT else self.soort

    def financiers_display(self) -> list[str]:
        labels = dict(Financier.choices)
        return [str(labels.get(f, f)) for f in self.financiers]


class InitiatiefWijziging(models.Model):
    """The history of an inventory entry: who changed what, when."""

    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="wijzigingen")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    velden = models.JSONField(default=dict)  # {veld: [oud, nieuw]}
    toelichting = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-op", "-id"]

    def __str__(self) -> str:
        return f"{self.initiatief_id} @ {self.op:%Y-%m-%d %H:%M}"


class Toetredingsverzoek(models.Model):
    """An initiative asking to join Noaber with its own environment; staff approve it.

    The page calls it an "aanmelding" (an application); the model has its own noun, since a
    Leerkring Deelname and an activiteiten.Aanmelding are sign-ups.
    """

    class Status(models.TextChoices):
        INGEDIEND = "ingediend", _("ingediend")
        GOEDGEKEURD = "goedgekeurd", _("goedgekeurd")
        AFGEWEZEN = "afgewezen", _("afgewezen")

    initiatief = models.ForeignKey(
        Initiatief,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="toetredingsverzoeken",
    )
    naam = models.CharField(_("naam van de organisatie"), max_length=200)
    slug = models.SlugField(_("gewenste korte naam"), max_length=40, validators=[korte_naam_vrij])
    gemeente = models.ForeignKey("tenants.Gemeente", on_delete=models.PROTECT, related_name="+")
    dorpen = models.ManyToManyField("tenants.Dorp", related_name="+")
    soort = models.CharField(_("soort ondersteuning"), max_length=20, choices=Soort.choices)
    # The applicant becomes the first coordinator (an account, like any user).
    contact_email = models.EmailField(_("e-mailadres van de dorpsondersteuner"))
    toelichting = models.TextField(_("toelichting"), blank=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.INGEDIEND, db_index=True
    )
    ingediend_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    behandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    behandeld_op = models.DateTimeField(null=True, blank=True, validators=[datum_in_bereik])
    reden = models.CharField(_("reden"), max_length=300, blank=True)
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-ingediend_op"]
        # An organisation's application to join; elsewhere "aanmelding" is a sign-up.
        verbose_name = pgettext_lazy("inventaris", "aanmelding")
        verbose_name_plural = pgettext_lazy("inventaris", "aanmeldingen")

    def __str__(self) -> str:
        return self.naam


# --- Published figures (fed by the tenants, see inventaris.publish) -----------------


class Publicatie(models.Model):
    """When a tenant last published, and its last-activity date (to spot stalls)."""

    organisatie = models.OneToOneField(
        "tenants.Organisatie", on_delete=models.CASCADE, related_name="publicatie"
    )
    laatste_activiteit = models.DateField(null=True, blank=True, validators=[datum_in_bereik])
    bijgewerkt_op = models.DateTimeField(db_index=True, validators=[datum_in_bereik])

    def __str__(self) -> str:
        return f"{self.organisatie_id}: {self.bijgewerkt_op:%Y-%m-%d %H:%M}"


class Kwartaalstand(models.Model):
    """One tenant's counts for one quarter (no identifying field exists here)."""

    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.CASCADE, related_name="kwartaalstanden"
    )
    gemeente = models.ForeignKey(
        "tenants.Gemeente", on_delete=models.PROTECT, null=True, related_name="+"
    )
    kwartaal = models.DateField(validators=[datum_in_bereik])
    hulpvragen = models.PositiveIntegerField(default=0)
    # Per standard category (kern's seeded list; anything else counts as "overig"):
    # columns, not rows, so the overview sums a few thousand rows in one pass.
    hulpvragen_vervoer = models.PositiveIntegerField(default=0)
    hulpvragen_formulieren = models.PositiveIntegerField(default=0)
    hulpvragen_klusjes = models.PositiveIntegerField(default=0)
    hulpvragen_bezoek = models.PositiveIntegerField(default=0)
    hulpvragen_aandacht = models.PositiveIntegerField(default=0)
    hulpvragen_respijtzorg = models.PositiveIntegerField(default=0)
    hulpvragen_taal = models.PositiveIntegerField(default=0)
    hulpvragen_overig = models.PositiveIntegerField(default=0)
    vrijwilligers_actief = models.PositiveIntegerField(default=0)
    activiteiten = models.PositiveIntegerField(default=0)
    mdo_overleggen = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "kwartaal"], name="stand_uniek")
        ]
        indexes = [models.Index(fields=["kwartaal", "gemeente"]), models.Index(fields=["kwartaal"])]

    def __str__(self) -> str:
        return f"{self.organisatie_id} {self.kwartaal}"
