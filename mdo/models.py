"""The monthly MDO (multidisciplinary case meeting) with GP, home care and Wmo-consulent.

External professionals have no account: they are attendees by name, organisation and role.
A resident is only put on the agenda with MDO consent (mdo.services).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import datum_in_bereik, tussen


class MdoOverleg(models.Model):
    class Status(models.TextChoices):
        GEPLAND = "gepland", _("gepland")
        GEHOUDEN = "gehouden", _("gehouden")

    datum = models.DateTimeField(_("datum en tijd"), validators=[datum_in_bereik])
    locatie = models.CharField(_("locatie"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.GEPLAND
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["-datum"]
        verbose_name = _("MDO")
        verbose_name_plural = _("MDO's")

    def __str__(self) -> str:
        return f"MDO {self.datum:%d-%m-%Y}"


class MdoDeelnemer(models.Model):
    """Someone at the table: a colleague with an account, or an outside professional."""

    class Rol(models.TextChoices):
        HUISARTS = "huisarts", _("huisarts")
        POH = "poh", _("praktijkondersteuner")
        THUISZORG = "thuiszorg", _("thuiszorg / wijkverpleging")
        WMO = "wmo", _("Wmo-consulent")
        DORPSONDERSTEUNER = "dorpsondersteuner", _("dorpsondersteuner")
        SO = "so", _("specialist ouderengeneeskunde")
        ANDERS = "anders", _("anders")

    overleg = models.ForeignKey(MdoOverleg, on_delete=models.CASCADE, related_name="deelnemers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    naam = models.CharField(_("naam"), max_length=200)
    organisatie = models.CharField(_("organisatie"), max_length=200, blank=True)
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices)
    aanwezig = models.BooleanField(_("aanwezig"), default=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")

    def __str__(self) -> str:
        return f"{self.naam} ({self.get_rol_display()})"

    @property
    def is_extern(self) -> bool:
        return self.user_id is None


class MdoBespreking(models.Model):
    """One resident on the agenda: why, who holds the case (regiehouder), what was said."""

    class Aanleiding(models.TextChoices):
        AANDACHT = "aandacht", _("aandachtslijst: contact te laat")
        SIGNAAL = "signaal", _("open signaal")
        VASTGELOPEN = "vastgelopen", _("hulpvraag loopt vast")
        INGEBRACHT = "ingebracht", _("ingebracht door deelnemer")

    overleg = models.ForeignKey(MdoOverleg, on_delete=models.CASCADE, related_name="besprekingen")
    inwoner = models.ForeignKey("kern.Inwoner", on_delete=models.PROTECT, related_name="mdo")
    aanleiding = models.CharField(_("aanleiding"), max_length=20, choices=Aanleiding.choices)
    vraag = models.CharField(_("vraag aan het MDO"), max_length=300, blank=True)
    regiehouder = models.ForeignKey(
        MdoDeelnemer,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="regie",
        verbose_name=_("regiehouder / casemanager"),
    )
    bespreking = models.TextField(_("bespreking"), blank=True)
    # The place on the agenda; the column is a smallint.
    volgorde = models.PositiveSmallIntegerField(default=0, validators=tussen(0, 32767))

    class Meta:
        ordering = ["volgorde", "id"]
        verbose_name = _("bespreking")
        verbose_name_plural = _("besprekingen")
        constraints = [
            models.UniqueConstraint(fields=["overleg", "inwoner"], name="mdo_inwoner_eenmaal")
        ]

    def __str__(self) -> str:
        return f"bespreking {self.pk}"


class MdoBesluit(models.Model):
    """A decision; it is also written to the resident's timeline as a Contactmoment."""

    bespreking = models.ForeignKey(
        MdoBespreking, on_delete=models.CASCADE, related_name="besluiten"
    )
    tekst = models.TextField(_("besluit"))
    contactmoment = models.OneToOneField(
        "kern.Contactmoment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    genomen_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["id"]
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")

    def __str__(self) -> str:
        return self.tekst[:40]


class MdoActie(models.Model):
    """A follow-up action with an owner at the table and a due date."""

    bespreking = models.ForeignKey(MdoBespreking, on_delete=models.CASCADE, related_name="acties")
    omschrijving = models.CharField(_("actie"), max_length=300)
    eigenaar = models.ForeignKey(
        MdoDeelnemer, on_delete=models.PROTECT, related_name="acties", verbose_name=_("wie")
    )
    uiterlijk = models.DateField(_("uiterlijk"), validators=[datum_in_bereik])
    afgerond_op = models.DateTimeField(null=True, blank=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["uiterlijk", "id"]
        verbose_name = _("actie")
        verbose_name_plural = _("acties")

    def __str__(self) -> str:
        return self.omschrijving
