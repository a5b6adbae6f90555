"""Access to a tenant's pages: one place, after authentication.

Schemas separate the foundations; inside a tenant the person must hold an
active Lidmaatschap. Anonymous visitors are sent to the login page, members of
other foundations get 403. Views that anyone may open (login, public intake)
carry ``@tenant_public``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from tenants.rollen import totp_verplicht
from tenants.selectors import lidmaatschap_for

# allauth's own views (login, logout, password reset, MFA) must be reachable
# before a membership is checked.
OPEN_PREFIXES = ("/accounts/", "/static/", "/i18n/", "/healthz")
# The API answers for itself (api.permissions), with problem JSON instead of redirects.
API_PREFIX = "/api/"


def tenant_public(view):
    """Mark a tenant view as open to anyone (e.g. the public intake form)."""
    view.tenant_public = True
    return view


def _is_open(request, view_func) -> bool:
    if request.path.startswith((*OPEN_PREFIXES, API_PREFIX)):
        return True
    target = getattr(view_func, "view_class", None) or view_func
    return bool(
        getattr(view_func, "tenant_public", False) or getattr(target, "tenant_public", False)
    )


class TenantAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.lidmaatschap = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        tenant = getattr(request, "tenant", None)
        if tenant is None or tenant.is_public:
            return None
        if request.user.is_authenticated:
            request.lidmaatschap = lidmaatschap_for(request.user, tenant)
        if _is_open(request, view_func):
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))
        if request.lidmaatschap is None:
            raise PermissionDenied("Geen lidmaatschap van deze organisatie")
        return None


def needs_mfa(request) -> bool:
    user = request.user
    if not user.is_authenticated or not settings.MFA_REQUIRED_FOR_ROLES:
        return False
    if user.is_platformstaf or user.is_superuser:
        return True
    return totp_verplicht(getattr(request, "lidmaatschap", None))


class MfaRequiredMiddleware:
    """Coordinators and staff work with residents' data: TOTP is not optional for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith(OPEN_PREFIXES) or not needs_mfa(request):
            return None
        from allauth.mfa.utils import is_mfa_enabled

        if is_mfa_enabled(request.user):
            return None
        if request.path.startswith(API_PREFIX):
            return JsonResponse(
                {
                    "type": "https://noaber.nl/problemen/tweestapsverificatie-vereist",
                    "title": "Zet eerst tweestapsverificatie aan.",
                    "status": 403,
                },
                status=403,
                content_type="application/problem+json",
            )
        return redirect("mfa_activate_totp")
