"""Who may do what in the MDO, activities and reports. The one place roles are checked.

Roles come from request.lidmaatschap.rol: coordinator, vrijwilliger, bestuur, alleen-lezen.
The MDO is case work: only the coordinator. Reports are counts: the bestuur and read-only
members see them too. Volunteers see activities and their own rides and hours.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from noaber.errors import GeenToegang

COORDINATOR = "coordinator"
VRIJWILLIGER = "vrijwilliger"
BESTUUR = "bestuur"
ALLEEN_LEZEN = "alleen-lezen"


def _rol(lidmaatschap) -> str | None:
    return getattr(lidmaatschap, "rol", None)


def can_mdo(lidmaatschap) -> bool:
    return _rol(lidmaatschap) == COORDINATOR


def can_plan_activiteiten(lidmaatschap) -> bool:
    return _rol(lidmaatschap) == COORDINATOR


def can_see_activiteiten(lidmaatschap) -> bool:
    return _rol(lidmaatschap) in (COORDINATOR, VRIJWILLIGER, BESTUUR, ALLEEN_LEZEN)


def can_see_rapportage(lidmaatschap) -> bool:
    return _rol(lidmaatschap) in (COORDINATOR, BESTUUR, ALLEEN_LEZEN)


def can_manage_financiering(lidmaatschap) -> bool:
    return _rol(lidmaatschap) in (COORDINATOR, BESTUUR)


def can_register_uren_for_anyone(lidmaatschap) -> bool:
    return _rol(lidmaatschap) == COORDINATOR


def can_register_uren(lidmaatschap) -> bool:
    return _rol(lidmaatschap) in (COORDINATOR, VRIJWILLIGER)


def require(allowed: bool) -> None:
    if not allowed:
        raise GeenToegang(_("Je rol geeft geen toegang tot dit onderdeel."))
