"""Input forms of the ADA toolbox: shape only. Each field borrows its model field's rules
(noaber.formulieren.modelveld); domain rules live in ada.services.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ada.models import Foto, Voorbeeldproject
from leerkring.forms import ThemaKeuze
from noaber.formulieren import modelveld


class ProjectForm(forms.Form):
    titel = modelveld(Voorbeeldproject, "titel", label=_("Naam van het project"))
    samenvatting = modelveld(Voorbeeldproject, "samenvatting", label=_("Samenvatting in één zin"))
    beschrijving = modelveld(
        Voorbeeldproject,
        "beschrijving",
        label=_("Wat hebben jullie gedaan, en wat hebben jullie geleerd?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Schrijf nooit namen of gegevens van inwoners: dit wordt openbaar."),
    )
    dorp = forms.ChoiceField(label=_("Dorp"))
    themas = ThemaKeuze()
    contact = modelveld(
        Voorbeeldproject,
        "contact",
        label=_("Contact voor andere dorpen"),
        help_text=_("Bijvoorbeeld jullie website of algemene e-mailadres."),
    )
    foto = forms.FileField(
        label=_("Foto (JPEG, PNG of WebP, maximaal 5 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    foto_alt = modelveld(Foto, "alt", label=_("Wat staat er op de foto?"), required=False)

    def __init__(self, *args, dorpen: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dorp"].choices = [(d, d) for d in dorpen]


class ReviewForm(forms.Form):
    besluit = forms.ChoiceField(choices=[("publiceren", "publiceren"), ("afwijzen", "afwijzen")])
    reden = modelveld(
        Voorbeeldproject, "reden_afwijzing", label=_("Reden (bij afwijzen)"), required=False
    )
