"""Forms of the shared layer: input parsing only; the services decide.

Each field borrows its model field's rules (noaber.formulieren.modelveld): a limit is written
once, on the model.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from inventaris.models import Financier, Initiatief, Kaartsoort, Soort, Toetredingsverzoek
from noaber.formulieren import modelveld
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
    naam = modelveld(Initiatief, "naam", label=_("Naam"))
    gemeente = forms.ModelChoiceField(label=_("Gemeente"), queryset=Gemeente.objects.all())
    dorpen = DorpChoiceField(
        label=_("Dorpen"),
        queryset=Dorp.objects.select_related("gemeente"),
        widget=forms.CheckboxSelectMultiple,
    )
    soort = forms.ChoiceField(label=_("Soort ondersteuning"), choices=Soort.choices)
    status = forms.ChoiceField(label=_("Status"), choices=Initiatief.Status.choices)
    toelichting = modelveld(
        Initiatief, "toelichting", label=_("Toelichting"), widget=forms.Textarea(attrs={"rows": 3})
    )
    contact = modelveld(
        Initiatief, "contact", label=_("Contact (website of algemeen adres van het initiatief)")
    )
    sinds = modelveld(Initiatief, "sinds", label=_("Actief sinds (jaar)"))
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
    naam = modelveld(Toetredingsverzoek, "naam", label=_("Naam van de organisatie"))
    slug = modelveld(
        Toetredingsverzoek,
        "slug",
        label=_("Korte naam voor het webadres"),
        help_text=_("Kleine letters, cijfers en streepjes, bijvoorbeeld 'dorpshulp-bierum'."),
    )
    gemeente = forms.ModelChoiceField(label=_("Gemeente"), queryset=Gemeente.objects.all())
    dorpen = DorpChoiceField(
        label=_("Dorpen"),
        queryset=Dorp.objects.select_related("gemeente"),
        widget=forms.CheckboxSelectMultiple,
    )
    soort = forms.ChoiceField(label=_("Soort ondersteuning"), choices=Soort.choices)
    contact_email = modelveld(
        Toetredingsverzoek,
        "contact_email",
        label=_("E-mailadres van de dorpsondersteuner"),
        help_text=_("Wordt het eerste account van de organisatie."),
    )
    toelichting = modelveld(
        Toetredingsverzoek,
        "toelichting",
        label=_("Toelichting"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Schrijf hier geen gegevens van inwoners."),
    )
    initiatief = forms.ModelChoiceField(
        queryset=Initiatief.objects.all(), required=False, widget=forms.HiddenInput
    )


class BehandelForm(forms.Form):
    """Staff's decision on an application: approve, or anything else rejects (with a reason)."""

    besluit = forms.CharField(required=False)
    reden = modelveld(Toetredingsverzoek, "reden", label=_("Reden bij afwijzen"), required=False)
