"""Activity input forms: they parse and label (in Dutch); the ranges come from the model
fields (noaber.formulieren.modelveld) and the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from activiteiten.models import (
    REEKS_MAX,
    Activiteit,
    Activiteitsoort,
    Inschrijving,
    Rit,
    Ticket,
)
from kern.models import Vrijwilliger
from noaber.formulieren import modelveld


class ActiviteitPlanForm(forms.Form):
    soort = forms.ModelChoiceField(
        label=_("Soort activiteit"), queryset=Activiteitsoort.objects.all(), empty_label=None
    )
    begint_op = modelveld(Activiteit, "begint_op", label=_("Eerste keer (datum en tijd)"))
    # Not a column: how many of the series to plan (services.activiteit_plan checks it too).
    aantal = forms.IntegerField(
        label=_("Hoe vaak plannen"),
        min_value=1,
        max_value=REEKS_MAX,
        initial=1,
        help_text=_("Volgens het vaste ritme van deze soort, bijvoorbeeld elke maand."),
    )
    locatie = modelveld(
        Activiteit,
        "locatie",
        label=_("Locatie"),
        required=False,
        help_text=_("Leeg laten voor de vaste locatie."),
    )
    capaciteit = modelveld(Activiteit, "capaciteit", label=_("Aantal plaatsen"), required=False)


class ActiviteitsoortForm(forms.Form):
    naam = modelveld(Activiteitsoort, "naam", label=_("Naam"))
    locatie = modelveld(Activiteitsoort, "locatie", label=_("Vaste locatie"))
    capaciteit = modelveld(Activiteitsoort, "capaciteit", label=_("Aantal plaatsen"))
    prijs_deelnemer = modelveld(Activiteitsoort, "prijs_deelnemer", label=_("Prijs deelnemer (€)"))
    prijs_vriend = modelveld(Activiteitsoort, "prijs_vriend", label=_("Prijs vriend aan tafel (€)"))
    herhaling = forms.ChoiceField(label=_("Herhaling"), choices=Activiteitsoort.Herhaling.choices)


class InschrijvingForm(forms.Form):
    naam = modelveld(Inschrijving, "naam", label=_("Naam"))
    telefoon = modelveld(Inschrijving, "telefoon", label=_("Telefoon"))
    ticket = forms.ChoiceField(label=_("Soort kaartje"), choices=Ticket.choices)
    vervoer_nodig = forms.BooleanField(label=_("Heeft vervoer nodig"), required=False)
    ophaaladres = modelveld(
        Inschrijving,
        "ophaaladres",
        label=_("Ophaaladres"),
        help_text=_("Alleen nodig als iemand opgehaald wil worden."),
    )


class PubliekInschrijvingForm(InschrijvingForm):
    ticket = forms.ChoiceField(
        label=_("Ik kom als"),
        choices=[(Ticket.DEELNEMER, _("deelnemer")), (Ticket.VRIEND, _("vriend aan tafel"))],
    )
    vervoer_nodig = forms.BooleanField(label=_("Ik wil graag opgehaald worden"), required=False)
    # Left empty by people; bots fill every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)


class RittenForm(forms.Form):
    # Any volunteer parses; services.ritten_assign says who may not drive, and why.
    chauffeurs = forms.ModelMultipleChoiceField(
        label=_("Chauffeurs (vrijwilligers met auto)"),
        queryset=Vrijwilliger.objects.all(),
        required=False,
    )
    plaatsen = modelveld(Rit, "plaatsen", label=_("Plaatsen per auto"))


class AanwezigheidForm(forms.Form):
    # Any guest parses; services.aanwezigheid_record refuses a guest of another activity.
    aanwezig = forms.ModelMultipleChoiceField(
        label=_("Aanwezig op de dag"), queryset=Inschrijving.objects.all(), required=False
    )
