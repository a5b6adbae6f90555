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


# --- Access helpers: the only way a view gets an object -------------------------------------


def _get_or_404(qs, pk, **extra):
    from django.http import Http404

    obj = qs.filter(pk=pk, **extra).first()
    if obj is None:
        raise Http404
    return obj


def _forbid_unless(allowed: bool) -> None:
    from django.core.exceptions import PermissionDenied

    if not allowed:
        raise PermissionDenied


def access_overleg(lidmaatschap, pk: int):
    from kern.rapportage.selectors import mdo_overleg_detail

    _forbid_unless(can_mdo(lidmaatschap))
    overleg = mdo_overleg_detail(pk=pk)
    if overleg is None:
        from django.http import Http404

        raise Http404
    return overleg


def access_bespreking(lidmaatschap, pk: int):
    from kern.models.mdo import MdoBespreking

    _forbid_unless(can_mdo(lidmaatschap))
    return _get_or_404(MdoBespreking.objects.select_related("overleg", "inwoner"), pk)


def access_activiteit(lidmaatschap, pk: int, *, schrijven: bool = False):
    from kern.models.activiteiten import Activiteit

    _forbid_unless(
        can_plan_activiteiten(lidmaatschap) if schrijven else can_see_activiteiten(lidmaatschap)
    )
    return _get_or_404(Activiteit.objects.select_related("soort"), pk)


def access_publieke_activiteit(pk: int):
    from django.utils import timezone

    from kern.models.activiteiten import Activiteit

    return _get_or_404(
        Activiteit.objects, pk, publiek=True, geannuleerd=False, begint_op__gte=timezone.now()
    )


def access_subsidie(lidmaatschap, pk: int):
    from kern.models.financiering import Subsidie

    _forbid_unless(can_see_rapportage(lidmaatschap))
    return _get_or_404(Subsidie.objects.select_related("financier"), pk)


def access_export(lidmaatschap, user, pk):
    """Only the person who asked for an export may fetch it."""
    from kern.models.financiering import Rapportexport

    _forbid_unless(can_see_rapportage(lidmaatschap))
    return _get_or_404(Rapportexport.objects, pk, aangevraagd_door=user)
