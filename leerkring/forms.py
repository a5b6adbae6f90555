"""Input forms: shape and length only. Domain rules live in leerkring.services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from leerkring.models import Bericht, Thema
from noaber.formulieren import DatumTijdVeld


class ThemaKeuze(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=Thema.objects.all(),
            to_field_name="slug",
            widget=forms.CheckboxSelectMultiple,
            label=_("Thema's"),
            error_messages={"required": _("Kies minstens één thema.")},
            **kwargs,
        )


class BerichtForm(forms.Form):
    soort = forms.ChoiceField(
        label=_("Wat wil je delen?"),
        choices=Bericht.Soort.choices,
        widget=forms.RadioSelect,
        initial=Bericht.Soort.VRAAG,
    )
    titel = forms.CharField(label=_("Titel"), max_length=160)
    tekst = forms.CharField(
        label=_("Je vraag of ervaring"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Schrijf nooit namen of gegevens van inwoners: iedereen in de Leerkring leest mee."
        ),
    )
    themas = ThemaKeuze()


class ReactieForm(forms.Form):
    tekst = forms.CharField(
        label=_("Je reactie"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class MeldingForm(forms.Form):
    reden = forms.CharField(label=_("Waarom meld je dit?"), max_length=500)


class ProfielForm(forms.Form):
    over_mij = forms.CharField(
        label=_("Over mij"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    mail_bij_reactie = forms.BooleanField(
        label=_("Mail me als iemand op mijn bericht reageert"), required=False
    )
    mail_bij_thema = forms.BooleanField(
        label=_("Mail me bij een nieuw bericht in een thema dat ik volg"), required=False
    )
    weekoverzicht = forms.BooleanField(label=_("Stuur me elke week een overzicht"), required=False)


class BijeenkomstForm(forms.Form):
    titel = forms.CharField(label=_("Titel"), max_length=160)
    begint_op = DatumTijdVeld(
        label=_("Datum en tijd"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
    )
    plaats = forms.CharField(label=_("Plaats"), max_length=200, required=False)
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    agenda = forms.CharField(
        label=_("Agenda"), max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )
    max_deelnemers = forms.IntegerField(
        label=_("Maximaal aantal deelnemers"), min_value=1, max_value=500
    )
    vragen = forms.CharField(
        label=_("Vragen vooraf (één per regel)"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Deelnemers beantwoorden deze vragen bij hun aanmelding."),
    )


class VerslagForm(forms.Form):
    tekst = forms.CharField(
        label=_("Verslag"), max_length=10000, widget=forms.Textarea(attrs={"rows": 8})
    )
    lessen = forms.CharField(
        label=_("Lessen (één per regel)"), max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )
