"""Input forms: they parse and label (in Dutch); the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kern.models import Categorie
from kern.models.activiteiten import Activiteitsoort, Ticket
from kern.models.financiering import Financier
from kern.models.mdo import MdoBespreking, MdoDeelnemer

DATUMTIJD = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MdoForm(forms.Form):
    datum = forms.DateTimeField(label=_("Datum en tijd"), widget=DATUMTIJD)
    locatie = forms.CharField(label=_("Locatie"), max_length=200, required=False)


class DeelnemerForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    organisatie = forms.CharField(label=_("Organisatie"), max_length=200, required=False)
    rol = forms.ChoiceField(label=_("Rol"), choices=MdoDeelnemer.Rol.choices)


class AgendeerForm(forms.Form):
    inwoner = forms.IntegerField(widget=forms.HiddenInput)
    aanleiding = forms.ChoiceField(label=_("Aanleiding"), choices=MdoBespreking.Aanleiding.choices)
    vraag = forms.CharField(label=_("Vraag aan het MDO"), max_length=300, required=False)


class AgendeerKiesForm(AgendeerForm):
    inwoner = forms.TypedChoiceField(label=_("Inwoner"), coerce=int)

    def __init__(self, *args, inwoners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inwoner"].choices = [
            (i.pk, f"{i}" + ("" if i.mdo_ok else " — " + str(_("geen toestemming"))))
            for i in inwoners
        ]


class BesprekingForm(forms.Form):
    regiehouder = forms.TypedChoiceField(
        label=_("Regiehouder / casemanager"), coerce=int, required=False, empty_value=None
    )
    bespreking = forms.CharField(label=_("Bespreking"), widget=forms.Textarea, required=False)

    def __init__(self, *args, deelnemers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regiehouder"].choices = [("", "—")] + [(d.pk, str(d)) for d in deelnemers]


class BesluitForm(forms.Form):
    tekst = forms.CharField(label=_("Besluit"), widget=forms.Textarea(attrs={"rows": 2}))


class ActieForm(forms.Form):
    omschrijving = forms.CharField(label=_("Actie"), max_length=300)
    eigenaar = forms.TypedChoiceField(label=_("Wie"), coerce=int)
    uiterlijk = forms.DateField(label=_("Uiterlijk"), widget=DATUM)

    def __init__(self, *args, deelnemers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].choices = [(d.pk, str(d)) for d in deelnemers]


class ActiviteitPlanForm(forms.Form):
    soort = forms.ModelChoiceField(
        label=_("Soort activiteit"), queryset=Activiteitsoort.objects.all(), empty_label=None
    )
    begint_op = forms.DateTimeField(label=_("Eerste keer (datum en tijd)"), widget=DATUMTIJD)
    aantal = forms.IntegerField(
        label=_("Hoe vaak plannen"),
        min_value=1,
        max_value=24,
        initial=1,
        help_text=_("Volgens het vaste ritme van deze soort, bijvoorbeeld elke maand."),
    )
    locatie = forms.CharField(
        label=_("Locatie"),
        max_length=200,
        required=False,
        help_text=_("Leeg laten voor de vaste locatie."),
    )
    capaciteit = forms.IntegerField(
        label=_("Aantal plaatsen"), min_value=1, max_value=500, required=False
    )


class ActiviteitsoortForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=120)
    locatie = forms.CharField(label=_("Vaste locatie"), max_length=200, required=False)
    capaciteit = forms.IntegerField(label=_("Aantal plaatsen"), min_value=1, initial=50)
    prijs_deelnemer = forms.DecimalField(
        label=_("Prijs deelnemer (€)"), min_value=0, decimal_places=2, initial=0
    )
    prijs_vriend = forms.DecimalField(
        label=_("Prijs vriend aan tafel (€)"), min_value=0, decimal_places=2, initial=0
    )
    herhaling = forms.ChoiceField(label=_("Herhaling"), choices=Activiteitsoort.Herhaling.choices)


class AanmeldForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    telefoon = forms.CharField(label=_("Telefoon"), max_length=30, required=False)
    ticket = forms.ChoiceField(label=_("Soort kaartje"), choices=Ticket.choices)
    vervoer_nodig = forms.BooleanField(label=_("Heeft vervoer nodig"), required=False)
    ophaaladres = forms.CharField(
        label=_("Ophaaladres"),
        max_length=200,
        required=False,
        help_text=_("Alleen nodig als iemand opgehaald wil worden."),
    )


class PubliekAanmeldForm(AanmeldForm):
    ticket = forms.ChoiceField(
        label=_("Ik kom als"),
        choices=[(Ticket.DEELNEMER, _("deelnemer")), (Ticket.VRIEND, _("vriend aan tafel"))],
    )
    vervoer_nodig = forms.BooleanField(label=_("Ik wil graag opgehaald worden"), required=False)
    # Left empty by people; bots fill every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)


class UrenForm(forms.Form):
    vrijwilliger = forms.TypedChoiceField(label=_("Vrijwilliger"), coerce=int)
    waarvoor = forms.ChoiceField(label=_("Waarvoor"))
    datum = forms.DateField(label=_("Datum"), widget=DATUM)
    uren = forms.DecimalField(label=_("Uren"), min_value=0, max_digits=4, decimal_places=1)
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


class FinancierForm(forms.Form):
    naam = forms.CharField(label=_("Naam financier"), max_length=200)
    soort = forms.ChoiceField(label=_("Soort"), choices=Financier.Soort.choices)


class SubsidieForm(forms.Form):
    financier = forms.ModelChoiceField(label=_("Financier"), queryset=Financier.objects.all())
    naam = forms.CharField(label=_("Naam van de subsidie"), max_length=200)
    bedrag = forms.DecimalField(label=_("Bedrag (€)"), min_value=0, decimal_places=2)
    begin = forms.DateField(label=_("Begin"), widget=DATUM)
    einde = forms.DateField(label=_("Einde"), widget=DATUM)
    doel = forms.CharField(
        label=_("Doel"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    rapportage_eisen = forms.CharField(
        label=_("Wat moet worden gerapporteerd"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    categorieen = forms.ModelMultipleChoiceField(
        label=_("Alleen deze categorieën (leeg: alle)"),
        queryset=Categorie.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    activiteitsoorten = forms.ModelMultipleChoiceField(
        label=_("Alleen deze activiteiten (leeg: alle)"),
        queryset=Activiteitsoort.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
