"""Who may do what in the MDO: it is case work (names, health), so only roles holding
``Recht.MDO`` in kern.policy's role table. Call inside the tenant's schema."""

from __future__ import annotations

from django.http import Http404

from kern.policy import Recht, get_or_404, require
from mdo.models import MdoBespreking, MdoOverleg
from mdo.selectors import mdo_overleg_detail


def access_overleg(lidmaatschap, pk) -> MdoOverleg:
    require(lidmaatschap, Recht.MDO)
    overleg = mdo_overleg_detail(pk=pk)
    if overleg is None:
        raise Http404
    return overleg


def access_bespreking(lidmaatschap, pk) -> MdoBespreking:
    require(lidmaatschap, Recht.MDO)
    return get_or_404(MdoBespreking.objects.select_related("overleg", "inwoner"), pk)
