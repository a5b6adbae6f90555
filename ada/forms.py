"""Input forms of the ADA toolbox: shape and length only. Domain rules live in ada.services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from leerkring.forms import ThemaKeuze


class ProjectForm(forms.Form):
    titel = forms.CharField(label=_("Naam van het project"), max_length=160)
    samenvatting = forms.CharField(label=_("Samenvatting in één zin"), max_length=300)
    beschrijving = forms.CharField(
        label=_("Wat hebben jullie gedaan, en wat hebben jullie geleerd?"),
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Schrijf nooit namen of gegevens van inwoners: dit wordt openbaar."),
    )
    dorp = forms.ChoiceField(label=_("Dorp"))
    themas = ThemaKeuze()
    contact = forms.CharField(
        label=_("Contact voor andere dorpen"),
        max_length=300,
        help_text=_("Bijvoorbeeld jullie website of algemene e-mailadres."),
    )
    foto = forms.FileField(
        label=_("Foto (JPEG, PNG of WebP, maximaal 5 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    foto_alt = forms.CharField(label=_("Wat staat er op de foto?"), max_length=200, required=False)

    def __init__(self, *args, dorpen: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dorp"].choices = [(d, d) for d in dorpen]


class ReviewForm(forms.Form):
    besluit = forms.ChoiceField(choices=[("publiceren", "publiceren"), ("afwijzen", "afwijzen")])
    reden = forms.CharField(label=_("Reden (bij afwijzen)"), max_length=500, required=False)
