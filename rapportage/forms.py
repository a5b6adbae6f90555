"""Grant and export input forms: they parse and label (in Dutch); the ranges come from the
model fields (noaber.formulieren.modelveld) and the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitsoort
from kern.models import Categorie
from noaber.formulieren import modelveld
from rapportage.models import Financier, Rapportexport, Subsidie


class FinancierForm(forms.Form):
    naam = modelveld(Financier, "naam", label=_("Naam financier"))
    soort = forms.ChoiceField(label=_("Soort"), choices=Financier.Soort.choices)


class SubsidieForm(forms.Form):
    financier = forms.ModelChoiceField(label=_("Financier"), queryset=Financier.objects.all())
    naam = modelveld(Subsidie, "naam", label=_("Naam van de subsidie"))
    bedrag = modelveld(Subsidie, "bedrag", label=_("Bedrag (€)"))
    begin = modelveld(Subsidie, "begin", label=_("Begin"))
    einde = modelveld(Subsidie, "einde", label=_("Einde"))
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


class ExportForm(forms.Form):
    formaat = forms.ChoiceField(
        label=_("Alle jaren exporteren als"), choices=Rapportexport.Formaat.choices
    )
