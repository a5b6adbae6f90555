"""Input forms: shape only. Each field borrows its model field's rules
(noaber.formulieren.modelveld), so a limit is written once, on the model; domain rules live in
leerkring.services.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from leerkring.models import (
    Antwoord,
    Bericht,
    Bijeenkomst,
    Melding,
    Profiel,
    Reactie,
    Thema,
    Verslag,
    VerslagReactie,
)
from noaber.formulieren import modelveld


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
    titel = modelveld(Bericht, "titel", label=_("Titel"))
    tekst = modelveld(
        Bericht,
        "tekst",
        label=_("Je vraag of ervaring"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Schrijf nooit namen of gegevens van inwoners: iedereen in de Leerkring leest mee."
        ),
    )
    themas = ThemaKeuze()


class ReactieForm(forms.Form):
    tekst = modelveld(
        Reactie, "tekst", label=_("Je reactie"), widget=forms.Textarea(attrs={"rows": 4})
    )


class VerslagReactieForm(forms.Form):
    tekst = modelveld(
        VerslagReactie,
        "tekst",
        label=_("Je reactie"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf eerst je reactie.")},
    )


class MeldingForm(forms.Form):
    reden = modelveld(
        Melding,
        "reden",
        label=_("Waarom meld je dit?"),
        error_messages={"required": _("Schrijf kort waarom je dit meldt.")},
    )


class ProfielForm(forms.Form):
    over_mij = modelveld(
        Profiel, "over_mij", label=_("Over mij"), widget=forms.Textarea(attrs={"rows": 3})
    )
    mail_bij_reactie = forms.BooleanField(
        label=_("Mail me als iemand op mijn bericht reageert"), required=False
    )
    mail_bij_thema = forms.BooleanField(
        label=_("Mail me bij een nieuw bericht in een thema dat ik volg"), required=False
    )
    weekoverzicht = forms.BooleanField(label=_("Stuur me elke week een overzicht"), required=False)


class BijeenkomstForm(forms.Form):
    titel = modelveld(Bijeenkomst, "titel", label=_("Titel"))
    begint_op = modelveld(
        Bijeenkomst,
        "begint_op",
        label=_("Datum en tijd"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
    )
    plaats = modelveld(Bijeenkomst, "plaats", label=_("Plaats"))
    online_link = modelveld(
        Bijeenkomst, "online_link", label=_("Online link"), assume_scheme="https"
    )
    agenda = modelveld(
        Bijeenkomst, "agenda", label=_("Agenda"), widget=forms.Textarea(attrs={"rows": 5})
    )
    max_deelnemers = modelveld(Bijeenkomst, "max_deelnemers", label=_("Maximaal aantal deelnemers"))
    # The whole list's size (one Voorvraag per line; each line's limit is Voorvraag.tekst's).
    vragen = forms.CharField(
        label=_("Vragen vooraf (één per regel)"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Deelnemers beantwoorden deze vragen bij hun aanmelding."),
    )


class VragenlijstForm(forms.Form):
    """One answer field per question of the meeting, named vraag-<pk>."""

    def __init__(self, *args, vragen, antwoorden: dict[int, str], **kwargs):
        super().__init__(*args, **kwargs)
        for vraag in vragen:
            self.fields[f"vraag-{vraag.pk}"] = modelveld(
                Antwoord,
                "tekst",
                label=vraag.tekst,
                required=False,
                initial=antwoorden.get(vraag.pk, ""),
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def antwoorden(self) -> dict[int, str]:
        return {
            int(naam.removeprefix("vraag-")): tekst for naam, tekst in self.cleaned_data.items()
        }


class VerslagForm(forms.Form):
    tekst = modelveld(
        Verslag, "tekst", label=_("Verslag"), widget=forms.Textarea(attrs={"rows": 8})
    )
    lessen = modelveld(
        Verslag,
        "lessen",
        label=_("Lessen (één per regel)"),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
