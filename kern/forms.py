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
from kern.models.vrijwilligers import DAGDELEN
from noaber.formulieren import DATUM, DatumVeld

KORT = 200
LANG = 5000


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
    voornaam = tekst(_("Voornaam"), max_length=100)
    achternaam = tekst(_("Achternaam"), max_length=100)
    straat = tekst(_("Straat en huisnummer"), required=False)
    postcode = tekst(_("Postcode"), max_length=10, required=False)
    telefoon = tekst(_("Telefoon"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    geboortedatum = DatumVeld(label=_("Geboortedatum"), required=False, widget=DATUM)
    huishouden = forms.ChoiceField(
        label=_("Huishouden"), choices=[("", "–"), *Inwoner.Huishouden.choices], required=False
    )
    is_mantelzorger = forms.BooleanField(label=_("Is mantelzorger"), required=False)
    zorgt_voor = tekst(_("Zorgt voor (wie?)"), required=False)
    huisartspraktijk = tekst(_("Huisartspraktijk"), required=False)
    notities = tekst(
        _("Notities (gezondheid, persoonlijk; niet zichtbaar voor vrijwilligers)"),
        max_length=LANG,
        required=False,
        lang=True,
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
    datum = DatumVeld(label=_("Datum"), widget=DATUM)
    toelichting = tekst(_("Toelichting"), max_length=300, required=False)


class ContactForm(forms.Form):
    soort = forms.ChoiceField(label=_("Soort contact"), choices=Contactmoment.Soort.choices)
    samenvatting = tekst(_("Wat is besproken?"), max_length=LANG, lang=True)


class AandachtForm(forms.Form):
    reden = tekst(_("Waarom aandacht?"), max_length=300)
    contact_elke_dagen = forms.IntegerField(
        label=_("Contact elke … dagen"), min_value=1, max_value=365, initial=30
    )
    volgend_contact = DatumVeld(label=_("Eerste contact op"), required=False, widget=DATUM)


# --- hulpvragen ------------------------------------------------------------------------


class HulpvraagForm(forms.Form):
    aanvrager = forms.ChoiceField(label=_("Wie vraagt?"), choices=Hulpvraag.Aanvrager.choices)
    aanvrager_naam = tekst(_("Naam van wie belt of mailt"), required=False)
    aanvrager_contact = tekst(_("Telefoon of e-mail van de aanvrager"), required=False)
    kanaal = forms.ChoiceField(
        label=_("Hoe kwam de vraag binnen?"), choices=Hulpvraag.Kanaal.choices
    )
    categorie = forms.ModelChoiceField(
        Categorie.objects.filter(actief=True), label=_("Soort hulp"), required=False
    )
    omschrijving = tekst(_("Wat is de vraag?"), max_length=LANG, lang=True)
    terugkerend = forms.BooleanField(label=_("Terugkerende hulp"), required=False)
    urgentie = forms.ChoiceField(
        label=_("Urgentie"), choices=Hulpvraag.Urgentie.choices, initial="normaal"
    )
    geschatte_uren = forms.DecimalField(
        label=_("Geschatte uren per keer"),
        required=False,
        min_value=0.1,
        max_value=24,
        decimal_places=1,
        max_digits=3,
    )
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
    toelichting = tekst(_("Toelichting"), max_length=300, required=False)


class KoppelInwonerForm(forms.Form):
    inwoner = forms.IntegerField(widget=forms.HiddenInput)


class MatchKiesForm(forms.Form):
    vrijwilliger = forms.IntegerField(widget=forms.HiddenInput)


class KennismakingForm(forms.Form):
    datum = DatumVeld(label=_("Datum van de kennismaking"), widget=DATUM)
    klik = forms.TypedChoiceField(
        label=_("Was er een klik?"),
        choices=[("ja", _("Ja, er is een klik")), ("nee", _("Nee, geen klik"))],
        coerce=lambda v: v == "ja",
        widget=forms.RadioSelect,
    )
    notitie = tekst(_("Notitie"), max_length=LANG, required=False, lang=True)


class AfsprakenForm(forms.Form):
    wel = tekst(_("Wat doet de vrijwilliger?"), max_length=LANG, lang=True)
    niet = tekst(_("Wat doet de vrijwilliger níet?"), max_length=LANG, required=False, lang=True)
    frequentie = tekst(_("Hoe vaak?"), max_length=100)
    startdatum = DatumVeld(label=_("Start"), widget=DATUM)
    einddatum = DatumVeld(label=_("Einde (optioneel)"), required=False, widget=DATUM)


class TekenForm(forms.Form):
    partij = forms.ChoiceField(
        choices=[("inwoner", _("inwoner")), ("vrijwilliger", _("vrijwilliger"))],
        widget=forms.HiddenInput,
    )


class TaakAfrondenForm(forms.Form):
    uitkomst = tekst(_("Uitkomst"), max_length=LANG, required=False, lang=True)
    beoordeling = forms.TypedChoiceField(
        label=_("Hoe ging het? (1 = slecht, 5 = heel goed)"),
        choices=[("", "–"), *[(str(i), str(i)) for i in range(1, 6)]],
        coerce=int,
        empty_value=None,
        required=False,
    )


class VerwijzingForm(forms.Form):
    partner = tekst(_("Naar wie?"), max_length=200)
    reden = tekst(_("Waarom?"), max_length=LANG, lang=True)


class AntwoordForm(forms.Form):
    antwoord = tekst(_("Wat kwam er terug?"), max_length=LANG, lang=True)


# --- signalen ----------------------------------------------------------------------------


class SignaalForm(forms.Form):
    omschrijving = tekst(_("Wat viel je op?"), max_length=LANG, lang=True)

    def __init__(self, *args, inwoners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inwoner"] = forms.TypedChoiceField(
            label=_("Over wie?"),
            choices=[(i.pk, str(i)) for i in inwoners],
            coerce=int,
        )
        self.order_fields(["inwoner", "omschrijving"])


class SignaalBehandelForm(forms.Form):
    actie = tekst(_("Wat heb je gedaan?"), max_length=LANG, lang=True)
    uitkomst = tekst(_("Uitkomst"), max_length=LANG, required=False, lang=True)
    afgehandeld = forms.BooleanField(label=_("Afgehandeld"), required=False)


class SignaalBestuurForm(forms.Form):
    actie = tekst(_("Vraag aan het bestuur"), max_length=LANG, lang=True)


class BestuurAdviesForm(forms.Form):
    advies = tekst(_("Advies van het bestuur"), max_length=LANG, lang=True)


# --- vrijwilligers and hours -------------------------------------------------------------


class VrijwilligerForm(forms.Form):
    voornaam = tekst(_("Voornaam"), max_length=100)
    achternaam = tekst(_("Achternaam"), max_length=100)
    telefoon = tekst(_("Telefoon"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
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
    max_uren_per_maand = forms.IntegerField(
        label=_("Maximaal uren per maand"), min_value=0, max_value=200, initial=8
    )
    vog_datum = DatumVeld(label=_("VOG afgegeven op"), required=False, widget=DATUM)
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
    naam = tekst(_("Uw naam"), max_length=200)
    contact = tekst(
        _("Uw telefoonnummer of e-mailadres"),
        max_length=200,
        help_text=_("Zodat we u kunnen terugbellen."),
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
    datum = DatumVeld(label=_("Datum"), widget=DATUM)
    uren = forms.DecimalField(
        label=_("Uren"), min_value=0.1, max_value=24, decimal_places=1, max_digits=3
    )
    omschrijving = forms.CharField(label=_("Omschrijving"), max_length=200, required=False)

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
