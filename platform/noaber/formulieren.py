"""What a form page does with a service's refusal, and what it answers to a POST it did not accept.

``run_service`` is the one place where a refusal (a ``NoaberError`` or Django's
``ValidationError``) becomes a Dutch form error, next to the field it concerns or at the top
of the form. A refusal that nobody catches reaches ``noaber.middleware.NoaberErrorMiddleware``
and becomes an error page or problem JSON instead.

A refused form must always say why (next to a field or at the top of the page). A page
that answers 400 calls ``refused_status`` with the forms it shows: when none of them carries
an error (the POST named no known form, or a button of a form that is not on the page), the
person still reads that nothing was saved and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar, overload

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


T = TypeVar("T")

# The status of the refusal run_service put on a form, for refused_status (429 stays 429).
_REFUSAL_STATUS = "_noaber_refusal_status"


@overload
def run_service(form: forms.BaseForm, call: Callable[[], None]) -> Literal[True] | None: ...
@overload
def run_service(form: forms.BaseForm, call: Callable[[], T]) -> T | None: ...
def run_service(form: forms.BaseForm, call: Callable[[], T | None]) -> T | Literal[True] | None:
    """Run ``call()``; on a refusal put the reason on ``form`` and return None.

    Returns what the call returned, or True when it returned nothing, so that
    ``if run_service(form, lambda: ...):`` reads "if it was done" for every service. The form is
    not validated here: call it after ``form.is_valid()`` and read ``form.cleaned_data`` inside
    the lambda. Only the error family and Django's ``ValidationError`` are caught; anything
    else is a bug and propagates.
    """
    try:
        result = call()
    except NoaberError as error:
        _add_error(form, error.field, str(error.message))
        setattr(form, _REFUSAL_STATUS, error.status)
        return None
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.message_dict.items():
                _add_error(form, field, errors)
        else:
            _add_error(form, None, error.messages)
        setattr(form, _REFUSAL_STATUS, 400)
        return None
    return True if result is None else result


def _add_error(form: forms.BaseForm, field: str | None, error) -> None:
    """Next to the field when the form shows it, else at the top (``add_error`` refuses others)."""
    form.add_error(field if field in form.fields else None, error)


def refused_status(request: HttpRequest, *shown: forms.BaseForm | None) -> int:
    """200 for a GET; for a POST that reaches the page again the refusal's status, or 400.

    A service's refusal keeps its own status (403, 409, 429); an invalid form answers 400. When
    no shown form carries an error, a message in the page says that nothing was saved.
    """
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
    refusals = [getattr(form, _REFUSAL_STATUS, None) for form in shown if form is not None]
    return next((status for status in refusals if status is not None), 400)
