"""One error family for the whole product.

A ``NoaberError`` carries a lazily translated message; it is mapped once to a
Dutch form error (noaber.formulieren.run_service), an HTML error page with its
status (noaber.middleware.NoaberErrorMiddleware), RFC 7807 problem JSON
(api.problems.error_problem, for DRF views and the middleware alike) or a
non-zero CLI exit (noaber.cli).
"""

from __future__ import annotations

from django.utils.functional import Promise


class NoaberError(Exception):
    status = 400
    code = "ongeldig"

    def __init__(self, message: str | Promise, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)


class ValidatieFout(NoaberError):
    """Input that breaks a domain rule."""


class BestaatAl(NoaberError):
    status = 409
    code = "bestaat-al"


class NietGevonden(NoaberError):
    status = 404
    code = "niet-gevonden"


class GeenToegang(NoaberError):
    status = 403
    code = "geen-toegang"
