"""Forms of the shared layer: input parsing only; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from inventaris.models import Financier, Initiatief, Kaartsoort, Soort
from tenants.models import Dorp, Gemeente, Organisatie


class DorpChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Dorp) -> str:
        return f"{obj.naam} ({obj.gemeente.naam})"


class KaartFilterForm(forms.Form):
    gemeente = forms.ChoiceField(label=_("Gemeente"), required=False)
    soort = forms.ChoiceField(
        label=_("Soort ondersteuning"),
        required=False,
        choices=[("", _("alle soorten")), *Kaartsoort.choices],
    )

    def __init__(self, *args, gemeenten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].choices = [("", _("alle gemeenten"))] + [
            (g.slug, g.naam) for g in gemeenten
        ]


class InitiatiefForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    gemeente = forms.ModelChoiceField(label=_("Gemeente"), queryset=Gemeente.objects.all())
    dorpen = DorpChoiceField(
        label=_("Dorpen"),
        queryset=Dorp.objects.select_related("gemeente"),
        widget=forms.CheckboxSelectMultiple,
    )
    soort = forms.ChoiceField(label=_("Soort ondersteuning"), choices=Soort.choices)
    status = forms.ChoiceField(label=_("Status"), choices=Initiatief.Status.choices)
    toelichting = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    contact = forms.CharField(
        label=_("Contact (website of algemeen adres van het initiatief)"),
        required=False,
        max_length=200,
    )
    sinds = forms.IntegerField(  # a smallint column: 99999 was a 500
        label=_("Actief sinds (jaar)"), required=False, min_value=1950, max_value=2100
    )
    financiers = forms.MultipleChoiceField(
        label=_("Financiers"),
        choices=Financier.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisatie = forms.ModelChoiceField(
        label=_("Organisatie op Noaber"),
        queryset=Organisatie.objects.exclude(schema_name="public"),
        required=False,
    )


class ToetredingsverzoekForm(forms.Form):
    naam = forms.CharField(label=_("Naam van de organisatie"), max_length=200)
    slug = forms.CharField(
        label=_("Korte naam voor het webadres"),
        max_length=40,
        help_text=_("Kleine letters, cijfers en streepjes, bijvoorbeeld 'dorpshulp-bierum'."),
    )
    gemeente = forms.ModelChoiceField(label=_("Gemeente"), queryset=Gemeente.objects.all())
    dorpen = DorpChoiceField(
        label=_("Dorpen"),
        queryset=Dorp.objects.select_related("gemeente"),
        widget=forms.CheckboxSelectMultiple,
    )
    soort = forms.ChoiceField(label=_("Soort ondersteuning"), choices=Soort.choices)
    contact_email = forms.EmailField(
        label=_("E-mailadres van de dorpsondersteuner"),
        help_text=_("Wordt het eerste account van de organisatie."),
    )
    toelichting = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Schrijf hier geen gegevens van inwoners."),
    )
    initiatief = forms.ModelChoiceField(
        queryset=Initiatief.objects.all(), required=False, widget=forms.HiddenInput
    )
