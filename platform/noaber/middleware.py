from django.core.exceptions import ValidationError
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from api.problems import PROBLEM_CONTENT_TYPE, error_problem, model_validation_problem
from noaber.errors import NoaberError


class HealthCheckMiddleware:
    """Answer /healthz before tenant routing: load balancers call it by IP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception:  # noqa: BLE001 - any database failure means unhealthy
            return JsonResponse({"status": "fout", "database": "onbereikbaar"}, status=503)
        return JsonResponse({"status": "ok", "database": "ok"})


# The heading above the error's own message; the message says what went wrong.
ERROR_TITLES = {
    403: _("Geen toegang"),
    404: _("Niet gevonden"),
    409: _("Bestaat al"),
}


class NoaberErrorMiddleware:
    """A ``NoaberError`` that no view caught answers its own 4xx status, not a 500.

    Under /api/ as RFC 7807 problem JSON (the same document as the DRF views), elsewhere as
    the page ``fout.html`` with the error's message. Last in MIDDLEWARE, so the page knows the
    tenant, the person and their messages. Django's PermissionDenied and Http404 are not
    ours: they keep their handlers in noaber.views.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, ValidationError):
            return self._model_validation(request, exception)
        if not isinstance(exception, NoaberError):
            return None
        if request.path_info.startswith("/api/"):
            body = error_problem(exception)
            return JsonResponse(
                body,
                status=body["status"],
                content_type=PROBLEM_CONTENT_TYPE,
                json_dumps_params={"ensure_ascii": False},  # as DRF writes it
            )
        return render(
            request,
            "fout.html",
            {
                "titel": ERROR_TITLES.get(exception.status, _("Dit kan niet")),
                "melding": exception.message,
            },
            status=exception.status,
        )

    def _model_validation(self, request, exception: ValidationError):
        """A model's ``full_clean()`` refusal that no form caught: 400, saying what is wrong."""
        body = model_validation_problem(exception)
        if request.path_info.startswith("/api/"):
            return JsonResponse(
                body,
                status=400,
                content_type=PROBLEM_CONTENT_TYPE,
                json_dumps_params={"ensure_ascii": False},
            )
        return render(
            request,
            "fout.html",
            {"titel": _("Dit kan niet"), "melding": body["detail"]},
            status=400,
        )
