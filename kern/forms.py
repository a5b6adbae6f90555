"""Input parsing for kern's pages. Forms only clean; the services decide and write."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Categorie,
    Contactmoment,
    Hulpvraag,
    Inwoner,
    Signaal,
    Toestemming,
    Vrijwilliger,
)
from kern.models.hulp import (
    Afsprakendossier,
    Kennismaking,
    StatusWijziging,
    Taak,
    Verwijzing,
)
from kern.models.inwoners import Aandachtslijst
from kern.models.vrijwilligers import DAGDELEN, Urenregistratie
from noaber.formulieren import modelveld

KORT = 200
LANG = 5000
TEKSTVAK = forms.Textarea(attrs={"rows": 4})


def tekst(label, *, max_length=KORT, required=True, lang=False, **kwargs):
    widget = forms.Textarea(attrs={"rows": 4}) if lang else None
    return forms.CharField(
        label=label, max_length=max_length, required=required, widget=widget, **kwargs
    )


def dorp_field(tenant, *, required=False):
    from tenants.models import Dorp

    qs = tenant.dorpen.all() if tenant is not None else Dorp.objects.none()
    return forms.ModelChoiceField(qs, label=_("Dorp"), required=required)


# --- inwoners --------------------------------------------------------------------------


class InwonerForm(forms.Form):
    voornaam = modelveld(Inwoner, "voornaam", label=_("Voornaam"))
    achternaam = modelveld(Inwoner, "achternaam", label=_("Achternaam"))
    straat = modelveld(Inwoner, "straat", label=_("Straat en huisnummer"))
    postcode = modelveld(Inwoner, "postcode", label=_("Postcode"))
    telefoon = modelveld(Inwoner, "telefoon", label=_("Telefoon"))
    email = modelveld(Inwoner, "email", label=_("E-mail"))
    geboortedatum = modelveld(Inwoner, "geboortedatum", label=_("Geboortedatum"))
    huishouden = forms.ChoiceField(
        label=_("Huishouden"), choices=[("", "–"), *Inwoner.Huishouden.choices], required=False
    )
    is_mantelzorger = forms.BooleanField(label=_("Is mantelzorger"), required=False)
    zorgt_voor = modelveld(Inwoner, "zorgt_voor", label=_("Zorgt voor (wie?)"))
    huisartspraktijk = modelveld(Inwoner, "huisartspraktijk", label=_("Huisartspraktijk"))
    notities = modelveld(
        Inwoner,
        "notities",
        label=_("Notities (gezondheid, persoonlijk; niet zichtbaar voor vrijwilligers)"),
        widget=TEKSTVAK,
    )

    def __init__(self, *args, tenant=None, nieuw=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dorp"] = dorp_field(tenant)
        self.order_fields(["voornaam", "achternaam", "straat", "postcode", "dorp"])
        if nieuw:
            self.fields["toestemming_vastleggen"] = forms.BooleanField(
                label=_("De inwoner geeft toestemming om deze gegevens vast te leggen"),
                required=False,
            )


class ToestemmingForm(forms.Form):
    onderwerp = forms.ChoiceField(label=_("Waarvoor"), choices=Toestemming.Onderwerp.choices)
    gegeven = forms.TypedChoiceField(
        label=_("Toestemming"),
        choices=[("ja", _("gegeven")), ("nee", _("ingetrokken of geweigerd"))],
        coerce=lambda v: v == "ja",
        widget=forms.RadioSelect,
    )
    datum = modelveld(Toestemming, "datum", label=_("Datum"))
    toelichting = modelveld(Toestemming, "toelichting", label=_("Toelichting"))


class ContactForm(forms.Form):
    soort = forms.ChoiceField(label=_("Soort contact"), choices=Contactmoment.Soort.choices)
    samenvatting = modelveld(
        Contactmoment, "samenvatting", label=_("Wat is besproken?"), widget=TEKSTVAK
    )


class AandachtForm(forms.Form):
    reden = modelveld(Aandachtslijst, "reden", label=_("Waarom aandacht?"))
    contact_elke_dagen = modelveld(
        Aandachtslijst, "contact_elke_dagen", label=_("Contact elke … dagen")
    )
    volgend_contact = modelveld(
        Aandachtslijst, "volgend_contact", label=_("Eerste contact op"), required=False
    )


# --- hulpvragen ------------------------------------------------------------------------


class HulpvraagForm(forms.Form):
    aanvrager = forms.ChoiceField(label=_("Wie vraagt?"), choices=Hulpvraag.Aanvrager.choices)
    aanvrager_naam = modelveld(Hulpvraag, "aanvrager_naam", label=_("Naam van wie belt of mailt"))
    aanvrager_contact = modelveld(
        Hulpvraag, "aanvrager_contact", label=_("Telefoon of e-mail van de aanvrager")
    )
    kanaal = forms.ChoiceField(
        label=_("Hoe kwam de vraag binnen?"), choices=Hulpvraag.Kanaal.choices
    )
    categorie = forms.ModelChoiceField(
        Categorie.objects.filter(actief=True), label=_("Soort hulp"), required=False
    )
    omschrijving = modelveld(
        Hulpvraag, "omschrijving", label=_("Wat is de vraag?"), widget=TEKSTVAK
    )
    terugkerend = forms.BooleanField(label=_("Terugkerende hulp"), required=False)
    urgentie = forms.ChoiceField(
        label=_("Urgentie"), choices=Hulpvraag.Urgentie.choices, initial="normaal"
    )
    geschatte_uren = modelveld(Hulpvraag, "geschatte_uren", label=_("Geschatte uren per keer"))
    professionele_zorg = forms.BooleanField(
        label=_("Vraagt om professionele zorg (bijv. wassen, medicijnen)"), required=False
    )
    dagdelen = forms.MultipleChoiceField(
        label=_("Wanneer (dagdelen)"),
        choices=DAGDELEN,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class StatusForm(forms.Form):
    naar = forms.ChoiceField(label=_("Nieuwe status"), choices=Hulpvraag.Status.choices)
    toelichting = modelveld(StatusWijziging, "toelichting", label=_("Toelichting"))


class KoppelInwonerForm(forms.Form):
    inwoner = forms.IntegerField(widget=forms.HiddenInput)


class MatchKiesForm(forms.Form):
    vrijwilliger = forms.IntegerField(widget=forms.HiddenInput)


class KennismakingForm(forms.Form):
    datum = modelveld(Kennismaking, "datum", label=_("Datum van de kennismaking"))
    klik = forms.TypedChoiceField(
        label=_("Was er een klik?"),
        choices=[("ja", _("Ja, er is een klik")), ("nee", _("Nee, geen klik"))],
        coerce=lambda v: v == "ja",
        widget=forms.RadioSelect,
    )
    notitie = modelveld(Kennismaking, "notitie", label=_("Notitie"), widget=TEKSTVAK)


class AfsprakenForm(forms.Form):
    wel = modelveld(Afsprakendossier, "wel", label=_("Wat doet de vrijwilliger?"), widget=TEKSTVAK)
    niet = modelveld(
        Afsprakendossier, "niet", label=_("Wat doet de vrijwilliger níet?"), widget=TEKSTVAK
    )
    frequentie = modelveld(Afsprakendossier, "frequentie", label=_("Hoe vaak?"))
    startdatum = modelveld(Afsprakendossier, "startdatum", label=_("Start"))
    einddatum = modelveld(Afsprakendossier, "einddatum", label=_("Einde (optioneel)"))


class TekenForm(forms.Form):
    partij = forms.ChoiceField(
        choices=[("inwoner", _("inwoner")), ("vrijwilliger", _("vrijwilliger"))],
        widget=forms.HiddenInput,
    )


class TaakAfrondenForm(forms.Form):
    uitkomst = modelveld(Taak, "uitkomst", label=_("Uitkomst"), widget=TEKSTVAK)
    beoordeling = forms.TypedChoiceField(
        label=_("Hoe ging het? (1 = slecht, 5 = heel goed)"),
        choices=[("", "–"), *[(str(i), str(i)) for i in range(1, 6)]],
        coerce=int,
        empty_value=None,
        required=False,
    )


class VerwijzingForm(forms.Form):
    partner = modelveld(Verwijzing, "partner", label=_("Naar wie?"))
    reden = modelveld(Verwijzing, "reden", label=_("Waarom?"), widget=TEKSTVAK)


class AntwoordForm(forms.Form):
    antwoord = modelveld(
        Verwijzing, "antwoord", label=_("Wat kwam er terug?"), widget=TEKSTVAK, required=True
    )


# --- signalen ----------------------------------------------------------------------------


class SignaalForm(forms.Form):
    omschrijving = modelveld(Signaal, "omschrijving", label=_("Wat viel je op?"), widget=TEKSTVAK)

    def __init__(self, *args, inwoners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inwoner"] = forms.TypedChoiceField(
            label=_("Over wie?"),
            choices=[(i.pk, str(i)) for i in inwoners],
            coerce=int,
        )
        self.order_fields(["inwoner", "omschrijving"])


class SignaalBehandelForm(forms.Form):
    actie = modelveld(
        Signaal, "actie", label=_("Wat heb je gedaan?"), widget=TEKSTVAK, required=True
    )
    uitkomst = modelveld(Signaal, "uitkomst", label=_("Uitkomst"), widget=TEKSTVAK)
    afgehandeld = forms.BooleanField(label=_("Afgehandeld"), required=False)


class SignaalBestuurForm(forms.Form):
    actie = modelveld(
        Signaal, "actie", label=_("Vraag aan het bestuur"), widget=TEKSTVAK, required=True
    )


class BestuurAdviesForm(forms.Form):
    advies = modelveld(
        Signaal, "bestuur_advies", label=_("Advies van het bestuur"), widget=TEKSTVAK, required=True
    )


# --- vrijwilligers and hours -------------------------------------------------------------


class VrijwilligerForm(forms.Form):
    voornaam = modelveld(Vrijwilliger, "voornaam", label=_("Voornaam"))
    achternaam = modelveld(Vrijwilliger, "achternaam", label=_("Achternaam"))
    telefoon = modelveld(Vrijwilliger, "telefoon", label=_("Telefoon"))
    email = modelveld(Vrijwilliger, "email", label=_("E-mail"))
    categorieen = forms.ModelMultipleChoiceField(
        Categorie.objects.filter(actief=True),
        label=_("Wat doet deze vrijwilliger graag?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    beschikbaarheid = forms.MultipleChoiceField(
        label=_("Beschikbaar (dagdelen)"),
        choices=DAGDELEN,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    eigen_auto = forms.BooleanField(label=_("Eigen auto"), required=False)
    max_uren_per_maand = modelveld(
        Vrijwilliger, "max_uren_per_maand", label=_("Maximaal uren per maand")
    )
    vog_datum = modelveld(Vrijwilliger, "vog_datum", label=_("VOG afgegeven op"))
    status = forms.ChoiceField(label=_("Status"), choices=Vrijwilliger.Status.choices)
    account_email = forms.EmailField(
        label=_("E-mailadres van het inlogaccount (optioneel)"),
        required=False,
        help_text=_("Dan ziet de vrijwilliger na inloggen de eigen hulp."),
    )

    def __init__(self, *args, tenant=None, **kwargs):
        super().__init__(*args, **kwargs)
        from tenants.models import Dorp

        self.fields["dorpen"] = forms.ModelMultipleChoiceField(
            tenant.dorpen.all() if tenant is not None else Dorp.objects.none(),
            label=_("In welke dorpen?"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.order_fields(["voornaam", "achternaam", "telefoon", "email", "categorieen", "dorpen"])


# --- the public intake ---------------------------------------------------------------------


class IntakeForm(forms.Form):
    """Short and plain: anyone may ask for help, for themselves or someone else."""

    aanvrager = forms.ChoiceField(
        label=_("Wie bent u?"),
        choices=[
            ("inwoner", _("Ik vraag hulp voor mezelf")),
            ("familie", _("Familie")),
            ("buren", _("Buurman of buurvrouw")),
            ("huisarts", _("Huisarts of praktijkondersteuner")),
            ("wmo", _("Wmo-consulent")),
            ("thuiszorg", _("Thuiszorg")),
            ("fysiotherapeut", _("Fysiotherapeut")),
            ("anders", _("Iemand anders")),
        ],
        widget=forms.RadioSelect,
    )
    naam = modelveld(Hulpvraag, "aanvrager_naam", label=_("Uw naam"), required=True)
    contact = modelveld(
        Hulpvraag,
        "aanvrager_contact",
        label=_("Uw telefoonnummer of e-mailadres"),
        help_text=_("Zodat we u kunnen terugbellen."),
        required=True,
    )
    voor_wie = tekst(
        _("Voor wie is de hulp? (naam en adres, als het niet voor uzelf is)"),
        max_length=300,
        required=False,
    )
    categorie = forms.ModelChoiceField(
        Categorie.objects.filter(actief=True),
        label=_("Waar gaat het over? (mag leeg blijven)"),
        required=False,
    )
    omschrijving = tekst(_("Waar kunnen we mee helpen?"), max_length=2000, lang=True)
    akkoord = forms.BooleanField(
        label=_("Ik vind het goed dat de dorpsondersteuner deze gegevens gebruikt om te helpen"),
        error_messages={"required": _("Zonder uw toestemming kunnen we niet helpen.")},
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by robots.
    website = forms.CharField(required=False, label=_("Laat dit veld leeg"), max_length=200)


class ZoekForm(forms.Form):
    q = forms.CharField(required=False, max_length=100)


def status_choices_for(hulpvraag: Hulpvraag) -> list[tuple[str, str]]:
    from kern.services import OVERGANGEN

    return [
        (c, label) for c, label in Hulpvraag.Status.choices if c in OVERGANGEN[hulpvraag.status]
    ]


def signaal_statussen() -> list[tuple[str, str]]:
    return Signaal.Status.choices


class UrenForm(forms.Form):
    vrijwilliger = forms.TypedChoiceField(label=_("Vrijwilliger"), coerce=int)
    waarvoor = forms.ChoiceField(label=_("Waarvoor"))
    datum = modelveld(Urenregistratie, "datum", label=_("Datum"))
    uren = modelveld(Urenregistratie, "uren", label=_("Uren"))
    omschrijving = modelveld(Urenregistratie, "omschrijving", label=_("Omschrijving"))

    def __init__(self, *args, vrijwilligers=(), matches=(), activiteiten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vrijwilliger"].choices = [(v.pk, str(v)) for v in vrijwilligers]
        self.fields["waarvoor"].choices = [
            (_("Hulpvragen"), [(f"match-{m.pk}", str(m.hulpvraag)) for m in matches]),
            (
                _("Activiteiten"),
                [(f"activiteit-{a.pk}", str(a)) for a in activiteiten],
            ),
        ]
