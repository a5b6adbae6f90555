"""What a form page answers to a POST it did not accept.

A refused form must always say why (next to a field or at the top of the page). A page
that answers 400 calls ``refused_status`` with the forms it shows: when none of them carries
an error (the POST named no known form, or a button of a form that is not on the page), the
person still reads that nothing was saved and what to do.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from noaber.errors import NoaberError

# A date outside these years is a typo (0001, 9999) that PostgreSQL may store but not read back
# in Python (a year-1 time in Europe/Amsterdam is a BC timestamp in UTC): refused at the door.
EERSTE_JAAR, LAATSTE_JAAR = 1900, 2100


def binnen_redelijke_jaren(waarde) -> None:
    if waarde is not None and not EERSTE_JAAR <= waarde.year <= LAATSTE_JAAR:
        raise ValidationError(
            _("Kies een datum tussen %(van)s en %(tot)s.")
            % {"van": EERSTE_JAAR, "tot": LAATSTE_JAAR},
            code="jaar",
        )


class DatumVeld(forms.DateField):
    default_validators = [binnen_redelijke_jaren]


class DatumTijdVeld(forms.DateTimeField):
    default_validators = [binnen_redelijke_jaren]


# Widgets every form page shares: the phone's own date and time pickers.
DATUMTIJD = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def refused_status(request: HttpRequest, *shown: forms.BaseForm | None) -> int:
    """200 for a GET; 400 for a POST that reaches the page again, with a message in the page."""
    if request.method != "POST":
        return 200
    if not any(form is not None and form.is_bound and form.errors for form in shown):
        messages.error(
            request,
            _(
                "Er is niets opgeslagen: de pagina kon niet zien welk formulier je verstuurde. "
                "Vul het formulier opnieuw in en gebruik de knop eronder."
            ),
        )
    return 400


def apply_service(form: forms.BaseForm, call) -> bool:
    """Run a service; a domain error becomes a Dutch form error, nothing half-saved."""
    try:
        call()
    except NoaberError as fout:
        veld = fout.field if fout.field in form.fields else None
        form.add_error(veld, str(fout.message))
        return False
    return True
