"""The shared layer at the bare domain (Groninger Dorpen)."""

from django.contrib import admin
from django.urls import include, path

from noaber import views
from noaber.urls_common import handler403, handler404, handler500  # noqa: F401
from noaber.urls_common import urlpatterns as common

urlpatterns = [
    path("", views.home, name="home"),
    path("mijn-organisaties/", views.mijn_organisaties, name="mijn_organisaties"),
    path("", include("inventaris.urls")),
    path("", include("leerkring.urls")),
    path("", include("ada.urls")),
    path("beheer/", admin.site.urls),
    *common,
]
