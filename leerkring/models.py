"""The Leerkring (public schema, shared by every foundation).

Nothing here may point into a tenant's schema: a member is a global User, their
village initiative is an Organisatie (the tenant registry), and what members
write is about their practice, never about a named resident. No model in this
module has a foreign key to a `kern` model, and none may get one.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from noaber.bereik import datum_in_bereik, tussen

# PostgreSQL's Dutch text search configuration (snowball stemmer + stop words).
ZOEKTAAL = "dutch"


def zoekvector(*weighted: tuple[str, str]):
    """The search vector of a row's text fields, each with its weight ("A" counts most)."""
    vector = None
    for field, weight in weighted:
        part = SearchVector(field, weight=weight, config=ZOEKTAAL)
        vector = part if vector is None else vector + part
    return vector


def tekstveld(verbose_name, *, max_length: int, **kwargs) -> models.TextField:
    """A TextField whose length full_clean() checks too: Django leaves that to the form.

    ``noaber.formulieren.modelveld`` gives the form field the same limit (and the phone its
    maxlength), so the number is written once, here on the model.
    """
    return models.TextField(
        verbose_name,
        max_length=max_length,
        validators=[MaxLengthValidator(max_length)],
        **kwargs,
    )


class Thema(models.Model):
    """A theme members tag their practice with (vervoer, eenzaamheid, …)."""

    slug = models.SlugField(unique=True, max_length=60)
    naam = models.CharField(_("naam"), max_length=80)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def __str__(self) -> str:
        return self.naam


class Profiel(models.Model):
    """A member's Leerkring settings. Membership itself follows from Lidmaatschap."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leerkring_profiel"
    )
    over_mij = tekstveld(_("over mij"), blank=True, max_length=1000)
    mail_bij_reactie = models.BooleanField(
        _("mail me als iemand op mijn bericht reageert"), default=True
    )
    mail_bij_thema = models.BooleanField(
        _("mail me bij een nieuw bericht in een thema dat ik volg"), default=True
    )
    weekoverzicht = models.BooleanField(_("stuur me elke week een overzicht"), default=True)
    gevolgde_themas = models.ManyToManyField(Thema, blank=True, related_name="volgers")

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self) -> str:
        return str(self.user)


class Bericht(models.Model):
    """A question or a shared experience in Praktijk."""

    class Soort(models.TextChoices):
        VRAAG = "vraag", _("vraag")
        ERVARING = "ervaring", _("ervaring")

    soort = models.CharField(_("soort"), max_length=10, choices=Soort.choices)
    titel = models.CharField(_("titel"), max_length=160)
    tekst = tekstveld(_("tekst"), max_length=5000)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leerkring_berichten"
    )
    # The author's village initiative when they wrote it (None for staff).
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    themas = models.ManyToManyField(Thema, related_name="berichten")
    nuttig_antwoord = models.ForeignKey(
        "Reactie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verborgen = models.BooleanField(_("verborgen"), default=False)
    aantal_reacties = models.PositiveIntegerField(default=0)
    aangemaakt_op = models.DateTimeField(
        auto_now_add=True, db_index=True, validators=[datum_in_bereik]
    )
    zoekvector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["-aangemaakt_op", "-id"]
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        indexes = [GinIndex(fields=["zoekvector"], name="leerkring_bericht_zoek")]

    def __str__(self) -> str:
        return self.titel


class Reactie(models.Model):
    bericht = models.ForeignKey(Bericht, on_delete=models.CASCADE, related_name="reacties")
    tekst = tekstveld(_("tekst"), max_length=5000)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leerkring_reacties"
    )
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verborgen = models.BooleanField(_("verborgen"), default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    zoekvector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["aangemaakt_op", "id"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        indexes = [GinIndex(fields=["zoekvector"], name="leerkring_reactie_zoek")]

    def __str__(self) -> str:
        return self.tekst[:60]


class Melding(models.Model):
    """A member reports a post or reply; staff decide (hide or dismiss)."""

    bericht = models.ForeignKey(
        Bericht, on_delete=models.CASCADE, null=True, blank=True, related_name="meldingen"
    )
    reactie = models.ForeignKey(
        Reactie, on_delete=models.CASCADE, null=True, blank=True, related_name="meldingen"
    )
    melder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reden = models.CharField(_("reden"), max_length=500)
    afgehandeld = models.BooleanField(default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["aangemaakt_op"]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(bericht__isnull=False) | models.Q(reactie__isnull=False),
                name="melding_over_bericht_of_reactie",
            )
        ]

    def __str__(self) -> str:
        return self.reden[:60]

    def clean(self) -> None:
        if (self.bericht_id is None) == (self.reactie_id is None):
            raise ValidationError(_("Meld één bericht of één reactie."))


class Bijeenkomst(models.Model):
    titel = models.CharField(_("titel"), max_length=160)
    begint_op = models.DateTimeField(_("datum en tijd"), validators=[datum_in_bereik])
    plaats = models.CharField(_("plaats"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    agenda = tekstveld(_("agenda"), max_length=4000)
    max_deelnemers = models.PositiveIntegerField(
        _("maximaal aantal deelnemers"), validators=tussen(1, 500)
    )
    organisator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aantal_deelnames = models.PositiveIntegerField(default=0)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["-begint_op", "-id"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self) -> str:
        return self.titel

    def clean(self) -> None:
        if not self.plaats.strip() and not self.online_link.strip():
            raise ValidationError({"plaats": _("Vul een plaats of een online link in.")})

    @property
    def vol(self) -> bool:
        return self.aantal_deelnames >= self.max_deelnemers


class Voorvraag(models.Model):
    """A question participants answer before the meeting."""

    bijeenkomst = models.ForeignKey(Bijeenkomst, on_delete=models.CASCADE, related_name="vragen")
    tekst = models.CharField(_("vraag"), max_length=300)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["volgorde", "id"]
        verbose_name = _("vraag vooraf")
        verbose_name_plural = _("vragen vooraf")

    def __str__(self) -> str:
        return self.tekst


class Deelname(models.Model):
    """A member's sign-up for a Bijeenkomst (a seat; answers to the questions hang on it)."""

    bijeenkomst = models.ForeignKey(Bijeenkomst, on_delete=models.CASCADE, related_name="deelnames")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leerkring_deelnames"
    )
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    aanwezig = models.BooleanField(_("aanwezig"), null=True, blank=True, default=None)
    aangemeld_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["aangemeld_op", "id"]
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")
        constraints = [
            models.UniqueConstraint(fields=["bijeenkomst", "user"], name="een_deelname_per_lid")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.bijeenkomst}"


class Antwoord(models.Model):
    deelname = models.ForeignKey(Deelname, on_delete=models.CASCADE, related_name="antwoorden")
    vraag = models.ForeignKey(Voorvraag, on_delete=models.CASCADE, related_name="antwoorden")
    tekst = tekstveld(_("antwoord"), max_length=2000)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(fields=["deelname", "vraag"], name="een_antwoord_per_vraag")
        ]

    def __str__(self) -> str:
        return self.tekst[:60]


class Verslag(models.Model):
    bijeenkomst = models.OneToOneField(
        Bijeenkomst, on_delete=models.CASCADE, related_name="verslag"
    )
    tekst = tekstveld(_("verslag"), max_length=10000)
    lessen = tekstveld(_("lessen (één per regel)"), max_length=4000)
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])
    zoekvector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("verslag")
        verbose_name_plural = _("verslagen")
        indexes = [GinIndex(fields=["zoekvector"], name="leerkring_verslag_zoek")]

    def __str__(self) -> str:
        return str(self.bijeenkomst)

    @property
    def lessen_lijst(self) -> list[str]:
        return [regel.strip() for regel in self.lessen.splitlines() if regel.strip()]


class VerslagReactie(models.Model):
    verslag = models.ForeignKey(Verslag, on_delete=models.CASCADE, related_name="reacties")
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisatie = models.ForeignKey(
        "tenants.Organisatie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    tekst = tekstveld(_("reactie"), max_length=3000)
    verborgen = models.BooleanField(default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, validators=[datum_in_bereik])

    class Meta:
        ordering = ["aangemaakt_op", "id"]
        verbose_name = _("reactie op verslag")
        verbose_name_plural = _("reacties op verslagen")

    def __str__(self) -> str:
        return self.tekst[:60]
