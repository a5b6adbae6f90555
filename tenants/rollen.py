"""The one role table: which rights each role of a foundation's membership holds.

Every app asks it (kern, mdo, activiteiten, rapportage, the API, the Leerkring's
project sharing); nothing else compares roles. The roles are the membership model's
choices (``Lidmaatschap.Rol``):

- coordinator (dorpsondersteuner): everything;
- vrijwilliger: only their own matches, agreements, tasks and hours; reports a signal about
  a resident they help; sees activities; never other residents' data, never notes;
- bestuur: quarter counts, reports, grants, the signals put to the board, sharing a project;
- alleen-lezen: reads the case files and the reports, never the notes, writes nothing.

Views ask ``require(lidmaatschap, Recht.X)`` (or use ``@requires``); objects are fetched only
through each app's ``access_<noun>`` helpers, which authorise and fetch together.
"""

from __future__ import annotations

import enum
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Manager, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tenants.models import Lidmaatschap

COORDINATOR = Lidmaatschap.Rol.COORDINATOR.value
VRIJWILLIGER = Lidmaatschap.Rol.VRIJWILLIGER.value
BESTUUR = Lidmaatschap.Rol.BESTUUR.value
ALLEEN_LEZEN = Lidmaatschap.Rol.ALLEEN_LEZEN.value


class Recht(enum.Enum):
    DOSSIERS_LEZEN = "dossiers-lezen"  # residents, help requests, volunteers, watch list
    DOSSIERS_SCHRIJVEN = "dossiers-schrijven"
    NOTITIES_LEZEN = "notities-lezen"  # Inwoner.notities: health and personal notes
    SIGNALEN_BEHANDELEN = "signalen-behandelen"
    SIGNAAL_MELDEN = "signaal-melden"
    BESTUUR_ADVISEREN = "bestuur-adviseren"  # read and answer escalated signals
    CIJFERS_LEZEN = "cijfers-lezen"
    EIGEN_WERK = "eigen-werk"  # the volunteer's own matches, agreements, tasks, hours
    UREN_SCHRIJVEN = "uren-schrijven"  # log hours (a volunteer: only their own)
    UREN_VOOR_IEDEREEN = "uren-voor-iedereen"  # log hours for any volunteer
    MDO = "mdo"  # the monthly case meeting: case work, names and health
    ACTIVITEITEN_ZIEN = "activiteiten-zien"
    ACTIVITEITEN_PLANNEN = "activiteiten-plannen"  # plan, sign up guests, rides, attendance
    RAPPORTAGE_LEZEN = "rapportage-lezen"  # quarterly overview, funder reports (counts only)
    FINANCIERING_BEHEREN = "financiering-beheren"  # funders and grants
    PROJECT_DELEN = "project-delen"  # send a village project to the Leerkring


# The one role table of a foundation's side: every tenant app (kern, mdo, activiteiten,
# rapportage) asks it through ``mag``/``require``/``requires``; nothing else compares roles.
RECHTEN: dict[str, frozenset[Recht]] = {
    COORDINATOR: frozenset(Recht),
    VRIJWILLIGER: frozenset(
        {Recht.EIGEN_WERK, Recht.SIGNAAL_MELDEN, Recht.UREN_SCHRIJVEN, Recht.ACTIVITEITEN_ZIEN}
    ),
    BESTUUR: frozenset(
        {
            Recht.CIJFERS_LEZEN,
            Recht.BESTUUR_ADVISEREN,
            Recht.ACTIVITEITEN_ZIEN,
            Recht.RAPPORTAGE_LEZEN,
            Recht.FINANCIERING_BEHEREN,
            Recht.PROJECT_DELEN,
        }
    ),
    ALLEEN_LEZEN: frozenset(
        {
            Recht.DOSSIERS_LEZEN,
            Recht.CIJFERS_LEZEN,
            Recht.ACTIVITEITEN_ZIEN,
            Recht.RAPPORTAGE_LEZEN,
        }
    ),
}

# Roles that work with residents' data and must log in with a second factor (TOTP).
TOTP_VERPLICHT: frozenset[str] = frozenset({COORDINATOR})

GEEN_TOEGANG = _("Dit mag je met jouw rol niet doen.")


def rol_van(lidmaatschap) -> str | None:
    return getattr(lidmaatschap, "rol", None)


def mag(lidmaatschap, recht: Recht) -> bool:
    return recht in RECHTEN.get(rol_van(lidmaatschap) or "", frozenset())


def require(lidmaatschap, recht: Recht) -> None:
    if not mag(lidmaatschap, recht):
        raise PermissionDenied(str(GEEN_TOEGANG))


def requires(recht: Recht):
    """View decorator: the member's role must hold ``recht`` (else 403)."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            require(getattr(request, "lidmaatschap", None), recht)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


def rechten_voor(lidmaatschap) -> frozenset[Recht]:
    return RECHTEN.get(rol_van(lidmaatschap) or "", frozenset())


def rechtnamen_voor(lidmaatschap) -> frozenset[str]:
    """The names of the member's rights, for templates: ``{% if "MDO" in rechten %}``."""
    return frozenset(recht.name for recht in rechten_voor(lidmaatschap))


def totp_verplicht(lidmaatschap) -> bool:
    return rol_van(lidmaatschap) in TOTP_VERPLICHT


def get_or_404(queryset: QuerySet[Any] | Manager[Any], pk, **filters):
    """One object by primary key, or 404 (also for a malformed key). Every app's access helpers
    end here after ``require``."""
    try:
        return queryset.get(pk=pk, **filters)
    except (ValueError, TypeError, ValidationError, queryset.model.DoesNotExist):
        raise Http404 from None


# --- the shared layer: Groninger Dorpen staff (aggregates only, never a resident) --------------


def is_staf(user) -> bool:
    """The one staff check of the shared layer (map editing, overview, moderation)."""
    return bool(user.is_authenticated and (user.is_platformstaf or user.is_superuser))


def require_staf(user) -> None:
    if not is_staf(user):
        raise PermissionDenied(_("Alleen voor medewerkers van Groninger Dorpen"))


def staf_required(view):
    """View decorator: anonymous → login page; signed in but not staff → 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))
        require_staf(request.user)
        return view(request, *args, **kwargs)

    return wrapper
