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
from typing import Any, Literal, TypeVar, overload

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import DateField, DateTimeField, Model
from django.db.models import Field as ModelField
from django.http import HttpRequest
from django.utils.translation import gettext as _

from noaber.bereik import datum_in_bereik
from noaber.errors import NoaberError


class DatumVeld(forms.DateField):
    default_validators = [datum_in_bereik]


class DatumTijdVeld(forms.DateTimeField):
    default_validators = [datum_in_bereik]


def modelveld(model: type[Model], naam: str, **kwargs: Any) -> forms.Field:
    """The form field for ``model.naam``, carrying the model field's own rules.

    The range lives on the model field (``validators=``, ``max_length``, ``max_digits``); this
    borrows it, so the form refuses what the service's ``full_clean()`` would refuse, with the
    same message, and the phone gets ``min``/``max``/``maxlength`` hints. ``kwargs`` set what
    the page shows (label, widget, required, initial).
    """
    field = model._meta.get_field(naam)
    assert isinstance(field, ModelField)
    eigen = [v for v in field.validators if v not in field.default_validators]
    for validator in eigen:
        if isinstance(validator, MinValueValidator):
            kwargs.setdefault("min_value", validator.limit_value)
        elif isinstance(validator, MaxValueValidator):
            kwargs.setdefault("max_value", validator.limit_value)
    if isinstance(field, DateTimeField):
        kwargs.setdefault("form_class", DatumTijdVeld)
        kwargs.setdefault("widget", DATUMTIJD)
    elif isinstance(field, DateField):
        kwargs.setdefault("form_class", DatumVeld)
        kwargs.setdefault("widget", DATUM)
    formfield = field.formfield(**kwargs)
    assert formfield is not None, f"{model.__name__}.{naam} has no form field"
    # min_value/max_value gave the widget its hints and the field validators of its own with
    # Django's message; the model's validators replace them, so one message is shown, the
    # model's own (the same one a service's full_clean gives).
    formfield.validators = [
        v
        for v in formfield.validators
        if not isinstance(v, MinValueValidator | MaxValueValidator) or v in eigen
    ]
    for validator in eigen:
        if validator not in formfield.validators:
            formfield.validators.append(validator)
    return formfield


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
