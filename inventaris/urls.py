from django.urls import path

from inventaris import views

app_name = "inventaris"
urlpatterns = [
    path("kaart/", views.kaart, name="kaart"),
    path("kaart.geojson", views.kaart_geojson, name="kaart_geojson"),
    path("kaart/aanmelden/", views.toetredingsverzoek_nieuw, name="toetredingsverzoek_nieuw"),
    path("kaart/<slug:slug>/", views.initiatief, name="initiatief"),
    path("inventaris/", views.beheer, name="beheer"),
    path("inventaris/nieuw/", views.initiatief_bewerken, name="initiatief_nieuw"),
    path("inventaris/<int:pk>/", views.initiatief_bewerken, name="initiatief_bewerken"),
    path(
        "inventaris/aanmeldingen/<int:pk>/",
        views.toetredingsverzoek_behandelen,
        name="toetredingsverzoek_behandelen",
    ),
    path("overzicht/", views.overzicht, name="overzicht"),
    path("overzicht/export.csv", views.overzicht_csv, name="overzicht_csv"),
    path("overzicht/cijfers.json", views.overzicht_json, name="overzicht_json"),
    path("overzicht/<slug:slug>/", views.overzicht_organisatie, name="overzicht_organisatie"),
]
