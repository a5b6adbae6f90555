"""RFC 7807 problem details for every API error.

``problem`` is the one shape of a problem document. The DRF views answer it through
``problem_exception_handler``; a ``NoaberError`` that escapes a plain Django view under /api/
gets the same document from ``noaber.middleware.NoaberErrorMiddleware`` via ``error_problem``.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as ModelValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from noaber.errors import NoaberError

PROBLEM_TYPE = "https://noaber.nl/problemen/"
PROBLEM_CONTENT_TYPE = "application/problem+json"


def problem(
    *, status: int, title: str, detail: Any = None, code: str = "fout", **extra: Any
) -> dict[str, Any]:
    """type, title, status, detail (when there is one) and any extension members."""
    body: dict[str, Any] = {"type": PROBLEM_TYPE + code, "title": title, "status": status}
    if detail is not None:
        body["detail"] = detail
    body.update(extra)
    return body


def error_problem(error: NoaberError) -> dict[str, Any]:
    """A refusal of the error family as a problem document, in the active language.

    ``detail`` carries the Dutch message, as RFC 7807 asks. ``title`` carries it too: API v1
    clients read the message there, and that stays so until a new API version.
    """
    message = str(error.message)
    extra = {"field": error.field} if error.field else {}
    return problem(status=error.status, title=message, detail=message, code=error.code, **extra)


def model_validation_problem(error: ModelValidationError) -> dict[str, Any]:
    """A model's ``full_clean()`` refusal: 400 with the messages per field, as DRF's own."""
    errors = (
        error.message_dict if hasattr(error, "error_dict") else {"non_field_errors": error.messages}
    )
    return problem(
        status=status.HTTP_400_BAD_REQUEST,
        title="Ongeldige invoer",
        detail="; ".join(m for messages in errors.values() for m in messages),
        code="ongeldige-invoer",
        errors=errors,
    )


def problem_response(body: dict[str, Any]) -> Response:
    return Response(body, status=body["status"], content_type=PROBLEM_CONTENT_TYPE)


def problem_exception_handler(exc, context):
    if isinstance(exc, NoaberError):
        return problem_response(error_problem(exc))
    if isinstance(exc, ModelValidationError):
        return problem_response(model_validation_problem(exc))
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        return problem_response(
            problem(
                status=status.HTTP_400_BAD_REQUEST,
                title="Ongeldige invoer",
                code="ongeldige-invoer",
                errors=response.data,
            )
        )
    detail = response.data.get("detail") if isinstance(response.data, dict) else response.data
    code = getattr(detail, "code", "fout") if detail is not None else "fout"
    return problem_response(
        problem(
            status=response.status_code,
            title=str(detail) if detail is not None else "Fout",
            code=str(code).replace("_", "-"),
        )
    )
