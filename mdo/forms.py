"""MDO input forms: they parse and label (in Dutch); the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from mdo.models import MdoBespreking, MdoDeelnemer
from noaber.formulieren import DATUM, DATUMTIJD, DatumTijdVeld, DatumVeld


class MdoForm(forms.Form):
    datum = DatumTijdVeld(label=_("Datum en tijd"), widget=DATUMTIJD)
    locatie = forms.CharField(label=_("Locatie"), max_length=200, required=False)


class DeelnemerForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    organisatie = forms.CharField(label=_("Organisatie"), max_length=200, required=False)
    rol = forms.ChoiceField(label=_("Rol"), choices=MdoDeelnemer.Rol.choices)


class AgendeerForm(forms.Form):
    inwoner = forms.IntegerField(widget=forms.HiddenInput)
    aanleiding = forms.ChoiceField(label=_("Aanleiding"), choices=MdoBespreking.Aanleiding.choices)
    vraag = forms.CharField(label=_("Vraag aan het MDO"), max_length=300, required=False)


class AgendeerKiesForm(AgendeerForm):
    inwoner = forms.TypedChoiceField(label=_("Inwoner"), coerce=int)

    def __init__(self, *args, inwoners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inwoner"].choices = [
            (i.pk, f"{i}" + ("" if i.mdo_ok else " — " + str(_("geen toestemming"))))
            for i in inwoners
        ]


class BesprekingForm(forms.Form):
    regiehouder = forms.TypedChoiceField(
        label=_("Regiehouder / casemanager"), coerce=int, required=False, empty_value=None
    )
    bespreking = forms.CharField(label=_("Bespreking"), widget=forms.Textarea, required=False)

    def __init__(self, *args, deelnemers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regiehouder"].choices = [("", "—")] + [(d.pk, str(d)) for d in deelnemers]


class BesluitForm(forms.Form):
    tekst = forms.CharField(label=_("Besluit"), widget=forms.Textarea(attrs={"rows": 2}))


class ActieForm(forms.Form):
    omschrijving = forms.CharField(label=_("Actie"), max_length=300)
    eigenaar = forms.TypedChoiceField(label=_("Wie"), coerce=int)
    uiterlijk = DatumVeld(label=_("Uiterlijk"), widget=DATUM)

    def __init__(self, *args, deelnemers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].choices = [(d.pk, str(d)) for d in deelnemers]
