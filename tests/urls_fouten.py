"""Test-only URLconf: Wedde's own URLs plus views that let an error escape.

No real view raises a NoaberError uncaught on purpose; these do. The real patterns stay so
that base.html can reverse its links.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path

from noaber import errors
from noaber.urls_tenants import handler403, handler404, handler500  # noqa: F401
from noaber.urls_tenants import urlpatterns as wedde

FOUTEN = {
    "validatie": lambda: errors.ValidatieFout("Kies een datum in de toekomst."),
    "geen-toegang": lambda: errors.GeenToegang("Alleen de organisator kan dit doen."),
    "niet-gevonden": lambda: errors.NietGevonden("Deze bijeenkomst bestaat niet (meer)."),
    "bestaat-al": lambda: errors.BestaatAl(
        "Die korte naam is al in gebruik; kies een andere.", field="slug"
    ),
    "permission-denied": lambda: PermissionDenied("Geen lidmaatschap"),
    "http404": lambda: Http404("Weg"),
}


def ontsnap(request, soort: str):
    raise FOUTEN[soort]()


urlpatterns = [
    path("test-fout/<str:soort>/", ontsnap),
    path("api/test-fout/<str:soort>/", ontsnap),
    *wedde,
]
