"""Who may read reports and manage grants (kern.policy's role table): reports are counts, so
the coordinator, the board and read-only members read them; funders and grants are managed by
roles holding ``Recht.FINANCIERING_BEHEREN``. Call inside the tenant's schema."""

from __future__ import annotations

from kern.policy import Recht, get_or_404, require
from rapportage.models import Rapportexport, Subsidie


def access_subsidie(lidmaatschap, pk) -> Subsidie:
    require(lidmaatschap, Recht.RAPPORTAGE_LEZEN)
    return get_or_404(Subsidie.objects.select_related("financier"), pk)


def access_export(lidmaatschap, user, pk) -> Rapportexport:
    """Only the person who asked for an export may fetch it."""
    require(lidmaatschap, Recht.RAPPORTAGE_LEZEN)
    return get_or_404(Rapportexport.objects, pk, aangevraagd_door=user)
