"""A foundation's own site at <slug>.<domain>."""

from django.contrib import admin
from django.urls import include, path

from noaber import views
from noaber.urls_common import handler403, handler404, handler500  # noqa: F401
from noaber.urls_common import urlpatterns as common

urlpatterns = [
    path("", include("kern.urls")),
    path("", include("mdo.urls")),
    path("", include("activiteiten.urls")),
    path("", include("rapportage.urls")),
    path("leerkring/", include("leerkring.urls_tenant")),
    path("mijn-organisaties/", views.mijn_organisaties, name="mijn_organisaties"),
    path("api/", include("api.urls")),
    path("beheer/", admin.site.urls),
    *common,
]
