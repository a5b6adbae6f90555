"""What every Leerkring page shares: the member check and the refusal of a POST-only action."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required

from leerkring import policy
from noaber.formulieren import run_service


def lid_required(view):
    """Logged in and a member (any active Lidmaatschap, or staff); else login / 403."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        policy.require_lid(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def action_run(request, call: Callable[[], object], form: forms.BaseForm | None = None) -> bool:
    """For a POST that redirects back to its page: validate, run the service, say why not.

    The page the person returns to does not show this form, so every refusal (the form's own
    errors, or run_service's NoaberError / ValidationError) becomes a message on it.
    """
    form = form if form is not None else forms.Form({})
    if form.is_valid() and run_service(form, call):
        return True
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return False


def int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
