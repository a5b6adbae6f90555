"""The ADA toolbox on the public host: for everyone, no login."""

from django.urls import path

from ada import views

app_name = "ada"
urlpatterns = [
    path("ada/", views.home, name="home"),
    path("ada/zoeken/", views.zoeken, name="zoeken"),
    path("ada/voorbeelden/", views.voorbeelden, name="voorbeelden"),
    path("ada/voorbeelden/<slug:slug>/", views.project, name="project"),
    path("ada/foto/<int:foto_id>/", views.foto, name="foto"),
    path("ada/<str:rol>/", views.route, name="route"),
    path("ada/<str:rol>/stap-<int:volgorde>/", views.stap, name="stap"),
]
