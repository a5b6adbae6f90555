"""MDO input forms: they parse and label (in Dutch); the ranges come from the model fields
(noaber.formulieren.modelveld) and the rules live in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from mdo.models import MdoActie, MdoBespreking, MdoDeelnemer, MdoOverleg
from noaber.formulieren import modelveld


class MdoForm(forms.Form):
    datum = modelveld(MdoOverleg, "datum", label=_("Datum en tijd"))
    locatie = modelveld(MdoOverleg, "locatie", label=_("Locatie"))


class DeelnemerForm(forms.Form):
    naam = modelveld(MdoDeelnemer, "naam", label=_("Naam"))
    organisatie = modelveld(MdoDeelnemer, "organisatie", label=_("Organisatie"))
    rol = forms.ChoiceField(label=_("Rol"), choices=MdoDeelnemer.Rol.choices)


class AgendeerForm(forms.Form):
    inwoner = forms.IntegerField(widget=forms.HiddenInput)
    aanleiding = forms.ChoiceField(label=_("Aanleiding"), choices=MdoBespreking.Aanleiding.choices)
    vraag = modelveld(MdoBespreking, "vraag", label=_("Vraag aan het MDO"))


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
    omschrijving = modelveld(MdoActie, "omschrijving", label=_("Actie"))
    eigenaar = forms.TypedChoiceField(label=_("Wie"), coerce=int)
    uiterlijk = modelveld(MdoActie, "uiterlijk", label=_("Uiterlijk"))

    def __init__(self, *args, deelnemers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].choices = [(d.pk, str(d)) for d in deelnemers]
