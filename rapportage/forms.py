"""Grant input forms: they parse and label (in Dutch); the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitsoort
from kern.models import Categorie
from noaber.formulieren import DATUM, DatumVeld
from rapportage.models import Financier


class FinancierForm(forms.Form):
    naam = forms.CharField(label=_("Naam financier"), max_length=200)
    soort = forms.ChoiceField(label=_("Soort"), choices=Financier.Soort.choices)


class SubsidieForm(forms.Form):
    financier = forms.ModelChoiceField(label=_("Financier"), queryset=Financier.objects.all())
    naam = forms.CharField(label=_("Naam van de subsidie"), max_length=200)
    bedrag = forms.DecimalField(  # numeric(10, 2), as the column
        label=_("Bedrag (€)"), min_value=0, max_digits=10, decimal_places=2
    )
    begin = DatumVeld(label=_("Begin"), widget=DATUM)
    einde = DatumVeld(label=_("Einde"), widget=DATUM)
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
