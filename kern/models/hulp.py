"""Help requests and what follows them: match, kennismaking, afsprakendossier, nabellen."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kern.models.vrijwilligers import dagdelen_geldig, dagdelen_ordenen
from noaber.bereik import LANGE_TEKST, UREN, datum_in_bereik, niet_in_de_toekomst, tussen


class Categorie(models.Model):
    """Kind of help; the list is editable per foundation (seeded with the report's)."""

    naam = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(unique=True)
    vog_vereist = models.BooleanField(_("VOG vereist"), default=False)
    actief = models.BooleanField(_("actief"), default=True)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = _("categorie")
        verbose_name_plural = _("categorieën")

    def __str__(self) -> str:
        return self.naam


class Hulpvraag(models.Model):
    class Aanvrager(models.TextChoices):
        INWONER = "inwoner", _("de inwoner zelf")
        HUISARTS = "huisarts", _("huisarts")
        WMO = "wmo", _("Wmo-consulent")
        THUISZORG = "thuiszorg", _("thuiszorg")
        FYSIOTHERAPEUT = "fysiotherapeut", _("fysiotherapeut")
        FAMILIE = "familie", _("familie")
        BUREN = "buren", _("buren")
        ANDERS = "anders", _("anders")

    class Kanaal(models.TextChoices):
        TELEFOON = "telefoon", _("telefoon")
        SPREEKUUR = "spreekuur", _("spreekuur")
        EMAIL = "email", _("e-mail")
        WEBSITE = "website", _("website")
        WHATSAPP = "whatsapp", _("WhatsApp")
        HUISBEZOEK = "huisbezoek", _("huisbezoek")

    class Urgentie(models.TextChoices):
        LAAG = "laag", _("kan wachten")
        NORMAAL = "normaal", _("normaal")
        HOOG = "hoog", _("spoed")

    class Status(models.TextChoices):
        NIEUW = "nieuw", _("nieuw")
        KENNISMAKING = "kennismaking", _("kennismaking")
        AFSPRAAK = "afspraak", _("afspraak")
        LOPEND = "lopend", _("lopend")
        NABELLEN = "nabellen", _("nabellen")
        AFGEROND = "afgerond", _("afgerond")
        DOORVERWEZEN = "doorverwezen", _("doorverwezen")
        GEANNULEERD = "geannuleerd", _("geannuleerd")

    class Bron(models.TextChoices):
        INTERN = "intern", _("ingevoerd door de organisatie")
        INTAKE = "intake", _("openbaar aanmeldformulier")

    inwoner = models.ForeignKey(
        "kern.Inwoner", on_delete=models.PROTECT, null=True, blank=True, related_name="hulpvragen"
    )
    aanvrager = models.CharField(
        _("wie vraagt"), max_length=20, choices=Aanvrager.choices, default=Aanvrager.INWONER
    )
    aanvrager_naam = models.CharField(_("naam aanvrager"), max_length=200, blank=True)
    aanvrager_contact = models.CharField(_("contact aanvrager"), max_length=200, blank=True)
    kanaal = models.CharField(_("kanaal"), max_length=20, choices=Kanaal.choices)
    categorie = models.ForeignKey(
        Categorie, on_delete=models.PROTECT, null=True, blank=True, related_name="hulpvragen"
    )
    omschrijving = models.TextField(_("omschrijving"), validators=LANGE_TEKST)
    terugkerend = models.BooleanField(_("terugkerend"), default=False)
    urgentie = models.CharField(
        _("urgentie"), max_length=10, choices=Urgentie.choices, default=Urgentie.NORMAAL
    )
    geschatte_uren = models.DecimalField(
        _("geschatte uren per keer"),
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        validators=UREN,
    )
    professionele_zorg = models.BooleanField(_("vraagt om professionele zorg"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NIEUW
    )
    bron = models.CharField(_("bron"), max_length=10, choices=Bron.choices, default=Bron.INTERN)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, db_index=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    afgesloten_op = models.DateTimeField(null=True, blank=True)
    # Set by kern.services when the help exceeds the foundation's limits (two-hour rule).
    buiten_grenzen = models.BooleanField(_("buiten de grenzen"), default=False)
    verwijsadvies = models.CharField(_("verwijsadvies"), max_length=300, blank=True)
    dagdelen = models.JSONField(
        _("wanneer (dagdelen)"), default=list, blank=True, validators=[dagdelen_geldig]
    )

    class Meta:
        ordering = ["-aangemaakt_op"]
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")
        indexes = [models.Index(fields=["status"]), models.Index(fields=["bron", "status"])]

    def __str__(self) -> str:
        return f"{self.get_status_display()}: {self.omschrijving[:40]}"

    def clean(self) -> None:
        self.dagdelen = dagdelen_ordenen(self.dagdelen)


class StatusWijziging(models.Model):
    """Every status transition of a help request: who and when."""

    hulpvraag = models.ForeignKey(Hulpvraag, on_delete=models.CASCADE, related_name="wijzigingen")
    van = models.CharField(max_length=20, blank=True)
    naar = models.CharField(max_length=20)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    op = models.DateTimeField(auto_now_add=True)
    toelichting = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["op"]

    def __str__(self) -> str:
        return f"{self.van or '–'} → {self.naar}"

    @property
    def van_label(self) -> str:
        return str(Hulpvraag.Status(self.van).label) if self.van else "–"

    @property
    def naar_label(self) -> str:
        return str(Hulpvraag.Status(self.naar).label)


class Match(models.Model):
    """A volunteer chosen for a help request by the coordinator."""

    class Status(models.TextChoices):
        GEKOZEN = "gekozen", _("gekozen")
        ACTIEF = "actief", _("actief")
        GEEN_KLIK = "geen-klik", _("geen klik")
        BEEINDIGD = "beeindigd", _("beëindigd")

    hulpvraag = models.ForeignKey(Hulpvraag, on_delete=models.CASCADE, related_name="matches")
    vrijwilliger = models.ForeignKey(
        "kern.Vrijwilliger", on_delete=models.PROTECT, related_name="matches"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.GEKOZEN)
    redenen = models.JSONField(default=list, blank=True)
    gekozen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    gekozen_op = models.DateTimeField(auto_now_add=True)
    beoordeling = models.PositiveSmallIntegerField(
        _("hoe ging het (1-5)"), null=True, blank=True, validators=tussen(1, 5)
    )

    class Meta:
        ordering = ["-gekozen_op"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")

    def __str__(self) -> str:
        return f"{self.vrijwilliger} · {self.hulpvraag_id}"


class Kennismaking(models.Model):
    """Intro visit of supporter, resident and volunteer: is there a klik?"""

    match = models.OneToOneField(Match, on_delete=models.CASCADE, related_name="kennismaking")
    datum = models.DateField(_("datum"), validators=[datum_in_bereik, niet_in_de_toekomst])
    klik = models.BooleanField(_("klik?"), null=True)
    notitie = models.TextField(_("notitie"), blank=True, validators=LANGE_TEKST)

    class Meta:
        verbose_name = _("kennismaking")
        verbose_name_plural = _("kennismakingen")

    def __str__(self) -> str:
        return f"kennismaking {self.datum}"


class Afsprakendossier(models.Model):
    """What the volunteer will and won't do; signed off by both before the help starts."""

    match = models.OneToOneField(Match, on_delete=models.CASCADE, related_name="afsprakendossier")
    wel = models.TextField(_("wat de vrijwilliger doet"), validators=LANGE_TEKST)
    niet = models.TextField(_("wat de vrijwilliger niet doet"), blank=True, validators=LANGE_TEKST)
    frequentie = models.CharField(_("hoe vaak"), max_length=100)
    startdatum = models.DateField(_("start"), validators=[datum_in_bereik])
    einddatum = models.DateField(_("einde"), null=True, blank=True, validators=[datum_in_bereik])
    akkoord_inwoner_op = models.DateTimeField(null=True, blank=True)
    akkoord_vrijwilliger_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("afsprakendossier")
        verbose_name_plural = _("afsprakendossiers")

    def __str__(self) -> str:
        return f"afspraken vanaf {self.startdatum}"

    def clean(self) -> None:
        if self.einddatum and self.startdatum and self.einddatum < self.startdatum:
            raise ValidationError({"einddatum": _("Het einde ligt na de start.")})

    @property
    def is_getekend(self) -> bool:
        return bool(self.akkoord_inwoner_op and self.akkoord_vrijwilliger_op)


class Taak(models.Model):
    """A to-do on the coordinator's (or a volunteer's) list, e.g. nabellen."""

    class Soort(models.TextChoices):
        NABELLEN_INWONER = "nabellen-inwoner", _("inwoner nabellen")
        NABELLEN_VRIJWILLIGER = "nabellen-vrijwilliger", _("vrijwilliger nabellen")
        CONTACT_AANDACHT = "contact-aandacht", _("contact aandachtslijst")
        OVERIG = "overig", _("overig")

    class Uitvoerder(models.TextChoices):
        ORGANISATIE = "organisatie", _("dorpsondersteuner")
        VRIJWILLIGER = "vrijwilliger", _("vrijwilliger")

    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    # Who carries the task out: nabellen is the coordinator's job even when it is about a volunteer.
    uitvoerder = models.CharField(
        _("wie doet het"), max_length=20, choices=Uitvoerder.choices, default=Uitvoerder.ORGANISATIE
    )
    hulpvraag = models.ForeignKey(
        Hulpvraag, on_delete=models.CASCADE, null=True, blank=True, related_name="taken"
    )
    inwoner = models.ForeignKey(
        "kern.Inwoner", on_delete=models.CASCADE, null=True, blank=True, related_name="taken"
    )
    vrijwilliger = models.ForeignKey(
        "kern.Vrijwilliger", on_delete=models.CASCADE, null=True, blank=True, related_name="taken"
    )
    omschrijving = models.CharField(_("omschrijving"), max_length=300)
    vervaldatum = models.DateField(_("uiterlijk"), validators=[datum_in_bereik])
    afgerond_op = models.DateTimeField(null=True, blank=True)
    uitkomst = models.TextField(_("uitkomst"), blank=True, validators=LANGE_TEKST)

    class Meta:
        ordering = ["vervaldatum"]
        indexes = [models.Index(fields=["afgerond_op", "vervaldatum"])]
        verbose_name = _("taak")
        verbose_name_plural = _("taken")

    def __str__(self) -> str:
        return self.omschrijving


class Verwijzing(models.Model):
    """Referral to a professional partner, and the answer that comes back."""

    hulpvraag = models.ForeignKey(
        Hulpvraag, on_delete=models.CASCADE, null=True, blank=True, related_name="verwijzingen"
    )
    inwoner = models.ForeignKey(
        "kern.Inwoner", on_delete=models.CASCADE, related_name="verwijzingen"
    )
    partner = models.CharField(_("naar wie"), max_length=200)
    reden = models.TextField(_("waarom"), validators=LANGE_TEKST)
    verwezen_op = models.DateTimeField(auto_now_add=True)
    verwezen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    antwoord = models.TextField(_("antwoord"), blank=True, validators=LANGE_TEKST)
    antwoord_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-verwezen_op"]
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")

    def __str__(self) -> str:
        return f"verwijzing naar {self.partner}"
