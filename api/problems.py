"""RFC 7807 problem details for every API error."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from noaber.errors import NoaberError

PROBLEM_TYPE = "https://noaber.nl/problemen/"


def problem_response(*, status_code: int, title: str, detail=None, code: str = "fout", **extra):
    body = {"type": PROBLEM_TYPE + code, "title": title, "status": status_code}
    if detail is not None:
        body["detail"] = detail
    body.update(extra)
    return Response(body, status=status_code, content_type="application/problem+json")


def problem_exception_handler(exc, context):
    if isinstance(exc, NoaberError):
        extra = {"field": exc.field} if exc.field else {}
        return problem_response(
            status_code=exc.status, title=str(exc.message), code=exc.code, **extra
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        return problem_response(
            status_code=status.HTTP_400_BAD_REQUEST,
            title="Ongeldige invoer",
            code="ongeldige-invoer",
            errors=response.data,
        )
    detail = response.data.get("detail") if isinstance(response.data, dict) else response.data
    code = getattr(detail, "code", "fout") if detail is not None else "fout"
    return problem_response(
        status_code=response.status_code,
        title=str(detail) if detail is not None else "Fout",
        code=str(code).replace("_", "-"),
    )
