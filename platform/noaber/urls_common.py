"""URLs served on every host: accounts, language switch."""

from django.urls import include, path

urlpatterns = [
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler403 = "noaber.views.forbidden"
handler404 = "noaber.views.not_found"
handler500 = "noaber.views.server_error"
