"""The Leerkring (members) on the public host, under its namespace "leerkring"."""

from django.urls import path

from leerkring import views

app_name = "leerkring"

urlpatterns = [
    path("leerkring/", views.home, name="home"),
    path("leerkring/leden/", views.leden, name="leden"),
    path("leerkring/leden/<int:user_id>/", views.lid, name="lid"),
    path("leerkring/profiel/", views.profiel_bewerken, name="profiel_bewerken"),
    path("leerkring/praktijk/", views.praktijk, name="praktijk"),
    path("leerkring/praktijk/nieuw/", views.bericht_nieuw, name="bericht_nieuw"),
    path("leerkring/praktijk/<int:bericht_id>/", views.bericht, name="bericht"),
    path("leerkring/praktijk/<int:bericht_id>/reageren/", views.reageren, name="reageren"),
    path(
        "leerkring/praktijk/<int:bericht_id>/nuttig/<int:reactie_id>/",
        views.nuttig,
        name="nuttig",
    ),
    path("leerkring/praktijk/<int:bericht_id>/melden/", views.melden, name="melden"),
    path(
        "leerkring/praktijk/<int:bericht_id>/reacties/<int:reactie_id>/melden/",
        views.melden,
        name="reactie_melden",
    ),
    path("leerkring/thema/<slug:slug>/", views.thema, name="thema"),
    path("leerkring/thema/<slug:slug>/volgen/", views.thema_volgen, name="thema_volgen"),
    path("leerkring/zoeken/", views.zoeken, name="zoeken"),
    path("leerkring/api/zoeken/", views.zoeken_api, name="zoeken_api"),
    path("leerkring/bijeenkomsten/", views.bijeenkomsten, name="bijeenkomsten"),
    path("leerkring/bijeenkomsten/nieuw/", views.bijeenkomst_nieuw, name="bijeenkomst_nieuw"),
    path("leerkring/bijeenkomsten/<int:bijeenkomst_id>/", views.bijeenkomst, name="bijeenkomst"),
    path(
        "leerkring/bijeenkomsten/<int:bijeenkomst_id>/aanmelden/",
        views.aanmelden,
        name="aanmelden",
    ),
    path(
        "leerkring/bijeenkomsten/<int:bijeenkomst_id>/vragen/",
        views.vragenlijst,
        name="vragenlijst",
    ),
    path(
        "leerkring/bijeenkomsten/<int:bijeenkomst_id>/deelnemers/",
        views.deelnemers,
        name="deelnemers",
    ),
    path(
        "leerkring/bijeenkomsten/<int:bijeenkomst_id>/verslag/",
        views.verslag_bewerken,
        name="verslag_bewerken",
    ),
    path(
        "leerkring/bijeenkomsten/<int:bijeenkomst_id>/verslag/reageren/",
        views.verslag_reageren,
        name="verslag_reageren",
    ),
    path("leerkring/moderatie/", views.moderatie, name="moderatie"),
    path(
        "leerkring/moderatie/meldingen/<int:melding_id>/",
        views.melding_afhandelen,
        name="melding_afhandelen",
    ),
    path(
        "leerkring/moderatie/projecten/<slug:slug>/",
        views.project_beoordelen,
        name="project_beoordelen",
    ),
]
