"""Activity input forms: they parse and label (in Dutch); the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitsoort, Ticket
from noaber.formulieren import DATUMTIJD, DatumTijdVeld


class ActiviteitPlanForm(forms.Form):
    soort = forms.ModelChoiceField(
        label=_("Soort activiteit"), queryset=Activiteitsoort.objects.all(), empty_label=None
    )
    begint_op = DatumTijdVeld(label=_("Eerste keer (datum en tijd)"), widget=DATUMTIJD)
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
    # Bounds as the columns hold them (smallint, numeric(6, 2)): 100000 places was a 500.
    capaciteit = forms.IntegerField(
        label=_("Aantal plaatsen"), min_value=1, max_value=500, initial=50
    )
    prijs_deelnemer = forms.DecimalField(
        label=_("Prijs deelnemer (€)"), min_value=0, max_digits=6, decimal_places=2, initial=0
    )
    prijs_vriend = forms.DecimalField(
        label=_("Prijs vriend aan tafel (€)"),
        min_value=0,
        max_digits=6,
        decimal_places=2,
        initial=0,
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
