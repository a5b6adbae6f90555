"""Who may do what with activities (kern.policy's role table): every role sees them, only a
role holding ``Recht.ACTIVITEITEN_PLANNEN`` plans, signs guests up, shares rides and takes
attendance. The public sign-up page needs no login. Call inside the tenant's schema."""

from __future__ import annotations

from django.utils import timezone

from activiteiten.models import Activiteit
from kern.policy import Recht, get_or_404, require


def access_activiteit(lidmaatschap, pk, *, schrijven: bool = False) -> Activiteit:
    require(lidmaatschap, Recht.ACTIVITEITEN_PLANNEN if schrijven else Recht.ACTIVITEITEN_ZIEN)
    return get_or_404(Activiteit.objects.select_related("soort"), pk)


def access_publieke_activiteit(pk) -> Activiteit:
    return get_or_404(
        Activiteit.objects, pk, publiek=True, geannuleerd=False, begint_op__gte=timezone.now()
    )
