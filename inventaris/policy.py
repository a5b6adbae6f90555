"""Who may do what in the shared layer: one place.

The map and the application form are public. Editing the inventory, the
provincial overview and approving applications are for Groninger Dorpen
staff (User.is_platformstaf); MfaRequiredMiddleware already demands TOTP of them.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse


def is_staf(user) -> bool:
    return bool(user.is_authenticated and (user.is_platformstaf or user.is_superuser))


def staf_required(view):
    """Anonymous → login page; signed in but not staff → 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))
        if not is_staf(request.user):
            raise PermissionDenied("Alleen voor medewerkers van Groninger Dorpen")
        return view(request, *args, **kwargs)

    return wrapper
