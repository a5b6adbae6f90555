"""Who may do what in the Leerkring and the ADA toolbox (the one policy module).

Members are everyone with an active Lidmaatschap in any foundation, plus
Groninger Dorpen staff. Being a member gives access to the shared practice
only: it never opens a tenant's case data (that is tenants.middleware's job,
and nothing in this app reads a tenant schema).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from tenants.models import Lidmaatschap, Organisatie
from tenants.rollen import Recht, is_staf, mag, require_staf  # noqa: F401 - one staff check


def is_lid(user) -> bool:
    """One query at most; cached on the user object for the request."""
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_leerkring_lid", None)
    if cached is None:
        cached = is_staf(user) or Lidmaatschap.objects.filter(user=user, actief=True).exists()
        user._leerkring_lid = cached
    return cached


def require_lid(user) -> None:
    if not is_lid(user):
        raise PermissionDenied("Alleen voor leden van de Leerkring")


def may_organise(user) -> bool:
    """Staff and members both organise meetings (the brief: 'staff or members')."""
    return is_lid(user)


def may_submit_project(lidmaatschap: Lidmaatschap | None) -> bool:
    return mag(lidmaatschap, Recht.PROJECT_DELEN)


def eigen_organisatie(user) -> Organisatie | None:
    """The village initiative a member writes for: their first active membership."""
    lid = (
        Lidmaatschap.objects.filter(user=user, actief=True)
        .select_related("organisatie")
        .order_by("organisatie__naam")
        .first()
    )
    return lid.organisatie if lid else None
