"""The tenant registry and global accounts (public schema).

Nothing in this module may identify a resident or a volunteer: the public
schema is what Groninger Dorpen staff and the inventory map read.
"""

from __future__ import annotations

from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tenants.models import DomainMixin, TenantMixin


class Gemeente(models.Model):
    naam = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.naam


class Dorp(models.Model):
    naam = models.CharField(_("naam"), max_length=100)
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="dorpen")
    lat = models.DecimalField(_("breedtegraad"), max_digits=8, decimal_places=5)
    lon = models.DecimalField(_("lengtegraad"), max_digits=8, decimal_places=5)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("dorp")
        verbose_name_plural = _("dorpen")
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "naam"], name="dorp_uniek_per_gemeente")
        ]

    def __str__(self) -> str:
        return self.naam


class Organisatie(TenantMixin):
    """A village foundation: one tenant, one PostgreSQL schema."""

    class Soort(models.TextChoices):
        BETAALD = "betaald", _("betaalde dorpsondersteuner")
        VRIJWILLIG = "vrijwillig", _("vrijwilligerscollectief")
        DORPSLOKET = "dorpsloket", _("dorpsloket")
        ZORGCOOPERATIE = "zorgcooperatie", _("zorgcoöperatie")
        DORPSTELEFOON = "dorpstelefoon", _("24-uurs dorpstelefoon")
        KOEPEL = "koepel", _("koepelorganisatie")

    class Status(models.TextChoices):
        ACTIEF = "actief", _("actief")
        PILOT = "pilot", _("pilot")
        GESTOPT = "gestopt", _("gestopt")

    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"), max_length=40, unique=True)
    soort = models.CharField(_("soort ondersteuning"), max_length=20, choices=Soort.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIEF
    )
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="organisaties", null=True, blank=True
    )
    dorpen = models.ManyToManyField(Dorp, related_name="organisaties", blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    auto_create_schema = True
    auto_drop_schema = True

    class Meta:
        ordering = ["naam"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.naam

    @property
    def is_public(self) -> bool:
        return self.schema_name == "public"


class Domain(DomainMixin):
    class Meta:
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("E-mailadres is verplicht")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """One global account per person; access to a tenant is a Lidmaatschap."""

    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    is_platformstaf = models.BooleanField(
        _("medewerker Groninger Dorpen"),
        default=False,
        help_text=_("Ziet het provinciale overzicht (alleen totalen), nooit inwonergegevens."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.email


class Lidmaatschap(models.Model):
    """A person's role in one foundation."""

    class Rol(models.TextChoices):
        COORDINATOR = "coordinator", _("dorpsondersteuner (coördinator)")
        VRIJWILLIGER = "vrijwilliger", _("vrijwilliger")
        BESTUUR = "bestuur", _("bestuur")
        ALLEEN_LEZEN = "alleen-lezen", _("alleen lezen")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="lidmaatschappen")
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="lidmaatschappen"
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices)
    actief = models.BooleanField(_("actief"), default=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisatie"], name="een_lidmaatschap_per_organisatie"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisatie} ({self.get_rol_display()})"
